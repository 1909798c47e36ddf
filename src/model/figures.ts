/**
 * Resolving figures: the same figure (edition, indicator, region, scenario, period) may be cited by
 * several sources. The model uses the one first in the documented order of precedence.ts (the
 * edition's reporting document, other letters, answers, releases, statistics, then the newest) and
 * keeps the others; when their values differ, the figure carries the discrepancy so that it is
 * shown, never hidden.
 */
import { comparePeriods } from '../data/period.ts';
import {
  type Dataset,
  type FigureKind,
  isMppPrognosis,
  type MppPrognosis,
  type Prognosis,
  type Realisation,
  rowId,
  type Scenario,
  type Unit,
  type Voice,
} from '../data/schema.ts';
import { compareScenarios, FIGURE_KINDS, isRounded } from '../data/vocabulary.ts';
import { precedence } from './precedence.ts';

export interface Citation {
  value: number;
  qualifier: string | null;
  source: string;
  /** Whether the figure stands in a member's question or the minister's answer (questions-and-answers sources only). */
  voice: Voice | null;
  row: string;
}

interface Resolved {
  indicator: string;
  region: string | null;
  period: string;
  value: number;
  /** The high end when the source gives a range ("70 tot 85 procent"); `value` is then the low end. */
  valueHigh: number | null;
  qualifier: string | null;
  /** `list` when the source writes the rounding word once before a list of figures that includes this one. */
  qualifierScope: 'list' | null;
  unit: Unit;
  /** The source of the figure used, and whether it stands in a question or an answer there. */
  source: string;
  voice: Voice | null;
  /** Ids of the input rows this figure rests on (all citations). */
  rows: string[];
  /** Set when the sources give different values: every citation, the one used first. */
  discrepancy: Citation[] | null;
}

export interface Forecast extends Resolved {
  edition: string;
  scenario: Scenario;
}

export interface Actual extends Resolved {
  /** Set when no source prints the figure and the model added it up from parts a source does print (sums.ts). */
  computed?: { how: string; parts: { indicator: string; value: number; qualifier: string | null }[] };
}

/** A forward-looking figure that is not an MPP prognosis: a target, a set figure or an organisation's outlook. */
export interface OtherFigure extends Resolved {
  kind: Exclude<FigureKind, 'mpp'>;
}

/** The order of figures of one kind: by indicator, region (national first), period. */
export function comparePlaces(
  a: { indicator: string; region: string | null; period: string },
  b: { indicator: string; region: string | null; period: string },
): number {
  return a.indicator.localeCompare(b.indicator) || (a.region ?? '').localeCompare(b.region ?? '') || comparePeriods(a.period, b.period);
}

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

/** The same figure as one string, for a map: two keys are equal exactly when `isFigure` holds. */
export const figureId = (k: FigureKey): string => [k.edition, k.indicator, k.region ?? '', k.scenario, k.period].join('\u0000');

/** The unit a rounded figure was rounded to: 4.200 → 100, 136.000 → 1.000, 97.500 → 100. */
function roundingStep(value: number): number {
  let step = 1;
  while (value !== 0 && value % (step * 10) === 0) step *= 10;
  return step;
}

/**
 * Whether two citations of one figure agree: the same value, or a rounded one ("ca. 4.200") and a
 * value that rounds to it (4.207 from the IND's own count). Anything else is a discrepancy to show.
 */
export function agree(a: { value: number; qualifier: string | null }, b: { value: number; qualifier: string | null }): boolean {
  if (a.value === b.value) return true;
  const [rounded, exact] = isRounded(a.qualifier) ? [a, b] : [b, a];
  if (!isRounded(rounded.qualifier)) return false;
  const step = roundingStep(rounded.value);
  return step > 1 && Math.round(exact.value / step) * step === rounded.value;
}

function resolve<R extends Prognosis | Realisation>(
  rows: R[],
  table: 'prognoses' | 'realisations',
  key: (r: R) => string,
  order: (a: R, b: R) => number,
): { head: R; citations: Citation[]; rows: string[]; discrepancy: Citation[] | null }[] {
  const groups = new Map<string, R[]>();
  for (const r of rows) {
    const k = key(r);
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  return [...groups.values()].map((g) => {
    const sorted = [...g].sort(order);
    const citations = sorted.map((r) => ({
      value: r.value,
      qualifier: r.qualifier,
      source: r.source,
      voice: r.voice,
      row: rowId(table, r as never),
    }));
    const disagree = citations.some((a) => citations.some((b) => !agree(a, b)));
    return { head: sorted[0]!, citations, rows: citations.map((c) => c.row), discrepancy: disagree ? citations : null };
  });
}

/** The fields every resolved figure has, taken from the row that is used. */
const resolved = (head: Prognosis | Realisation, rows: string[], discrepancy: Citation[] | null): Resolved => ({
  indicator: head.indicator,
  region: head.region,
  period: head.period,
  value: head.value,
  valueHigh: head.value_high,
  qualifier: head.qualifier,
  qualifierScope: head.qualifier_scope,
  unit: head.unit,
  source: head.source,
  voice: head.voice,
  rows,
  discrepancy,
});

/**
 * Every MPP forecast figure once, in a stable order: edition (chronological), indicator, region,
 * period, scenario. Figures of other kinds are not forecasts of an edition: see resolveOtherFigures.
 */
export function resolveForecasts(data: Dataset, editionOrder: string[]): Forecast[] {
  const out = resolve<MppPrognosis>(
    data.prognoses.filter(isMppPrognosis),
    'prognoses',
    figureId,
    precedence(data).compare,
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

/** Every target, set figure and outlook once, ordered by kind, indicator, region, period. */
export function resolveOtherFigures(data: Dataset): OtherFigure[] {
  const kindRank = (k: FigureKind) => FIGURE_KINDS.indexOf(k);
  return resolve(
    data.prognoses.filter((r) => r.kind !== 'mpp'),
    'prognoses',
    (r) => [r.kind, r.indicator, r.region ?? '', r.period].join('\u0000'),
    precedence(data).compare,
  )
    .map(({ head, rows, discrepancy }) => ({
      kind: head.kind as OtherFigure['kind'],
      ...resolved(head, rows, discrepancy),
    }))
    .sort(
      (a, b) =>
        kindRank(a.kind) - kindRank(b.kind) || comparePlaces(a, b),
    );
}

/** Every realised figure once, ordered by indicator, region, period. */
export function resolveActuals(data: Dataset): Actual[] {
  return resolve(
    data.realisations,
    'realisations',
    (r) => [r.indicator, r.region ?? '', r.period].join('\u0000'),
    precedence(data).compare,
  )
    .map(({ head, rows, discrepancy }) => resolved(head, rows, discrepancy))
    .sort(comparePlaces);
}

/** Editions in chronological order of publication (ties by id). */
export function editionOrder(data: Dataset): string[] {
  return [...data.editions]
    .sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id))
    .map((e) => e.id);
}
