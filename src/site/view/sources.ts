/** The sources page (/bronnen/): every document, oldest first, with the number of figures taken from it. */
import type { Dataset } from '../../data/schema.ts';
import type { ViewContext } from './context.ts';

/**
 * The tables whose rows are figures cited to a source, each with its page and quote: forecasts and
 * other forward-looking figures, realisations, costs, cost scenarios, and the scenario an edition
 * plans on for one indicator. (editions.csv names the document that reports an edition, which is
 * not a figure of it.) Counting only some of these left a source's figures uncounted.
 */
export const CITING_TABLES = ['prognoses', 'realisations', 'costs', 'costScenarios', 'basisScenarios'] as const satisfies readonly (keyof Dataset)[];

/** How many rows of the citing tables cite each source. */
export function figuresPerSource(data: Dataset): Map<string, number> {
  const out = new Map<string, number>();
  for (const table of CITING_TABLES) for (const row of data[table]) out.set(row.source, (out.get(row.source) ?? 0) + 1);
  return out;
}

export function sourceViews(ctx: ViewContext) {
  const { data } = ctx;
  const figures = figuresPerSource(data);
  return [...data.sources]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((s) => ({ ...ctx.source(s.id), figures: figures.get(s.id) ?? 0 }));
}
