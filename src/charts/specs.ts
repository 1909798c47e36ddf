/**
 * Chart specifications: Vega-Lite specs built from the model, each with a title, a Dutch text
 * description, the data table behind it and one spec per layout. Pure: no rendering here. One
 * module per kind of chart; the colours come from colours.ts, the sizes from layout.ts.
 */
import type { Model } from '../model/index.ts';
import type { Dataset } from '../data/schema.ts';
import { accuracyChart } from './accuracy.ts';
import { costCharts } from './costs.ts';
import { realisedCharts } from './realised.ts';
import { scenarioCharts } from './scenarios.ts';
import type { ChartSpec } from './spec.ts';
import { vintageCharts } from './vintages.ts';

export type { ChartSpec, ChartTable } from './spec.ts';
export { costCharts, realisedCharts, scenarioCharts, vintageCharts };

export function chartSpecs(data: Dataset, model: Model): ChartSpec[] {
  return [...scenarioCharts(data, model), ...vintageCharts(data, model), ...realisedCharts(data, model), ...accuracyChart(data, model), ...costCharts(model)];
}
