/**
 * Which letters exist and what goes in them: for every MPP edition a letter to the Tweede Kamer, and
 * a letter to provinces and municipalities for the editions that set a task for municipalities.
 */
import type { Dataset, Edition } from '../data/schema.ts';
import { INDICATOR } from '../data/indicators.ts';
import { lastDayOf } from '../data/period.ts';

export type LetterKind = 'tweede-kamer' | 'gemeenten';
export type SectionId = 'instroom' | 'opvang' | 'uitstroom' | 'oekraine' | 'kosten' | 'huisvesting';

/**
 * The indicators that set a task for municipalities. An edition gets a letter to provinces and
 * municipalities when it has a national figure for one of them:
 * - `housing-quota`: the taakstelling huisvesting statushouders;
 * - `ukraine-municipal-capacity-need`: the opvangopgave for the gemeentelijke opvang Oekraïners;
 * - `spreidingswet-capacity-estimate`: the reception places the Spreidingswet distributes over municipalities.
 * `coa-capacity-need` is deliberately not one of them: it is the COA's need, which the Spreidingswet
 * estimate (not the MPP figure itself) turns into a task for municipalities.
 */
export const MUNICIPAL_TASK_INDICATORS = [
  INDICATOR.housingQuota,
  INDICATOR.ukraineCapacityNeed,
  INDICATOR.spreidingswet,
] as const;

/** The sections of each letter, in print order. */
export const LETTER_SECTIONS: Record<LetterKind, SectionId[]> = {
  'tweede-kamer': ['instroom', 'opvang', 'uitstroom', 'oekraine', 'kosten'],
  gemeenten: ['instroom', 'opvang', 'huisvesting', 'oekraine', 'kosten'],
};

/** The short Dutch names of the letters and their sections, as lists and reports name them. */
export const LETTER_LABEL: Record<LetterKind, string> = { 'tweede-kamer': 'Kamerbrief', gemeenten: 'brief aan gemeenten' };
export const SECTION_LABEL: Record<SectionId, string> = {
  instroom: 'instroom',
  opvang: 'opvang',
  uitstroom: 'uitstroom',
  oekraine: 'Oekraïense ontheemden',
  kosten: 'kosten',
  huisvesting: 'huisvesting statushouders',
};

/**
 * The section an indicator belongs to in a letter, or null when the letter leaves it out. The letter
 * to the Tweede Kamer covers the whole chain; the letter to municipalities only what concerns them.
 */
export function sectionOf(indicator: string, letter: LetterKind): SectionId | null {
  if (letter === 'tweede-kamer') {
    if (/^(asylum-|ind-)/.test(indicator)) return 'instroom';
    if (/^(coa-|spreidingswet-|nidos-wards)/.test(indicator)) return 'opvang';
    if (/^(housing-|nidos-|dtv-|departures-|detention-)/.test(indicator)) return 'uitstroom';
    if (/^ukraine-/.test(indicator)) return 'oekraine';
    return null;
  }
  if (indicator === INDICATOR.inflowTotal) return 'instroom';
  if (
    indicator.startsWith(INDICATOR.capacityNeed) ||
    indicator === INDICATOR.occupancyStatushouders ||
    indicator.startsWith(INDICATOR.spreidingswet)
  ) {
    return 'opvang';
  }
  if (indicator.startsWith(INDICATOR.housingQuota) || indicator === INDICATOR.nidosCapacityNeed) return 'huisvesting';
  if (/^ukraine-/.test(indicator)) return 'oekraine';
  return null;
}

/**
 * The letters an edition gets: the letter to municipalities when there is a task for them, forecast
 * by the edition or set (a taakstelling, an opgave) in a document of the edition's period.
 */
export function lettersOf(data: Dataset, edition: string): LetterKind[] {
  const e = data.editions.find((x) => x.id === edition);
  const ofPeriod = e ? sourcesOfPeriod(data, e) : () => false;
  const municipal = data.prognoses.some(
    (p) =>
      p.region === null &&
      (MUNICIPAL_TASK_INDICATORS as readonly string[]).includes(p.indicator) &&
      (p.kind === 'mpp' ? p.edition === edition : ofPeriod(p.source)),
  );
  return municipal ? ['tweede-kamer', 'gemeenten'] : ['tweede-kamer'];
}

/** The short name of an edition as the letters write it after "MPP": `2024-II`, `februari 2022`. */
export function editionShort(e: Edition): string {
  return e.label.replace(/^MPP\s+/, '');
}

export function letterPath(edition: string, letter: LetterKind): string {
  return `brieven/mpp-${edition}-${letter}.pdf`;
}

/** The document title (PDF title, link text on the site). */
export function letterTitle(e: Edition, letter: LetterKind): string {
  return letter === 'tweede-kamer'
    ? `Kamerbrief ${e.label}`
    : `Brief aan provincies, gemeenten en woningcorporaties over de ${e.label}`;
}

/** The "Onderwerp" of the letter (and the PDF subject): what the letter is about, by the sections it has. */
export function letterSubject(e: Edition, letter: LetterKind, sections: SectionId[]): string {
  if (letter === 'tweede-kamer') {
    const parts = ['asielketen'];
    if (sections.includes('oekraine')) parts.push('Oekraïense ontheemden');
    return `Actuele situatie ${parts.join(' en ')}: uitkomsten ${e.label}`;
  }
  const parts: string[] = [];
  if (sections.includes('opvang') || sections.includes('instroom')) parts.push('opvang van asielzoekers');
  if (sections.includes('oekraine')) parts.push('opvang van Oekraïense ontheemden');
  if (sections.includes('huisvesting')) parts.push('taakstelling huisvesting statushouders');
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}` : (parts[0] ?? 'opgaven voor gemeenten');
  return `${list.charAt(0).toUpperCase()}${list.slice(1)} (${e.label})`;
}

/** The end of the day or month an edition was published, for "known at publication" checks. */
export function publishedEnd(e: Edition): string {
  return lastDayOf(e.published);
}

/** Whether a source was out when the edition was published (a source not in sources.csv never was). */
export function knownSources(data: Dataset, e: Edition): (source: string) => boolean {
  const end = publishedEnd(e);
  const date = new Map(data.sources.map((s) => [s.id, s.date]));
  return (source) => (date.get(source) ?? '9999') <= end;
}

/**
 * Whether a source belongs to the period of edition `e`: dated on or after its publication and before
 * the next edition's. The letters of an edition state the targets, set figures and outlooks of that
 * period in their own right, never as figures of the MPP.
 */
export function sourcesOfPeriod(data: Dataset, e: Edition): (source: string) => boolean {
  const next = data.editions
    .map((x) => x.published)
    .filter((p) => p > e.published)
    .sort()[0];
  const date = new Map(data.sources.map((s) => [s.id, s.date]));
  return (source) => {
    const d = date.get(source);
    return d !== undefined && d >= e.published && (next === undefined || d < next);
  };
}
