/**
 * Revisions between editions: each figure of an edition against the most recent earlier edition
 * that has the same indicator, region, scenario and period. Where an edition uses a scenario its
 * predecessor did not have (MPP 2025's mediaan), the figure is compared with the predecessor's
 * central scenario and the switch is stated.
 */
import type { Scenario } from '../data/schema.ts';
import { type FigureKey, figureId, type Forecast } from './figures.ts';
import { type Basis, betweenScenarios } from '../data/vocabulary.ts';

export interface Revision {
  edition: string;
  previous: string;
  indicator: string;
  region: string | null;
  period: string;
  scenario: Scenario;
  /** The scenario of the previous edition the figure is compared with; differs from `scenario` on a switch. */
  previousScenario: Scenario;
  switched: boolean;
  old: number;
  new: number;
  change: number;
  /** change ÷ old; null when old is 0. */
  relative: number | null;
  rows: string[];
}

/**
 * The scenarios an earlier edition may be compared in, in order, where a later one uses `scenario`
 * but the earlier has none: the MPP 2025 letter sets its mediaan against MPP 2024-II's medio, or
 * against the single figure it quotes of it ("dit was op basis van de MPP 2024-II 35.000").
 */
const SWITCH_FROM: Partial<Record<Scenario, Scenario[]>> = { mediaan: ['medio', 'point'] };

export function revise(previous: Forecast, next: Forecast): Revision {
  const change = next.value - previous.value;
  return {
    edition: next.edition,
    previous: previous.edition,
    indicator: next.indicator,
    region: next.region,
    period: next.period,
    scenario: next.scenario,
    previousScenario: previous.scenario,
    switched: previous.scenario !== next.scenario,
    old: previous.value,
    new: next.value,
    change,
    relative: previous.value === 0 ? null : change / previous.value,
    rows: [...previous.rows, ...next.rows],
  };
}

/** All revisions, in the order of `forecasts` (which is chronological by edition). */
export function revisions(forecasts: Forecast[], editionOrder: string[]): Revision[] {
  const index = new Map<string, Forecast>();
  /** `f`'s figure in `edition`. */
  const key = (f: FigureKey, edition: string) => figureId({ ...f, edition });
  const scenariosOf = new Set<string>();
  for (const f of forecasts) {
    index.set(key(f, f.edition), f);
    scenariosOf.add([f.edition, f.indicator, f.scenario].join('\u0000'));
  }

  const out: Revision[] = [];
  for (const f of forecasts) {
    const at = editionOrder.indexOf(f.edition);
    for (let i = at - 1; i >= 0; i--) {
      const earlier = editionOrder[i]!;
      const same = index.get(key(f, earlier));
      const switched = same
        ? undefined
        : (SWITCH_FROM[f.scenario] ?? []).map((s) => index.get(key({ ...f, scenario: s }, earlier))).find(Boolean);
      // Only compare across scenarios when the earlier edition has no figure in the new scenario at all.
      const earlierHasScenario = scenariosOf.has([earlier, f.indicator, f.scenario].join('\u0000'));
      const match = same ?? (earlierHasScenario ? undefined : switched);
      if (match) {
        out.push(revise(match, f));
        break;
      }
    }
  }
  return out;
}

export interface ScenarioSwitch {
  edition: string;
  previous: string;
  /** The scenario the chain planned on under the previous edition, and under this one. */
  from: Scenario;
  to: Scenario;
}

/** Where the chain changed the scenario it plans on (medio → mediaan in MPP 2025): the letters must say so. */
export function scenarioSwitches(
  editions: { id: string; basis: Basis }[],
  editionOrder: string[],
): ScenarioSwitch[] {
  const byId = new Map(editions.map((e) => [e.id, e]));
  const out: ScenarioSwitch[] = [];
  for (let i = 1; i < editionOrder.length; i++) {
    const prev = byId.get(editionOrder[i - 1]!)!;
    const next = byId.get(editionOrder[i]!)!;
    // A switch is told with the two scenarios' chances of exceedance; a basis between two scenarios has
    // none, so a switch to or from one is not told as such (the edition pages name each basis).
    if (betweenScenarios(prev.basis) || betweenScenarios(next.basis)) continue;
    if (prev.basis !== next.basis) out.push({ edition: next.id, previous: prev.id, from: prev.basis as Scenario, to: next.basis as Scenario });
  }
  return out;
}
