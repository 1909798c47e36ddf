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
import { accuracyView } from './view/accuracy.ts';
import { costsView } from './view/costs.ts';
import { editionView } from './view/edition.ts';
import { keyFigures } from './view/home.ts';
import { indicatorViews } from './view/indicator.ts';
import { regionViews } from './view/regions.ts';
import { sourceViews } from './view/sources.ts';
import { municipalitiesView } from './view/municipalities.ts';
import { lastUpdated } from './view/freshness.ts';
import { themeGroups } from './view/themes.ts';
import { GLOSSARY } from './glossary.ts';
import { siteUrl } from './site-url.ts';
import { formatOnDate } from '../format/dutch.ts';
import { EDITION_ISSUED } from '../data/vocabulary.ts';

export type { LetterLink };

/** Where an edition's preview image is (og-image.ts draws it), relative to the site root. */
export const ogPath = (edition: string | null): string => `assets/og/${edition ?? 'site'}.png`;

/** The main navigation: a page appears only when it has something to show (Regio's only with regional figures). */
function navigation(hasRegions: boolean) {
  return [
    { url: '/', label: 'Overzicht' },
    { url: '/edities/', label: 'Edities' },
    { url: '/indicatoren/', label: 'Indicatoren' },
    { url: '/kosten/', label: 'Kosten' },
    { url: '/realisaties/', label: 'Realisaties' },
    { url: '/gemeenten/', label: 'Gemeenten' },
    ...(hasRegions ? [{ url: '/regio/', label: 'Regio’s' }] : []),
    { url: '/begrippen/', label: 'Begrippen' },
    { url: '/data/', label: 'Data' },
  ];
}

export function buildView(data: Dataset, model: Model, charts: Chart[], letters: LetterLink[], url = siteUrl()) {
  const ctx = viewContext(data, model, charts);
  const editions = [...model.editionOrder]
    .reverse()
    .map((id) => {
      const e = editionView(ctx, id, letters);
      return { ...e, ogImage: `/${ogPath(id)}`, ogImageAlt: `${e.label}, ${EDITION_ISSUED} ${formatOnDate(e.published)}` };
    });
  const latestId = model.editionOrder[model.editionOrder.length - 1]!;
  const indicators = indicatorViews(ctx);
  const regions = regionViews(ctx);
  return {
    site: { url, updated: lastUpdated(data), ogImage: `/${ogPath(null)}`, ogImageAlt: 'MPP migratieketen: ramingen, realisaties en kosten' },
    navigation: navigation(regions.length > 0),
    glossary: GLOSSARY,
    latest: editions.find((e) => e.id === latestId)!,
    keyFigures: keyFigures(ctx),
    regions,
    /** The regions' index page, once, when there are regions. */
    regionIndex: regions.length ? [regions] : [],
    editions,
    indicators,
    /** /indicatoren/: the indicators by theme (themes.ts), the same themes as the breadcrumbs. */
    indicatorGroups: themeGroups(indicators).map((g) => ({ ...g.theme, indicators: g.indicators })),
    /** /realisaties/: the indicators with realisations, by the same themes. */
    realisedGroups: themeGroups(indicators.filter((i) => i.realisations.length > 0)).map((g) => ({ ...g.theme, indicators: g.indicators })),
    municipalities: municipalitiesView(ctx, indicators),
    costs: costsView(ctx),
    sources: sourceViews(ctx),
    letters,
    realisedIndicators: indicators.filter((i) => i.realisations.length > 0),
    accuracy: accuracyView(ctx),
    downloads: downloads(),
    charts: ctx.charts.map((c) => ({ id: c.id, title: c.title, page: c.page, files: c.files })),
  };
}

export type SiteView = ReturnType<typeof buildView>;
