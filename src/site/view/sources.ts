/** The sources page (/bronnen/): every document, oldest first, with the number of figures taken from it. */
import type { ViewContext } from './context.ts';

export function sourceViews(ctx: ViewContext) {
  const { data } = ctx;
  const cites = (id: string) =>
    data.prognoses.filter((p) => p.source === id).length +
    data.realisations.filter((p) => p.source === id).length +
    data.costs.filter((p) => p.source === id).length;
  return [...data.sources]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((s) => ({ ...ctx.source(s.id), figures: cites(s.id) }));
}
