/**
 * The diff report as data: what changed between two versions of the data set, at the level of
 * figures, derived figures, letter sentences and charts. The Markdown and the JSON form are both
 * renderings of this one structure, so they always carry the same content.
 */
import type { ChartSpec } from '../charts/specs.ts';
import type { DataError } from '../errors.ts';
import type { VisualSection } from './visual/types.ts';

/** A cell of a derived table. */
export type Cell = string | number | boolean | null;

/** The tables whose rows are figures: one number with its provenance. */
export type FigureTable = 'prognoses' | 'realisations' | 'costs';

/** One input figure, in a shape common to prognoses, realisations and costs. */
export interface Figure {
  table: FigureTable;
  /** The stable row id (`rowId` of src/schema.ts). */
  id: string;
  /** The MPP edition; null for realisations, costs and prognoses of another kind. */
  edition: string | null;
  /** A prognosis's kind (`mpp`, `target`, `set`, `outlook`); null for realisations and costs. */
  kind: string | null;
  /** The indicator id, or the cost type for costs. */
  subject: string;
  region: string | null;
  scenario: string | null;
  /** The period, or for costs the price year. */
  period: string;
  value: number;
  unit: string;
  qualifier: string | null;
  source: string;
  location: string;
  quote: string | null;
  note: string | null;
}

export interface FieldChange {
  field: string;
  old: string | null;
  new: string | null;
}

/** A figure whose value changed (its provenance may have changed too: see `fields`). */
export interface FigureChange {
  old: Figure;
  new: Figure;
  /** new − old. */
  change: number;
  /** change ÷ old; null when old is 0. */
  relative: number | null;
  /** Other columns that changed on the same figure (source, location, quote, qualifier, note). */
  fields: FieldChange[];
}

/** A figure whose source, location, quote, qualifier or note changed. */
export interface ProvenanceChange {
  old: Figure;
  new: Figure;
  fields: FieldChange[];
}

/** Row changes in the tables that hold no figures: sources, editions, indicators, cost scenarios. */
export interface TableChanges {
  table: 'sources' | 'editions' | 'indicators' | 'costScenarios';
  added: { id: string; row: Record<string, string | null> }[];
  removed: { id: string; row: Record<string, string | null> }[];
  changed: { id: string; fields: FieldChange[] }[];
}

export type Status = 'changed' | 'added' | 'removed';

/** An excerpt of a source (data/sources/<file>) that appeared, disappeared or changed. */
export interface ExcerptChange {
  /** The file name under data/sources/. */
  file: string;
  status: Status;
  /** The sources (sources.csv `id`) whose `excerpt` it is, on either side. */
  sources: string[];
  /** The lines that differ: a replaced line with the line it replaced; `old` null for a line added, `new` null for one removed. */
  lines: { old: string | null; new: string | null }[];
}

/** One row of a derived table (src/downloads/derived-tables.ts) that changed, appeared or disappeared. */
export interface DerivedChange {
  table: string;
  status: Status;
  /** The identifying columns of the row. */
  key: Record<string, Cell>;
  /** The other columns: for a changed row only those that changed; `old`/`new` absent on the side that has no row. */
  cells: { column: string; old?: Cell; new?: Cell }[];
}

/** A sentence of a letter the build prints: a paragraph of a written letter, or a sentence of a generated draft (src/letters/narrative/). */
export interface LetterSentence {
  id: string;
  edition: string;
  letter: string;
  section: string;
  text: string;
  /** The PDF it is printed in, below the site root: `brieven/mpp-2025-tweede-kamer.pdf`. */
  pdf: string;
}

export interface SentenceChange {
  id: string;
  status: Status;
  edition: string;
  letter: string;
  section: string;
  /** The PDF it is (or was, for a removed one) printed in. */
  pdf: string;
  old: string | null;
  new: string | null;
}

/** A chart as src/charts/specs.ts builds it; only the fields the diff reads. */
export type ChartLike = Pick<ChartSpec, 'id' | 'title' | 'description' | 'table'>;

export interface ChartChange {
  id: string;
  status: Status;
  title: { old: string | null; new: string | null };
  /** The text description (text alternative), old and new; equal when unchanged. */
  description: { old: string | null; new: string | null };
  /** Columns of the chart's data table that appeared or disappeared. */
  columns: { added: string[]; removed: string[] };
  /**
   * Rows matched on the table's first column (the period or label), with the cells that differ.
   * Empty when the first column does not identify the rows; then the change shows as rows out and in.
   */
  rowsChanged: { key: string; cells: { column: string; old: string | null; new: string | null }[] }[];
  /** Rows present only in the old version, resp. only in the new one. */
  rowsRemoved: Record<string, string>[];
  rowsAdded: Record<string, string>[];
}

/** A part of the report that needs generated output which may be unavailable (e.g. invalid base data). */
export type Section<T> = { available: true; changes: T[] } | { available: false; reason: string };

export interface Summary {
  figuresAdded: number;
  figuresChanged: number;
  figuresRemoved: number;
  provenanceChanged: number;
  otherRowsChanged: number;
  /** Excerpts of sources (data/sources/*.txt) added, removed or changed. */
  excerptsChanged: number;
  /** Edition ids touched by any change, in chronological order. */
  editions: string[];
  derivedChanged: number | null;
  sentencesChanged: number | null;
  chartsChanged: number | null;
}

export interface DiffReport {
  /** What was compared: a description of the old and the new side (ref and commit, or folder). */
  base: string;
  head: string;
  /** False when the new data does not pass the validator; the report then holds only `errors`. */
  valid: boolean;
  /** The located errors of the new data, in the validator's order. */
  errors: DataError[];
  /** Why the old side could only be compared in part (absent or invalid), or null. */
  baseNote: string | null;
  baseErrors: DataError[];
  summary: Summary | null;
  /** Dutch labels of the editions and indicators that occur, for rendering. */
  labels: { editions: Record<string, string>; indicators: Record<string, string> };
  figures: { changed: FigureChange[]; added: Figure[]; removed: Figure[] };
  provenance: ProvenanceChange[];
  tables: TableChanges[];
  excerpts: ExcerptChange[];
  derived: Section<DerivedChange>;
  sentences: Section<SentenceChange>;
  charts: Section<ChartChange>;
  /** With `--visual`: the charts and letter pages that look different, and where their images are. */
  visual?: VisualSection;
}
