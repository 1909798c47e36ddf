/**
 * The themes indicators are grouped by, written once: the order of /indicatoren/, the breadcrumb of
 * each indicator page and the order of indicators on edition pages (importance.ts) all come from
 * here. The order is what a reader looks for first: inflow, the IND's work, reception, housing,
 * Ukraine, departure, costs. An indicator belongs to the first theme whose `match` its id fits, in
 * the order of MATCH_ORDER (a budget of the IND is a cost, not IND work); the catch-all `other`
 * is shown only when an indicator fits no theme (the shipped data has none, a unit test checks).
 */
export interface Theme {
  id: 'inflow' | 'ind' | 'reception' | 'housing' | 'ukraine' | 'departure' | 'costs' | 'other';
  label: string;
  /** The anchor of the theme's group on /indicatoren/. */
  anchor: string;
  match: RegExp;
}

export const THEMES: readonly Theme[] = [
  { id: 'inflow', label: 'Instroom', anchor: 'instroom', match: /^(asylum-inflow|nareis-)/ },
  { id: 'ind', label: 'IND: beslissingen en voorraden', anchor: 'ind', match: /^ind-/ },
  { id: 'reception', label: 'Opvang', anchor: 'opvang', match: /^(coa-|nidos-)/ },
  { id: 'housing', label: 'Huisvesting en spreiding', anchor: 'huisvesting', match: /^(housing-|spreidingswet-|statushouders-|prt-)/ },
  { id: 'ukraine', label: 'Oekraïense ontheemden', anchor: 'oekraine', match: /^ukraine-/ },
  { id: 'departure', label: 'Vertrek en terugkeer', anchor: 'vertrek', match: /^(departures-|dtv-|detention-)/ },
  { id: 'costs', label: 'Kosten en begroting', anchor: 'kosten', match: /^(asylum-budget-|ind-budget$)/ },
  { id: 'other', label: 'Overig', anchor: 'overig', match: /./ },
];

/** Costs before IND (ind-budget), everything before the catch-all. */
const MATCH_ORDER: readonly Theme['id'][] = ['costs', 'inflow', 'ind', 'reception', 'housing', 'ukraine', 'departure', 'other'];
const byId = new Map(THEMES.map((t) => [t.id, t]));

/** The theme of an indicator. */
export function themeOf(indicator: string): Theme {
  for (const id of MATCH_ORDER) {
    const t = byId.get(id)!;
    if (t.match.test(indicator)) return t;
  }
  return byId.get('other')!;
}

/** The position of an indicator's theme in the reading order. */
export const themeRank = (indicator: string): number => THEMES.indexOf(themeOf(indicator));

/** Indicators grouped by theme in reading order, by label within a theme; empty themes left out. */
export function themeGroups<T extends { id: string; label: string }>(indicators: readonly T[]): { theme: Theme; indicators: T[] }[] {
  return THEMES.map((theme) => ({
    theme,
    indicators: indicators.filter((i) => themeOf(i.id) === theme).sort((a, b) => a.label.localeCompare(b.label, 'nl')),
  })).filter((g) => g.indicators.length > 0);
}
