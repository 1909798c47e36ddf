/**
 * Which scenario tells an edition's figure: the one rule the model, the charts, the site's story and
 * the letters share. An edition plans on its basis scenario (per indicator where basis-scenarios.csv
 * names one: MPP 2024-I's Ukraine forecast starts from the mediaan); where a figure has no row in that
 * scenario, a single figure (point) tells it, else the medio, else the mediaan. A minimum or maximum
 * alone tells none.
 */
import type { Dataset, Scenario } from '../data/schema.ts';
import { type Basis, betweenScenarios } from '../data/vocabulary.ts';

/** The scenarios that tell a figure when its basis scenario is missing, in order of preference. */
export const CENTRAL_FALLBACK: readonly Scenario[] = ['point', 'medio', 'mediaan'];

/**
 * The scenario an edition plans on for an indicator: the indicator's own basis where the source
 * names one (basis-scenarios.csv), else the edition's basis. It may be a scenario between two
 * (`medio..maximum`), which has no figure of its own.
 */
export function basisScenario(data: Pick<Dataset, 'editions' | 'basisScenarios'>): (edition: string, indicator: string) => Basis {
  const own = new Map(data.basisScenarios.map((b) => [`${b.edition}\u0000${b.indicator}`, b.scenario]));
  const edition = new Map(data.editions.map((e) => [e.id, e.basis]));
  return (e, indicator) => own.get(`${e}\u0000${indicator}`) ?? edition.get(e)!;
}

/**
 * The scenario that tells a figure given in `present` scenarios, when the edition plans on `basis`;
 * null if none does. A basis between two scenarios has no figure: the fallback tells it.
 */
export function centralScenario(basis: Basis | Scenario, present: readonly Scenario[]): Scenario | null {
  const own: Scenario[] = betweenScenarios(basis) ? [] : [basis as Scenario];
  return [...own, ...CENTRAL_FALLBACK].find((s) => present.includes(s)) ?? null;
}

/** The figure among `figures` (one indicator, edition and period) that tells it; undefined if none does. */
export function centralFigure<F extends { scenario: Scenario }>(basis: Basis | Scenario, figures: readonly F[]): F | undefined {
  const s = centralScenario(basis, figures.map((f) => f.scenario));
  return s === null ? undefined : figures.find((f) => f.scenario === s);
}
