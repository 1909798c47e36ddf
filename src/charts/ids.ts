/**
 * Chart ids, made in one place: the site's anchors, the letters' figures and the diff all name a
 * chart through these functions, never by spelling the convention out.
 */
export type ChartId =
  | `edition-${string}`
  | `indicator-${string}`
  | `realised-${string}`
  | 'costs-per-place'
  | 'accuracy-by-horizon'
  | `costs-per-place-${number}`;

export const chartId = {
  /** The scenarios of one indicator in one edition, side by side per period. */
  scenarios: (edition: string, indicator: string): ChartId => `edition-${edition}-${indicator}`,
  /** Every edition's central forecast of one indicator, with its realisations. */
  vintages: (indicator: string): ChartId => `indicator-${indicator}`,
  /** Each edition's forecast of one indicator against the realisation, per realised period. */
  realised: (indicator: string): ChartId => `realised-${indicator}`,
  /** Every like-for-like forecast against its realisation, by horizon (the /nauwkeurigheid/ page). */
  accuracy: (): ChartId => 'accuracy-by-horizon',
  /** The cost per place by type; the newest price year has the plain id. */
  costs: (priceYear: number, newest: boolean): ChartId => (newest ? 'costs-per-place' : `costs-per-place-${priceYear}`),
};
