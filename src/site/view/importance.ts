/**
 * The order of indicators on edition pages and in the story: by what a reader looks for first
 * (the themes of themes.ts: inflow, IND, reception, housing, Ukraine, departure, costs), not by name. Within a topic
 * the headline indicators come first, then the others by label.
 */
import { INDICATOR } from '../../data/indicators.ts';
import { themeRank } from './themes.ts';

/** The topics are the themes of themes.ts: one list for /indicatoren/, the breadcrumbs and this order. */
export { THEMES as TOPICS } from './themes.ts';

/** Headline indicators, most important first; every other indicator follows within its topic. */
const HEADLINE: readonly string[] = [
  INDICATOR.inflowTotal,
  INDICATOR.inflowTotalExclResettlement,
  INDICATOR.inflowFirst,
  INDICATOR.inflowNareis,
  INDICATOR.inflowRepeat,
  INDICATOR.capacityNeed,
  INDICATOR.occupancy,
  INDICATOR.occupancyStatushouders,
  INDICATOR.housingQuota,
  INDICATOR.ukraineResidents,
  INDICATOR.ukraineCapacityNeed,
];

export const topicOf = themeRank;

const rank = (id: string) => {
  const i = HEADLINE.indexOf(id);
  return i < 0 ? HEADLINE.length : i;
};

/** Compare two indicators by importance; `label` breaks ties in Dutch alphabetical order. */
export function byImportance<T extends { indicator: string; label: string }>(a: T, b: T): number {
  return topicOf(a.indicator) - topicOf(b.indicator) || rank(a.indicator) - rank(b.indicator) || a.label.localeCompare(b.label, 'nl');
}
