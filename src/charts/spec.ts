/** What a chart is before rendering: its id, title, text alternative, data table and one spec per layout. */
import type { TopLevelSpec } from 'vega-lite';
import type { ChartId } from './ids.ts';
import { LAYOUTS, type Layout, type Variant } from './layout.ts';

export interface ChartTable {
  columns: string[];
  rows: string[][];
}

/**
 * The figures behind a chart, unformatted, one per row with the downloads' English column names:
 * what the chart's CSV and JSON downloads hold (the table beside the chart is their Dutch display).
 */
export interface ChartData {
  columns: string[];
  rows: Record<string, string | number | boolean | null>[];
}

export interface ChartSpec {
  id: ChartId;
  title: string;
  /** Text alternative: what the chart shows, with its figures. */
  description: string;
  /** The same chart at each layout (layout.ts): the narrow and wide site, and the letters. */
  variants: Record<Variant, TopLevelSpec>;
  table: ChartTable;
  data: ChartData;
}

/** The spec of a chart at every layout, from a function of the layout, in the order of VARIANTS. */
export function atEveryLayout(make: (l: Layout) => TopLevelSpec): Record<Variant, TopLevelSpec> {
  return { wide: make(LAYOUTS.wide), narrow: make(LAYOUTS.narrow), print: make(LAYOUTS.print) };
}
