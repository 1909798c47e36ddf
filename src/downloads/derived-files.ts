/**
 * The derived figures as downloads: JSON (full structure, with the input row ids of every figure)
 * and flat CSV (one derived figure per row), beside the normalised input in site/data/.
 */
import { toCsv } from '../data/csv.ts';
import { SCENARIOS } from '../data/vocabulary.ts';
import type { Model } from '../model/index.ts';
import type { OutputFolder } from '../runtime/output.ts';

const round = (n: number | null, d = 6) => (n === null ? null : Math.round(n * 10 ** d) / 10 ** d);

/** Flat tables of the model: name → columns and rows. */
export function derivedTables(m: Model): Record<string, { columns: string[]; rows: Record<string, unknown>[] }> {
  const rows = (r: { rows: string[] }) => r.rows.join(' ');
  return {
    'scenario-tables': {
      columns: ['edition', 'indicator', 'region', 'period', ...SCENARIOS, 'band', 'rows'],
      rows: m.scenarioTables.flatMap((t) =>
        t.periods.map((p) => ({
          edition: t.edition,
          indicator: t.indicator,
          region: t.region,
          period: p.period,
          ...p.values,
          band: p.band,
          rows: rows(p),
        })),
      ),
    },
    revisions: {
      columns: ['edition', 'previous', 'indicator', 'region', 'period', 'scenario', 'previous_scenario', 'old', 'new', 'change', 'relative', 'rows'],
      rows: m.revisions.map((r) => ({
        ...r,
        previous_scenario: r.previousScenario,
        relative: round(r.relative),
        rows: rows(r),
      })),
    },
    vintages: {
      columns: ['indicator', 'region', 'period', 'edition', 'scenario', 'forecast', 'minimum', 'maximum', 'realisation', 'error', 'relative_error', 'in_band', 'rows'],
      rows: m.vintages.flatMap((v) =>
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
          relative_error: round(f.relativeError),
          in_band: f.inBand,
          rows: rows(f),
        })),
      ),
    },
    'place-costs': {
      columns: ['type', 'price_year', 'per_year', 'per_day', 'multiple_of_regular', 'stated', 'rows'],
      rows: m.placeCosts.map((c) => ({
        type: c.type,
        price_year: c.priceYear,
        per_year: c.perYear,
        per_day: round(c.perDay, 2),
        multiple_of_regular: round(c.multipleOfRegular, 4),
        stated: c.stated,
        rows: rows(c),
      })),
    },
    'cost-calculations': {
      columns: ['id', 'kind', 'places', 'emergency_share', 'price_year', 'emergency_per_year', 'regular_per_year', 'total', 'rows'],
      rows: m.costCalculations.map((c) => ({
        ...c,
        emergency_share: c.emergencyShare,
        price_year: c.priceYear,
        emergency_per_year: c.emergencyPerYear,
        regular_per_year: c.regularPerYear,
        total: round(c.total, 2),
        rows: rows(c),
      })),
    },
  };
}

export async function writeDerivedFiles(out: OutputFolder, m: Model): Promise<number> {
  let n = 0;
  const json: Record<string, unknown> = {
    'scenario-tables': m.scenarioTables,
    revisions: m.revisions,
    'scenario-switches': m.scenarioSwitches,
    vintages: m.vintages,
    'place-costs': m.placeCosts,
    'cost-calculations': m.costCalculations,
  };
  for (const [name, value] of Object.entries(json)) {
    await out.write(`data/derived/${name}.json`, JSON.stringify(value, null, 2) + '\n');
    n++;
  }
  for (const [name, t] of Object.entries(derivedTables(m))) {
    await out.write(`data/derived/${name}.csv`, toCsv(t.columns, t.rows));
    n++;
  }
  return n;
}
