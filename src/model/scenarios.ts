/**
 * Scenario tables: per edition and indicator, the scenarios side by side per period, with the band
 * (maximum − minimum).
 */
import type { Scenario } from '../data/schema.ts';
import { compareScenarios } from '../data/vocabulary.ts';
import type { Forecast } from './figures.ts';

export interface ScenarioRow {
  period: string;
  values: Partial<Record<Scenario, number>>;
  qualifiers: Partial<Record<Scenario, string | null>>;
  /** maximum − minimum, when both are given. */
  band: number | null;
  rows: string[];
}

export interface ScenarioTable {
  edition: string;
  indicator: string;
  region: string | null;
  /** The scenarios that occur in this table, in the fixed order minimum, medio, mediaan, maximum, point. */
  scenarios: Scenario[];
  periods: ScenarioRow[];
}

/** Group resolved forecasts (already in stable order) into one table per edition, indicator and region. */
export function scenarioTables(forecasts: Forecast[]): ScenarioTable[] {
  const tables = new Map<string, ScenarioTable>();
  for (const f of forecasts) {
    const key = [f.edition, f.indicator, f.region ?? ''].join('\u0000');
    let t = tables.get(key);
    if (!t) {
      t = { edition: f.edition, indicator: f.indicator, region: f.region, scenarios: [], periods: [] };
      tables.set(key, t);
    }
    let row = t.periods.find((p) => p.period === f.period);
    if (!row) {
      row = { period: f.period, values: {}, qualifiers: {}, band: null, rows: [] };
      t.periods.push(row);
    }
    row.values[f.scenario] = f.value;
    row.qualifiers[f.scenario] = f.qualifier;
    row.rows.push(...f.rows);
    if (!t.scenarios.includes(f.scenario)) t.scenarios.push(f.scenario);
  }
  for (const t of tables.values()) {
    t.scenarios.sort(compareScenarios);
    for (const row of t.periods) {
      const { minimum, maximum } = row.values;
      row.band = minimum !== undefined && maximum !== undefined ? maximum - minimum : null;
    }
  }
  return [...tables.values()];
}
