/**
 * The model: every derived figure, computed once from the validated data by pure functions. Each
 * derived figure carries the ids of the input rows it was computed from (`rows`).
 */
import type { Dataset } from '../data/schema.ts';
import { accuracy } from './accuracy.ts';
import { costCalculations, placeCosts } from './costs.ts';
import { comparePlaces, editionOrder, resolveActuals, resolveForecasts, resolveOtherFigures } from './figures.ts';
import { revisions, scenarioSwitches } from './revisions.ts';
import { scenarioTables } from './scenarios.ts';
import { summedActuals } from './sums.ts';
import { basisScenario } from './central.ts';
import { vintages } from './vintages.ts';

export function deriveModel(data: Dataset) {
  const order = editionOrder(data);
  const forecasts = resolveForecasts(data, order);
  const printed = resolveActuals(data);
  const actuals = [...printed, ...summedActuals(printed)].sort(comparePlaces);
  return {
    editionOrder: order,
    /** The scenario an edition plans on for an indicator. */
    basis: basisScenario(data),
    forecasts,
    actuals,
    otherFigures: resolveOtherFigures(data),
    scenarioTables: scenarioTables(forecasts),
    revisions: revisions(forecasts, order),
    scenarioSwitches: scenarioSwitches(data.editions, order),
    vintages: vintages(forecasts, actuals, basisScenario(data), order),
    /** Forecast against realisation like for like, per horizon (accuracy.ts): the /nauwkeurigheid/ page. */
    accuracy: accuracy(data, forecasts, actuals, basisScenario(data)),
    placeCosts: placeCosts(data.costs),
    costCalculations: costCalculations(data.costs, data.costScenarios),
  };
}

export type Model = ReturnType<typeof deriveModel>;
