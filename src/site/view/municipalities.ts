/**
 * The page for municipalities (/gemeenten/): what the chain sets for them (the taakstelling
 * huisvesting statushouders, the Spreidingswet's estimate and allocation, the municipal reception of
 * Ukrainians, the HAR+ amount), each figure from the indicator pages with its evidence, and where
 * the official per-municipality figures are published. No address is invented: a publication is
 * linked only when a source letter gives its address (PUBLICATIONS, checked against the seeds by a
 * unit test) or sources.csv does; otherwise the page names the document and says no address is known.
 */
import { INDICATOR } from '../../data/indicators.ts';
import type { ViewContext } from './context.ts';
import type { IndicatorView } from './indicator.ts';

/** A publication for municipalities whose address a source letter prints, with where it does. */
export interface CitedPublication {
  title: string;
  url: string;
  /** The source (sources.csv id) that prints the address, and the seed file holding it. */
  citedIn: string;
  seed: string;
  note: string;
}

export const PUBLICATIONS: readonly CitedPublication[] = [
  {
    title: 'Handreiking Regeling stimuleren uitstroom vergunninghouders uit de asielopvang 2025 (HAR+)',
    url: 'https://www.rijksoverheid.nl/documenten/publicaties/2025/08/20/handreiking-regeling-stimuleren-uitstroom-vergunninghouders-uit-de-asielopvang-2025',
    citedIn: 'tk-2025-mpp-2025',
    seed: '001_146bcaf9500716a7.txt',
    note: 'voetnoot 10 van de Kamerbrief over MPP 2025',
  },
];

/** The indicators the page shows, by theme of the page. */
const SECTIONS = [
  {
    id: 'taakstelling',
    title: 'Taakstelling huisvesting statushouders',
    text: 'Gemeenten moeten elk halfjaar een aantal statushouders huisvesten: de taakstelling. Wat niet lukt, schuift als achterstand door naar de volgende periode; taakstelling plus achterstand is de totale opgave. De taakstelling wordt bij besluit vastgesteld en is geen MPP-prognose.',
    indicators: [INDICATOR.housingQuota, INDICATOR.housingBacklog, INDICATOR.housingTotalTask, INDICATOR.housingQuotaKso],
  },
  {
    id: 'spreidingswet',
    title: 'Spreidingswet: asielopvang in gemeenten',
    text: 'De Spreidingswet verdeelt de asielopvang over provincies en gemeenten. De capaciteitsraming zegt hoeveel opvangplekken er nodig zijn; de verdeelbesluiten wijzen ze toe.',
    indicators: [INDICATOR.spreidingswet, INDICATOR.spreidingswetAmv, INDICATOR.spreidingswetPlacesDecided, INDICATOR.spreidingswetPlacesInSight],
  },
  {
    id: 'oekraine',
    title: 'Opvang van Oekraïense ontheemden door gemeenten',
    text: 'Gemeenten vangen Oekraïense ontheemden op in gemeentelijke opvang; het Rijk vergoedt dat met een normbedrag per nacht (zie Kosten).',
    indicators: [INDICATOR.ukraineCapacityNeed, INDICATOR.ukraineCapacityRealised, INDICATOR.ukraineMunicipalReception],
  },
] as const;

export function municipalitiesView(ctx: ViewContext, indicators: readonly IndicatorView[]) {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const letter = ctx.data.sources.find((s) => s.id === 'gemeenten-2024-04-25') ?? null;
  return {
    sections: SECTIONS.map((s) => ({
      ...s,
      indicators: s.indicators.flatMap((id) => {
        const i = byId.get(id);
        return i ? [i] : [];
      }),
    })),
    /** HAR+: the one-off amount per statushouder, from costs.csv. */
    harPlus: ctx.data.costs
      .filter((c) => c.type === 'har-plus')
      .map((c) => ({ amount: c.amount, priceYear: c.price_year, source: ctx.source(c.source), location: c.location, quote: c.quote })),
    /** Only a publication whose citing source is in the data set: without it the address has no evidence. */
    publications: PUBLICATIONS.filter((p) => ctx.data.sources.some((s) => s.id === p.citedIn)).map((p) => ({ ...p, citedIn: ctx.source(p.citedIn) })),
    /** The letter to provinces, municipalities and housing corporations, whose annexes give the figures per municipality. */
    letter: letter && ctx.source(letter.id),
  };
}
