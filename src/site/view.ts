/**
 * The site's view model: everything the templates show, prepared once from the data, the model and
 * the charts, one module per kind of page (src/site/view/). It is plain data: the templates format
 * its numbers, dates, periods and vocabulary keys with the shared filters (src/format/filters.ts).
 */
import type { Chart } from '../charts/index.ts';
import { downloads } from '../downloads/catalogue.ts';
import type { Model } from '../model/index.ts';
import type { Dataset } from '../data/schema.ts';
import { type LetterLink, viewContext } from './view/context.ts';
import { costsView } from './view/costs.ts';
import { editionView } from './view/edition.ts';
import { keyFigures } from './view/home.ts';
import { indicatorViews } from './view/indicator.ts';
import { regionViews } from './view/regions.ts';
import { sourceViews } from './view/sources.ts';

export type { LetterLink };

export function buildView(data: Dataset, model: Model, charts: Chart[], letters: LetterLink[]) {
  const ctx = viewContext(data, model, charts);
  const editions = [...model.editionOrder].reverse().map((id) => editionView(ctx, id, letters));
  const latestId = model.editionOrder[model.editionOrder.length - 1]!;
  const indicators = indicatorViews(ctx);
  return {
    latest: editions.find((e) => e.id === latestId)!,
    keyFigures: keyFigures(ctx),
    regions: regionViews(ctx),
    editions,
    indicators,
    costs: costsView(ctx),
    sources: sourceViews(ctx),
    letters,
    realisedIndicators: indicators.filter((i) => i.realisations.length > 0),
    downloads: downloads(),
  };
}

export type SiteView = ReturnType<typeof buildView>;
