/**
 * Resolving figures: the same figure (edition, indicator, region, scenario, period) may be cited by
 * several letters. The model uses the document that reports the edition (editions.csv `source`)
 * when it cites the figure, otherwise the most recent source, and keeps the others; when their
 * values differ, the figure carries the discrepancy so that it is shown, never hidden.
 */
import { comparePeriods } from '../data/period.ts';
import { type Dataset, type Prognosis, type Realisation, rowId, type Scenario, type Unit } from '../data/schema.ts';
import { compareScenarios } from '../data/vocabulary.ts';

export interface Citation {
  value: number;
  qualifier: string | null;
  source: string;
  row: string;
}

interface Resolved {
  indicator: string;
  region: string | null;
  period: string;
  value: number;
  qualifier: string | null;
  unit: Unit;
  /** Ids of the input rows this figure rests on (all citations). */
  rows: string[];
  /** Set when the sources give different values: every citation, the one used first. */
  discrepancy: Citation[] | null;
}

export interface Forecast extends Resolved {
  edition: string;
  scenario: Scenario;
}

export interface Actual extends Resolved {}

/** What identifies a forecast figure. */
export type FigureKey = Pick<Forecast, 'edition' | 'indicator' | 'region' | 'scenario' | 'period'>;

/** A predicate for "the same figure as `key`": for finding a forecast or a revision of it. */
export const isFigure =
  (key: FigureKey) =>
  (x: FigureKey): boolean =>
    x.edition === key.edition &&
    x.indicator === key.indicator &&
    x.region === key.region &&
    x.scenario === key.scenario &&
    x.period === key.period;

function byNewestSource(data: Dataset) {
  const date = new Map(data.sources.map((s) => [s.id, s.date]));
  return (a: { source: string }, b: { source: string }) =>
    (date.get(b.source) ?? '').localeCompare(date.get(a.source) ?? '') || a.source.localeCompare(b.source);
}

/** The edition's own document first, then newest source first. */
function byPrimarySource(data: Dataset) {
  const own = new Map(data.editions.map((e) => [e.id, e.source]));
  const newest = byNewestSource(data);
  return (a: Prognosis, b: Prognosis) =>
    Number(own.get(b.edition) === b.source) - Number(own.get(a.edition) === a.source) || newest(a, b);
}

function resolve<R extends Prognosis | Realisation>(
  rows: R[],
  table: 'prognoses' | 'realisations',
  key: (r: R) => string,
  newest: (a: R, b: R) => number,
): { head: R; citations: Citation[]; rows: string[]; discrepancy: Citation[] | null }[] {
  const groups = new Map<string, R[]>();
  for (const r of rows) {
    const k = key(r);
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  return [...groups.values()].map((g) => {
    const sorted = [...g].sort(newest);
    const citations = sorted.map((r) => ({
      value: r.value,
      qualifier: r.qualifier,
      source: r.source,
      row: rowId(table, r as never),
    }));
    const distinct = new Set(citations.map((c) => c.value));
    return { head: sorted[0]!, citations, rows: citations.map((c) => c.row), discrepancy: distinct.size > 1 ? citations : null };
  });
}

/** The fields every resolved figure has, taken from the row that is used. */
const resolved = (head: Prognosis | Realisation, rows: string[], discrepancy: Citation[] | null): Resolved => ({
  indicator: head.indicator,
  region: head.region,
  period: head.period,
  value: head.value,
  qualifier: head.qualifier,
  unit: head.unit,
  rows,
  discrepancy,
});

/** Every forecast figure once, in a stable order: edition (chronological), indicator, region, period, scenario. */
export function resolveForecasts(data: Dataset, editionOrder: string[]): Forecast[] {
  const out = resolve(
    data.prognoses,
    'prognoses',
    (r) => [r.edition, r.indicator, r.region ?? '', r.scenario, r.period].join('\u0000'),
    byPrimarySource(data),
  ).map(({ head, rows, discrepancy }) => ({
    edition: head.edition,
    scenario: head.scenario,
    ...resolved(head, rows, discrepancy),
  }));
  return out.sort(
    (a, b) =>
      editionOrder.indexOf(a.edition) - editionOrder.indexOf(b.edition) ||
      a.indicator.localeCompare(b.indicator) ||
      (a.region ?? '').localeCompare(b.region ?? '') ||
      comparePeriods(a.period, b.period) ||
      compareScenarios(a.scenario, b.scenario),
  );
}

/** Every realised figure once, ordered by indicator, region, period. */
export function resolveActuals(data: Dataset): Actual[] {
  return resolve(
    data.realisations,
    'realisations',
    (r) => [r.indicator, r.region ?? '', r.period].join('\u0000'),
    byNewestSource(data),
  )
    .map(({ head, rows, discrepancy }) => resolved(head, rows, discrepancy))
    .sort(
      (a, b) =>
        a.indicator.localeCompare(b.indicator) ||
        (a.region ?? '').localeCompare(b.region ?? '') ||
        comparePeriods(a.period, b.period),
    );
}

/** Editions in chronological order of publication (ties by id). */
export function editionOrder(data: Dataset): string[] {
  return [...data.editions]
    .sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id))
    .map((e) => e.id);
}
