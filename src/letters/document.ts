/**
 * A letter as a document: its sections with the printed sentences (grouped in paragraphs), tables
 * and figures, and the numbered notes that cite the sources. `templates/letters/letter.njk` prints it.
 * Figures refer to their chart by id; the chart's SVG is added when the letter is rendered
 * (render.ts), so a letter can be composed before its charts are.
 */
import type { Chart } from '../charts/index.ts';
import type { Edition, Source } from '../data/schema.ts';
import type { LetterKind, SectionId } from './plan.ts';
import type { Sender } from './written/senders.ts';

/** What composing a letter takes of a chart (src/charts): a chart spec or a rendered chart. */
export type LetterChartSpec = Pick<Chart, 'id' | 'title' | 'description'>;
/** What printing a letter takes of a rendered chart (its `print` SVG, sized for the A4 text column). */
export type LetterChart = Pick<Chart<'print'>, 'id' | 'svgs'>;

export interface LetterTable {
  id: string;
  number: number;
  caption: string;
  notes: number[];
  columns: string[];
  /** Each row: the row header (first column) and the other cells. */
  rows: { header: string; cells: string[] }[];
  /** Per column after the first: whether it holds figures (right-aligned, kept on one line). */
  numeric: boolean[];
}

export interface LetterFigure {
  /** The id of the chart it shows. */
  id: string;
  number: number;
  title: string;
  description: string;
}

/** A sentence as the letter prints it: its place in a paragraph, with the numbers of its notes. */
export interface PlacedSentence {
  id: string;
  text: string;
  notes: number[];
}

export interface LetterSection {
  id: SectionId;
  number: number;
  paragraphs: PlacedSentence[][];
  figures: LetterFigure[];
  tables: LetterTable[];
}

export type LetterNote =
  | { number: number; kind: 'source'; source: Source }
  | { number: number; kind: 'sentence'; text: string };

/** A generated letter: a draft, never sent, printed with "Concept" on every page, no kenmerk and no signature names. */
export interface LetterDocument {
  type: 'draft';
  edition: Edition;
  letter: LetterKind;
  title: string;
  subject: string;
  /** The edition's publication date as the letter prints it: "26 september 2025". */
  date: string;
  /** The letterhead valid on that date, when the sender data has one. */
  sender: Sender | null;
  /** The roles of the signatories in office then (no names: a draft is not signed). */
  signatures: { role: string }[];
  sections: LetterSection[];
  notes: LetterNote[];
  /** Every sentence printed in the body and in the notes, in print order (for checks). */
  sentences: { id: string; text: string }[];
}
