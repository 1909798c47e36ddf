/**
 * The order of indicators on edition pages and in the story: by what a reader looks for first
 * (inflow, reception, housing, Ukraine, IND, then costs and the rest), not by name. Within a topic
 * the headline indicators come first, then the others by label.
 */
import { INDICATOR } from '../../data/indicators.ts';

export const TOPICS = [
  { id: 'inflow', label: 'Instroom', match: /^(asylum-inflow|nareis-)/ },
  { id: 'reception', label: 'Opvang', match: /^(coa-|nidos-)/ },
  { id: 'housing', label: 'Huisvesting en spreiding', match: /^(housing-|spreidingswet-|statushouders-|prt-)/ },
  { id: 'ukraine', label: 'Oekraïense ontheemden', match: /^ukraine-/ },
  { id: 'ind', label: 'IND', match: /^ind-/ },
  { id: 'other', label: 'Vertrek, kosten en overig', match: /./ },
] as const;

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

export const topicOf = (indicator: string) => TOPICS.findIndex((t) => t.match.test(indicator));

const rank = (id: string) => {
  const i = HEADLINE.indexOf(id);
  return i < 0 ? HEADLINE.length : i;
};

/** Compare two indicators by importance; `label` breaks ties in Dutch alphabetical order. */
export function byImportance<T extends { indicator: string; label: string }>(a: T, b: T): number {
  return topicOf(a.indicator) - topicOf(b.indicator) || rank(a.indicator) - rank(b.indicator) || a.label.localeCompare(b.label, 'nl');
}
