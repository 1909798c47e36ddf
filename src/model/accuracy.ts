/**
 * How good were the forecasts: every MPP forecast paired with the realisation of the same thing,
 * like for like, and nothing else. The rule (data/README.md, "Forecast against realisation"):
 *
 * 1. the same indicator: one id is one definition, so a series defined differently (the IND's
 *    total without resettlement, persons against applications) is another indicator and is never
 *    paired with a forecast of this one;
 * 2. the same region;
 * 3. the same period, or the same turn of the year written the other way ("eind 2024" and "per
 *    1 januari 2025", stockMoment); a count on another day (5 December for 31 December) is not it;
 * 4. the edition's basis scenario for the indicator (basis-scenarios.csv, else editions.csv); where
 *    the source gives the edition's figure without naming a scenario (`point`) and no figure in the
 *    basis scenario, that single figure, marked so. A figure in another named scenario (MPP 2025's
 *    total inflow, given in medio while the edition plans on the mediaan) never stands in;
 * 5. the band is that edition's minimum and maximum for the same indicator, region and period;
 * 6. the horizon is the year the period closes minus the year the edition was published: 0 (the
 *    edition's own year), 1 (the next) or 2 (the one after); other horizons are left out;
 * 7. single figures only: a range ("70 tot 85 procent") on either side is not paired;
 * 8. the same unit: a realisation a source counts in persons (CBS) is not paired with a forecast of
 *    applications, though the indicator allows it (indicators.csv `other_units`);
 * 9. a basis between two scenarios (`medio..maximum`) has no figure of its own: not paired, not even
 *    with a figure without a scenario name, which could be any of them;
 * 10. a period open at one end (`2027-01-01/..`, `../2024-03-10`) is no year and has no horizon.
 *
 * Pure: the model's resolved forecasts and realisations in, pairs and exclusions out.
 */
import type { Dataset, Edition, Scenario } from '../data/schema.ts';
import { rowId } from '../data/schema.ts';
import { isOpenPeriod } from '../data/period.ts';
import { type Basis, betweenScenarios } from '../data/vocabulary.ts';
import type { Actual, Forecast } from './figures.ts';
import { stockMoment } from './vintages.ts';

export type Horizon = 0 | 1 | 2;
export const HORIZONS: readonly Horizon[] = [0, 1, 2];

export interface AccuracyPair {
  indicator: string;
  region: string | null;
  /** The forecast's period. */
  period: string;
  edition: string;
  horizon: Horizon;
  /** The basis scenario, or `point` for the edition's single figure without a scenario name. */
  scenario: Scenario;
  forecast: number;
  forecastQualifier: string | null;
  /** True when the forecast stands only in a member's question (questions-and-answers source). */
  forecastFromQuestion: boolean;
  minimum: number | null;
  minimumQualifier: string | null;
  maximum: number | null;
  maximumQualifier: string | null;
  realisation: number;
  /** The realisation's own period (differs from `period` across the turn of the year). */
  realisationPeriod: string;
  realisationQualifier: string | null;
  realisationFromQuestion: boolean;
  /** Whether the source marks the realisation as provisional (realisations.csv `status`). */
  realisationProvisional: boolean;
  /** How the model added the realisation up, when no source prints it. */
  realisationComputed: Actual['computed'] | null;
  realisationSource: string;
  /** forecast − realisation. */
  error: number;
  /** error ÷ realisation; null when the realisation is 0. */
  relativeError: number | null;
  /** minimum ≤ realisation ≤ maximum; null when the edition gives no band. */
  inBand: boolean | null;
  rows: string[];
}

export type ExclusionReason = 'no-basis-figure' | 'between-basis' | 'horizon' | 'open-period' | 'range' | 'unit';

/** A forecast with a like-for-like realisation that is still not paired, and why. */
export interface AccuracyExclusion {
  indicator: string;
  region: string | null;
  period: string;
  edition: string;
  reason: ExclusionReason;
  /** The scenarios the edition does give for it. */
  scenarios: Scenario[];
  /** For `unit`: the forecast's unit and the realisation's. */
  units?: { forecast: string; realisation: string };
}

export interface HorizonSummary {
  horizon: Horizon;
  pairs: number;
  /** Pairs whose edition gives a band. */
  withBand: number;
  inside: number;
  /** inside ÷ withBand; null without any band. */
  shareInside: number | null;
}

/** The year a period closes: a stock "per 1 januari 2025" closes 2024; an interval over two years has none. */
export function closingYear(period: string): number | null {
  if (isOpenPeriod(period)) return null;
  const moment = stockMoment(period);
  const jan1 = /^(\d{4})-01-01$/.exec(moment);
  if (jan1) return Number(jan1[1]) - 1;
  const interval = /^(\d{4})-\d{2}-\d{2}\/(\d{4})-\d{2}-\d{2}$/.exec(period);
  if (interval) return interval[1] === interval[2] ? Number(interval[1]) : null;
  const year = /^(\d{4})/.exec(period);
  return year ? Number(year[1]) : null;
}

/** The year an edition was published (editions.csv `published`). */
export const editionYear = (e: Pick<Edition, 'published'>): number => Number(e.published.slice(0, 4));

/** The input rows of realisations the source marks as provisional. */
export function provisionalRows(data: Pick<Dataset, 'realisations'>): Set<string> {
  return new Set(data.realisations.filter((r) => r.status === 'provisional').map((r) => rowId('realisations', r)));
}

const key = (x: { indicator: string; region: string | null; period: string }) =>
  [x.indicator, x.region ?? '', stockMoment(x.period)].join('\u0000');

export function accuracyPairs(
  forecasts: Forecast[],
  actuals: Actual[],
  basis: (edition: string, indicator: string) => Basis | Scenario,
  editions: Pick<Edition, 'id' | 'published'>[],
  provisional: ReadonlySet<string> = new Set(),
): { pairs: AccuracyPair[]; exclusions: AccuracyExclusion[] } {
  const actual = new Map(actuals.map((a) => [key(a), a]));
  const published = new Map(editions.map((e) => [e.id, editionYear(e)]));
  const groups = new Map<string, Forecast[]>();
  for (const f of forecasts) {
    const k = [f.edition, key(f)].join('\u0000');
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  }
  const pairs: AccuracyPair[] = [];
  const exclusions: AccuracyExclusion[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    const real = actual.get(key(first));
    if (!real) continue;
    const exclude = (reason: ExclusionReason, units?: AccuracyExclusion['units']) =>
      exclusions.push({
        indicator: first.indicator,
        region: first.region,
        period: first.period,
        edition: first.edition,
        reason,
        scenarios: group.map((f) => f.scenario),
        ...(units ? { units } : {}),
      });
    const planned = basis(first.edition, first.indicator);
    if (betweenScenarios(planned)) {
      exclude('between-basis');
      continue;
    }
    const central = group.find((f) => f.scenario === planned) ?? group.find((f) => f.scenario === 'point');
    if (!central) {
      exclude('no-basis-figure');
      continue;
    }
    if (isOpenPeriod(first.period)) {
      exclude('open-period');
      continue;
    }
    const closes = closingYear(first.period);
    const horizon = closes === null ? null : closes - published.get(first.edition)!;
    if (horizon === null || !HORIZONS.includes(horizon as Horizon)) {
      exclude('horizon');
      continue;
    }
    if (central.valueHigh !== null || real.valueHigh !== null) {
      exclude('range');
      continue;
    }
    if (central.unit !== real.unit) {
      exclude('unit', { forecast: central.unit, realisation: real.unit });
      continue;
    }
    const minimum = group.find((f) => f.scenario === 'minimum') ?? null;
    const maximum = group.find((f) => f.scenario === 'maximum') ?? null;
    const band = minimum && maximum && minimum.valueHigh === null && maximum.valueHigh === null ? { minimum, maximum } : null;
    const error = central.value - real.value;
    pairs.push({
      indicator: first.indicator,
      region: first.region,
      period: central.period,
      edition: first.edition,
      horizon: horizon as Horizon,
      scenario: central.scenario,
      forecast: central.value,
      forecastQualifier: central.qualifier,
      forecastFromQuestion: central.voice === 'question',
      minimum: band?.minimum.value ?? null,
      minimumQualifier: band?.minimum.qualifier ?? null,
      maximum: band?.maximum.value ?? null,
      maximumQualifier: band?.maximum.qualifier ?? null,
      realisation: real.value,
      realisationPeriod: real.period,
      realisationQualifier: real.qualifier,
      realisationFromQuestion: real.voice === 'question',
      realisationProvisional: real.rows.some((r) => provisional.has(r)),
      realisationComputed: real.computed ?? null,
      realisationSource: real.source,
      error,
      relativeError: real.value === 0 ? null : error / real.value,
      inBand: band ? real.value >= band.minimum.value && real.value <= band.maximum.value : null,
      rows: [...central.rows, ...(band ? [...band.minimum.rows, ...band.maximum.rows] : []), ...real.rows],
    });
  }
  const order = new Map(editions.map((e, i) => [e.id, i]));
  pairs.sort(
    (a, b) =>
      a.horizon - b.horizon ||
      a.indicator.localeCompare(b.indicator) ||
      (order.get(a.edition) ?? 0) - (order.get(b.edition) ?? 0) ||
      a.period.localeCompare(b.period),
  );
  return { pairs, exclusions };
}

/** Per horizon: the pairs, those with a band, and the share of those whose realisation fell inside it. */
export function horizonSummary(pairs: AccuracyPair[]): HorizonSummary[] {
  return HORIZONS.map((horizon) => {
    const mine = pairs.filter((p) => p.horizon === horizon);
    const banded = mine.filter((p) => p.inBand !== null);
    const inside = banded.filter((p) => p.inBand).length;
    return {
      horizon,
      pairs: mine.length,
      withBand: banded.length,
      inside,
      shareInside: banded.length === 0 ? null : inside / banded.length,
    };
  });
}

/** The scoreboard as the model gives it: pairs, what was left out and why, and the summary per horizon. */
export function accuracy(
  data: Pick<Dataset, 'editions' | 'realisations'>,
  forecasts: Forecast[],
  actuals: Actual[],
  basis: (edition: string, indicator: string) => Basis | Scenario,
) {
  const editionsInOrder = [...data.editions].sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
  const { pairs, exclusions } = accuracyPairs(forecasts, actuals, basis, editionsInOrder, provisionalRows(data));
  return { pairs, exclusions, summary: horizonSummary(pairs) };
}

export type Accuracy = ReturnType<typeof accuracy>;

/**
 * Every pair as one flat record, for the downloads: qualifiers and the question marker kept beside
 * each figure, the relative error rounded to six decimals, the input rows as a list.
 */
export function accuracyRecords(pairs: AccuracyPair[]) {
  return pairs.map((p) => ({
    indicator: p.indicator,
    region: p.region,
    period: p.period,
    edition: p.edition,
    horizon: p.horizon,
    scenario: p.scenario,
    forecast: p.forecast,
    forecast_qualifier: p.forecastQualifier,
    forecast_from_question: p.forecastFromQuestion,
    minimum: p.minimum,
    minimum_qualifier: p.minimumQualifier,
    maximum: p.maximum,
    maximum_qualifier: p.maximumQualifier,
    realisation: p.realisation,
    realisation_period: p.realisationPeriod,
    realisation_qualifier: p.realisationQualifier,
    realisation_from_question: p.realisationFromQuestion,
    realisation_status: p.realisationProvisional ? 'provisional' : null,
    realisation_computed: p.realisationComputed ? p.realisationComputed.how : null,
    error: p.error,
    relative_error: p.relativeError === null ? null : Math.round(p.relativeError * 1e6) / 1e6,
    in_band: p.inBand,
    rows: p.rows,
  }));
}
