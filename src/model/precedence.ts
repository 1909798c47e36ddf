/**
 * Which source's value of a figure the site and the letters use when several sources give it:
 * one documented order (data/README.md, "When sources disagree").
 *
 * 1. a row marked `preferred` (the analyst's choice where the order below cannot decide);
 * 2. the document that reports the edition (editions.csv `source`), for that edition's figures;
 * 3. other letters to parliament or to municipalities (form `letter`);
 * 4. answers to questions (form `qa`, voice `answer`);
 * 5. news releases (form `release`);
 * 6. organisations' statistics and web pages (form `statistics`);
 * 7. a member's question (voice `question`): a figure a question cites is the member's, not the minister's;
 *
 * then the newest source first. Two rows of the same rank and date that disagree cannot be ordered:
 * src/sources/disagreements.ts makes that a located error until one is marked `preferred`.
 */
import type { Dataset, Prognosis, Voice } from '../data/schema.ts';
import type { SourceForm } from '../data/vocabulary.ts';

/** The ranks, best first, with the Dutch words the site and the build's warnings use. */
export const PRECEDENCE = [
  { id: 'preferred', label: 'gemarkeerd als te gebruiken' },
  { id: 'reporting', label: 'het document dat de editie rapporteert' },
  { id: 'letter', label: 'een brief aan de Kamer of de gemeenten' },
  { id: 'answer', label: 'een antwoord op vragen' },
  { id: 'release', label: 'een nieuwsbericht' },
  { id: 'statistics', label: 'statistiek of een webpagina van een organisatie' },
  { id: 'question', label: 'een vraag van een Kamerlid' },
] as const;

export type Rank = (typeof PRECEDENCE)[number]['id'];

/** What a row needs to be ranked: its source and voice, its edition when it is a prognosis, and the preferred mark. */
export interface Rankable {
  source: string;
  voice: Voice | null;
  edition?: Prognosis['edition'];
  preferred?: 'yes' | null;
}

const FORM_RANK: Record<SourceForm, Rank> = { letter: 'letter', qa: 'answer', release: 'release', statistics: 'statistics' };

export interface Precedence {
  rank(row: Rankable): Rank;
  /** Best first: by rank, then the newest source, then the source id (so the order is always the same). */
  compare(a: Rankable, b: Rankable): number;
  /** Whether the order of two rows is decided by their rank or date (not only by the id that keeps it stable). */
  decided(a: Rankable, b: Rankable): boolean;
  date(source: string): string;
}

export function precedence(data: Pick<Dataset, 'sources' | 'editions'>): Precedence {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const reporting = new Map(data.editions.map((e) => [e.id, e.source]));
  const rank = (r: Rankable): Rank => {
    if (r.preferred === 'yes') return 'preferred';
    if (r.voice === 'question') return 'question';
    if (r.edition && reporting.get(r.edition) === r.source) return 'reporting';
    const form = sources.get(r.source)?.form;
    return form ? FORM_RANK[form] : 'statistics';
  };
  const order = (r: Rankable) => PRECEDENCE.findIndex((p) => p.id === rank(r));
  const date = (source: string) => sources.get(source)?.date ?? '';
  const decided = (a: Rankable, b: Rankable) => order(a) !== order(b) || date(a.source) !== date(b.source);
  return {
    rank,
    date,
    decided,
    compare: (a, b) => order(a) - order(b) || date(b.source).localeCompare(date(a.source)) || a.source.localeCompare(b.source),
  };
}
