/**
 * Vintages and forecast error: for every indicator and period, each edition's forecast beside the
 * realisation when there is one, with the error and whether the realisation fell inside the band.
 */
import { comparePeriods } from '../data/period.ts';
import type { Scenario } from '../data/schema.ts';
import { centralFigure } from './central.ts';
import type { Actual, Forecast } from './figures.ts';
import type { Basis } from '../data/vocabulary.ts';

export interface VintageForecast {
  edition: string;
  /** The central figure: the edition's basis scenario, else point, else medio/mediaan. */
  scenario: Scenario;
  value: number;
  minimum: number | null;
  maximum: number | null;
  /** value − realisation, when realised. */
  error: number | null;
  /** error ÷ realisation. */
  relativeError: number | null;
  /** Whether the realisation lies within [minimum, maximum]; null when there is no band or no realisation. */
  inBand: boolean | null;
  rows: string[];
}

export interface Vintage {
  indicator: string;
  region: string | null;
  period: string;
  realisation: number | null;
  /** The period of the realisation: the forecast's own, or the same turn of the year written the other way. */
  realisationPeriod: string | null;
  realisationQualifier: string | null;
  /** How the model added the realisation up, when no source prints it (sums.ts). */
  realisationComputed: Actual['computed'] | null;
  forecasts: VintageForecast[];
  rows: string[];
}


/**
 * The moment a stock figure describes: "eind 2024" (2024-12-31) and "per 1 januari 2025" (2025-01-01)
 * are the same count, at the turn of the year, so a forecast for one is compared with a count for the
 * other. Every other period is its own moment.
 */
export function stockMoment(period: string): string {
  const m = /^(\d{4})-12-31$/.exec(period);
  return m ? `${Number(m[1]) + 1}-01-01` : period;
}

export function vintages(
  forecasts: Forecast[],
  actuals: Actual[],
  basis: (edition: string, indicator: string) => Basis | Scenario,
  editionOrder: string[],
): Vintage[] {
  const groups = new Map<string, Forecast[]>();
  for (const f of forecasts) {
    const k = [f.indicator, f.region ?? '', stockMoment(f.period)].join('\u0000');
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  }
  const actual = new Map(actuals.map((a) => [[a.indicator, a.region ?? '', stockMoment(a.period)].join('\u0000'), a]));
  const out: Vintage[] = [];
  for (const [k, group] of groups) {
    // A realisation counted in another unit (CBS's persons for the IND's applications) is not the realisation of a forecast.
    const found = actual.get(k) ?? null;
    const real = found && found.unit === group[0]!.unit ? found : null;
    const perEdition: VintageForecast[] = [];
    for (const edition of editionOrder) {
      const mine = group.filter((f) => f.edition === edition);
      if (mine.length === 0) continue;
      const central = centralFigure(basis(edition, mine[0]!.indicator), mine);
      if (!central) continue; // only a minimum or maximum: no central figure to compare
      const minimum = mine.find((f) => f.scenario === 'minimum')?.value ?? null;
      const maximum = mine.find((f) => f.scenario === 'maximum')?.value ?? null;
      const error = real ? central.value - real.value : null;
      perEdition.push({
        edition,
        scenario: central.scenario,
        value: central.value,
        minimum,
        maximum,
        error,
        relativeError: real && error !== null && real.value !== 0 ? error / real.value : null,
        inBand: real && minimum !== null && maximum !== null ? real.value >= minimum && real.value <= maximum : null,
        rows: mine.flatMap((f) => f.rows),
      });
    }
    const first = group[0]!;
    out.push({
      indicator: first.indicator,
      region: first.region,
      period: first.period,
      realisation: real?.value ?? null,
      realisationPeriod: real?.period ?? null,
      realisationQualifier: real?.qualifier ?? null,
      realisationComputed: real?.computed ?? null,
      forecasts: perEdition,
      rows: [...perEdition.flatMap((f) => f.rows), ...(real?.rows ?? [])],
    });
  }
  return out.sort(
    (a, b) =>
      a.indicator.localeCompare(b.indicator) ||
      (a.region ?? '').localeCompare(b.region ?? '') ||
      comparePeriods(a.period, b.period),
  );
}

/**
 * Every vintage forecast as one flat record, as the downloads and the charts' data files write it:
 * the relative error rounded to six decimals, the input rows it rests on kept as a list.
 */
export function vintageRecords(vs: Vintage[]) {
  return vs.flatMap((v) =>
    v.forecasts.map((f) => ({
      indicator: v.indicator,
      region: v.region,
      period: v.period,
      edition: f.edition,
      scenario: f.scenario,
      forecast: f.value,
      minimum: f.minimum,
      maximum: f.maximum,
      realisation: v.realisation,
      error: f.error,
      relative_error: f.relativeError === null ? null : Math.round(f.relativeError * 1e6) / 1e6,
      in_band: f.inBand,
      rows: f.rows,
    })),
  );
}
