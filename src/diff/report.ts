/**
 * Assembling the diff report from two compared sides. Pure: the caller loads the data, builds the
 * models and runs the generators (letters, charts); this module only compares.
 */
import type { DataError } from '../errors.ts';
import { editionOrder } from '../model/figures.ts';
import type { Model } from '../model/index.ts';
import { derivedTables } from '../downloads/derived-tables.ts';
import type { Dataset } from '../data/schema.ts';
import { compareDerived } from './derived.ts';
import { compareExcerpts } from './excerpts.ts';
import { compareCharts, compareSentences } from './outputs.ts';
import { compareRows } from './rows.ts';
import type { ChartLike, DiffReport, LetterSentence, Section } from './types.ts';

/** The result of a generator that may be unavailable (not built yet, or failed on this data). */
export type Generated<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface SideInput {
  /** The rows of the data set; for an invalid old data set, the rows that could be read. */
  data: Dataset;
  /** The model; null when the data did not pass validation. */
  model: Model | null;
  sentences: Generated<LetterSentence[]>;
  charts: Generated<ChartLike[]>;
  /** The excerpts of the sources (data/sources/*.txt): file name → text; absent when not read. */
  excerpts?: Record<string, string>;
}

export const EMPTY_DATASET: Dataset = {
  sources: [],
  editions: [],
  indicators: [],
  prognoses: [],
  realisations: [],
  costs: [],
  costScenarios: [],
  basisScenarios: [],
};

const sortedRecord = (m: Map<string, string>) =>
  Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

function section<T, C>(a: Generated<T>, b: Generated<T>, compare: (a: T, b: T) => C[]): Section<C> {
  if (!b.ok) return { available: false, reason: b.reason };
  if (!a.ok) return { available: false, reason: a.reason };
  return { available: true, changes: compare(a.value, b.value) };
}

/** The report when the new data does not pass the validator: the located errors and nothing else. */
export function invalidReport(base: string, head: string, errors: DataError[]): DiffReport {
  return {
    base,
    head,
    valid: false,
    errors,
    baseNote: null,
    baseErrors: [],
    summary: null,
    labels: { editions: {}, indicators: {} },
    figures: { changed: [], added: [], removed: [] },
    provenance: [],
    tables: [],
    excerpts: [],
    derived: { available: false, reason: 'de nieuwe gegevens voldoen niet aan de controle' },
    sentences: { available: false, reason: 'de nieuwe gegevens voldoen niet aan de controle' },
    charts: { available: false, reason: 'de nieuwe gegevens voldoen niet aan de controle' },
  };
}

export interface CompareInput {
  base: string;
  head: string;
  baseSide: SideInput;
  headSide: SideInput;
  /** Why the old side is incomplete (absent or invalid), with its errors. */
  baseNote?: string | null;
  baseErrors?: DataError[];
}

export function buildReport(input: CompareInput): DiffReport {
  const { baseSide, headSide } = input;
  const headOrder = headSide.model?.editionOrder ?? editionOrder(headSide.data);
  const order = [...headOrder, ...editionOrder(baseSide.data).filter((e) => !headOrder.includes(e))];
  const rows = compareRows(baseSide.data, headSide.data, order);

  const derived: DiffReport['derived'] =
    baseSide.model && headSide.model
      ? { available: true, changes: compareDerived(derivedTables(baseSide.model), derivedTables(headSide.model)) }
      : { available: false, reason: 'de oude gegevens voldoen niet aan de controle, dus er zijn geen afgeleide cijfers om mee te vergelijken' };
  const sentences = section(baseSide.sentences, headSide.sentences, compareSentences);
  const excerpts = compareExcerpts(baseSide.excerpts ?? {}, headSide.excerpts ?? {}, { base: baseSide.data.sources, head: headSide.data.sources });
  const charts = section(baseSide.charts, headSide.charts, compareCharts);

  const editions = new Map<string, string>();
  for (const e of [...baseSide.data.editions, ...headSide.data.editions]) editions.set(e.id, e.label);
  const indicatorLabel = new Map<string, string>();
  for (const i of [...baseSide.data.indicators, ...headSide.data.indicators]) indicatorLabel.set(i.id, i.label);
  const indicators = new Map<string, string>();
  const use = (id: unknown) => {
    if (typeof id === 'string' && indicatorLabel.has(id)) indicators.set(id, indicatorLabel.get(id)!);
  };
  for (const f of [...rows.added, ...rows.removed, ...rows.changed.map((c) => c.new), ...rows.provenance.map((c) => c.new)]) {
    if (f.table !== 'costs') use(f.subject);
  }
  if (derived.available) for (const d of derived.changes) use(d.key.indicator);

  return {
    base: input.base,
    head: input.head,
    valid: true,
    errors: [],
    baseNote: input.baseNote ?? null,
    baseErrors: input.baseErrors ?? [],
    summary: {
      figuresAdded: rows.added.length,
      figuresChanged: rows.changed.length,
      figuresRemoved: rows.removed.length,
      provenanceChanged: rows.provenance.length,
      otherRowsChanged: rows.tables.reduce((n, t) => n + t.added.length + t.removed.length + t.changed.length, 0),
      excerptsChanged: excerpts.length,
      editions: rows.editions,
      derivedChanged: derived.available ? derived.changes.length : null,
      sentencesChanged: sentences.available ? sentences.changes.length : null,
      chartsChanged: charts.available ? charts.changes.length : null,
    },
    labels: { editions: sortedRecord(editions), indicators: sortedRecord(indicators) },
    figures: { changed: rows.changed, added: rows.added, removed: rows.removed },
    provenance: rows.provenance,
    tables: rows.tables,
    excerpts,
    derived,
    sentences,
    charts,
  };
}
