/**
 * The vocabularies of the data set, each written down once: scenarios (order, Dutch label, chance
 * of exceedance), qualifiers, units and cost types. The schema validates against these lists,
 * and the model, charts, site, letters and diff take their labels and order from here. The colours
 * of the charts are one vocabulary of their own, in src/charts/colours.ts.
 */

// ---------------------------------------------------------------------------------------------
// Scenarios

/** Every scenario a figure can have, in print order: the ordered set, then a single figure. */
export const SCENARIOS = ['minimum', 'medio', 'mediaan', 'maximum', 'point'] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** The scenarios of an MPP set (a single figure, `point`, is none of them). */
export const SET_SCENARIOS = ['minimum', 'medio', 'mediaan', 'maximum'] as const;
export type SetScenario = (typeof SET_SCENARIOS)[number];

export interface ScenarioTerm {
  /** Dutch label, as the site, letters and diff print it. */
  label: string;
  /** Position in the ordered set (minimum < medio, mediaan < maximum); none for a single figure. */
  rank: number | null;
  /**
   * The chance that the outcome is higher than the scenario, where the letters define it:
   * "In het mediaan scenario is de kans 50% dat de prognose overschreden wordt ten opzichte van een
   * 33% kans van overschrijding in het medio scenario" (MPP 2025 letter).
   */
  exceedance: number | null;
}

export const SCENARIO: Record<Scenario, ScenarioTerm> = {
  minimum: { label: 'minimum', rank: 0, exceedance: null },
  medio: { label: 'medio', rank: 1, exceedance: 0.33 },
  mediaan: { label: 'mediaan', rank: 1, exceedance: 0.5 },
  maximum: { label: 'maximum', rank: 2, exceedance: null },
  point: { label: 'raming', rank: null, exceedance: null },
};

/**
 * The scenario an edition (editions.csv `basis`) or an indicator (basis-scenarios.csv `scenario`)
 * plans on: one of its set scenarios, or a scenario between two of them, written `low..high`
 * ("een scenario tussen het medio en maximum scenario" is `medio..maximum`). A between-basis has
 * no figure of its own in the data: no row carries it, so nothing is paired or told as its figure.
 */
export type BetweenBasis = `${SetScenario}..${SetScenario}`;
export type Basis = SetScenario | BetweenBasis;

/** The two scenarios of a between-basis (`medio..maximum` → medio, maximum); null for a single scenario or other text. */
export function betweenScenarios(basis: string): [SetScenario, SetScenario] | null {
  const parts = basis.split('..');
  if (parts.length !== 2) return null;
  const set = SET_SCENARIOS as readonly string[];
  return set.includes(parts[0]!) && set.includes(parts[1]!) ? (parts as [SetScenario, SetScenario]) : null;
}

/** A basis in Dutch: `medio`; `tussen medio en maximum` for a scenario between two. */
export function basisLabel(basis: Basis | Scenario): string {
  const between = betweenScenarios(basis);
  return between ? `tussen ${SCENARIO[between[0]].label} en ${SCENARIO[between[1]].label}` : SCENARIO[basis as SetScenario].label;
}

/** A basis after "gaat uit van": `het medioscenario`; `een scenario tussen het medio- en het maximumscenario`. */
export function basisPhrase(basis: Basis): string {
  const between = betweenScenarios(basis);
  return between
    ? `een scenario tussen het ${SCENARIO[between[0]].label}- en het ${SCENARIO[between[1]].label}scenario`
    : `het ${SCENARIO[basis as SetScenario].label}scenario`;
}

/** Sort order of scenarios: none ('', a realisation or cost) first, then minimum, medio, mediaan, maximum, point. */
export function compareScenarios(a: string, b: string): number {
  const i = (s: string) => (SCENARIOS as readonly string[]).indexOf(s);
  return i(a) - i(b);
}

/** The pairs of one set whose values must not decrease: low ≤ high (medio and mediaan are not ordered). */
export const SCENARIO_ORDER: [SetScenario, SetScenario][] = SET_SCENARIOS.flatMap((low) =>
  SET_SCENARIOS.filter((high) => SCENARIO[low].rank! < SCENARIO[high].rank!).map(
    (high): [SetScenario, SetScenario] => [low, high],
  ),
);

// ---------------------------------------------------------------------------------------------
// Kinds of figure: whose figure it is. Only an MPP prognosis is shown under an edition's name and
// enters revisions, vintages and forecast against realisation.

export const FIGURE_KINDS = ['mpp', 'target', 'set', 'outlook'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

export interface FigureKindTerm {
  /** Dutch label, as the site and the letters name the kind. */
  label: string;
  /** What the kind means, for the glossary and the data page. */
  definition: string;
}

export const FIGURE_KIND: Record<FigureKind, FigureKindTerm> = {
  mpp: { label: 'MPP-prognose', definition: 'Een raming uit een editie van de Meerjaren Productie Prognose, in een scenario of als enkel getal.' },
  target: { label: 'Doel of afspraak', definition: 'Een doelstelling of afspraak, zoals een productieafspraak met de IND of een ambitie voor de vaste voorraad opvangplekken.' },
  set: { label: 'Vastgesteld cijfer', definition: 'Een cijfer dat bij besluit is vastgesteld, zoals een taakstelling, de capaciteitsraming van de Spreidingswet of een opvangopgave voor gemeenten.' },
  outlook: { label: 'Verwachting of planning', definition: 'De eigen verwachting, planning of aanname van een organisatie buiten een MPP-editie om, zoals de verwachting van het COA over nieuwe locaties of een begrotingsaanname.' },
};

/** Where in a questions-and-answers document a figure stands: a member's question or the minister's answer. */
export const VOICES = ['question', 'answer'] as const;
export type Voice = (typeof VOICES)[number];
export const VOICE: Record<Voice, { label: string }> = {
  question: { label: 'uit een vraag van een Kamerlid' },
  answer: { label: 'uit het antwoord van de minister' },
};

/** What kind of document a source is; a `qa` document's figures say whether they stand in a question or an answer. */
export const SOURCE_FORMS = ['letter', 'qa', 'statistics', 'release'] as const;
export type SourceForm = (typeof SOURCE_FORMS)[number];
export interface SourceFormTerm {
  /** Dutch label of the kind of document. */
  label: string;
  /** What a reader calls the document in a sentence: "nieuwsbericht", "antwoorden op vragen". */
  noun: string;
  /** The same with its article, as `sourceAct` starts: "een nieuwsbericht". */
  a: string;
  /**
   * What its publisher did with it: a letter and answers are sent ("verzonden"), a release and a
   * statistic are published ("gepubliceerd"). A news release is never said to be sent.
   */
  done: 'verzonden' | 'gepubliceerd';
}

export const SOURCE_FORM: Record<SourceForm, SourceFormTerm> = {
  letter: { label: 'brief', noun: 'brief', a: 'een brief', done: 'verzonden' },
  qa: { label: 'vragen en antwoorden', noun: 'antwoorden op vragen', a: 'antwoorden op vragen', done: 'verzonden' },
  statistics: { label: 'statistiek', noun: 'statistiek', a: 'een statistiek', done: 'gepubliceerd' },
  release: { label: 'bericht', noun: 'nieuwsbericht', a: 'een nieuwsbericht', done: 'gepubliceerd' },
};

/**
 * How the site says when an edition appeared. An edition's `published` date is when it was issued;
 * the document that reports it may be of another date and form (a nota months later, a news
 * release), so the edition itself is "uitgebracht", never "verzonden".
 */
export const EDITION_ISSUED = 'uitgebracht';

/** The chamber a parliamentary reference names: "Tweede Kamer, …", "Aanhangsel Handelingen II, …". */
export function chamberOf(reference: string | null): 'Tweede Kamer' | 'Eerste Kamer' | null {
  if (reference === null) return null;
  if (/^(Tweede Kamer|Aanhangsel Handelingen II|Handelingen II)\b/.test(reference)) return 'Tweede Kamer';
  if (/^(Eerste Kamer|Aanhangsel Handelingen I|Handelingen I)\b/.test(reference)) return 'Eerste Kamer';
  return null;
}

/**
 * What a document is and who sent or published it, after its title: "een Kamerbrief, verzonden door het
 * Ministerie van Asiel en Migratie aan de Tweede Kamer"; "antwoorden op vragen uit de Eerste Kamer,
 * verzonden door …"; "een nieuwsbericht, gepubliceerd door CBS". A news release is never "verzonden".
 */
export function sourceAct(s: { form: SourceForm; publisher: string; reference: string | null }): string {
  const term = SOURCE_FORM[s.form];
  const chamber = chamberOf(s.reference);
  // A ministry takes its article; other publishers (COA, IND, CBS, Rijksoverheid) are named as they sign.
  const by = /^Ministerie\b/.test(s.publisher) ? `het ${s.publisher}` : s.publisher;
  switch (s.form) {
    case 'letter':
      return chamber ? `een Kamerbrief, ${term.done} door ${by} aan de ${chamber}` : `${term.a}, ${term.done} door ${by}`;
    case 'qa':
      return `${term.a}${chamber ? ` uit de ${chamber}` : ''}, ${term.done} door ${by}`;
    default:
      return `${term.a}, ${term.done} door ${by}`;
  }
}

/** How a qualifier is meant: for this figure alone, or once for a list of figures that includes it. */
export const QUALIFIER_SCOPES = ['list'] as const;

// ---------------------------------------------------------------------------------------------
// Qualifiers: the rounding words the letters put before a figure.

export const QUALIFIERS = ['ca.', 'ruim', 'bijna', 'ongeveer', 'meer dan', 'minder dan', 'tenminste', 'maximaal'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/**
 * The qualifiers as a regular-expression alternative, `ca\.|ruim|…|maximaal`, for the code that finds
 * a qualified figure in text (the letters' line breaking, the draft's literals, the site's no-break spaces).
 */
export const QUALIFIER_PATTERN = QUALIFIERS.map((q) => q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/** The words that say a figure was rounded (to its last non-zero digit), not bounded: "ca. 4.200". */
export const ROUNDING_QUALIFIERS: ReadonlySet<string> = new Set<Qualifier>(['ca.', 'ongeveer']);
export const isRounded = (q: string | null): boolean => q !== null && ROUNDING_QUALIFIERS.has(q);

/**
 * The status of a realisation: empty when the source gives the figure as final, `provisional` when
 * the source itself marks it as provisional (CBS's `2023*`, "voorlopige cijfers"). A provisional
 * figure may still be revised by its publisher; the site and the downloads say "voorlopig".
 */
export const REALISATION_STATUSES = ['provisional'] as const;

/**
 * `preferred` (an optional column of prognoses.csv and realisations.csv): `yes` on the row the site
 * and the letters use when sources of equal rank and date disagree on a figure (src/model/precedence.ts).
 */
export const PREFERRED = ['yes'] as const;
export type RealisationStatus = (typeof REALISATION_STATUSES)[number];
/** What in a quote shows that the source marks the figure as provisional: an asterisk or the word. */
export const PROVISIONAL_MARK = /\*|voorlopig/i;

// ---------------------------------------------------------------------------------------------
// Units

export const UNITS = [
  'applications',
  'persons',
  'places',
  'cases',
  'decisions',
  'departures',
  'fte',
  'percent',
  'locations',
  'eur',
] as const;
export type Unit = (typeof UNITS)[number];

export interface UnitTerm {
  /** The unit as a table column or figure label names it ("aanvragen", "vte"). */
  label: string;
  /** The noun a sentence puts after a change in this unit ("een stijging van 7.000 asielaanvragen"). */
  noun: string;
}

/** Staff is counted in full-time equivalents; the data's definitions write them "vte", as the IND table does. */
export const UNIT: Record<Unit, UnitTerm> = {
  applications: { label: 'aanvragen', noun: 'asielaanvragen' },
  persons: { label: 'personen', noun: 'personen' },
  places: { label: 'plekken', noun: 'plekken' },
  cases: { label: 'zaken', noun: 'zaken' },
  decisions: { label: 'beslissingen', noun: 'beslissingen' },
  departures: { label: 'vertrekken', noun: 'vertrekken' },
  fte: { label: 'vte', noun: 'vte' },
  percent: { label: 'procent', noun: 'procentpunt' },
  locations: { label: 'locaties', noun: 'locaties' },
  eur: { label: 'euro', noun: 'euro' },
};

// ---------------------------------------------------------------------------------------------
// Costs

export const COST_UNITS = ['eur-per-place-per-year', 'eur-per-place-per-night', 'eur-one-off'] as const;
export type CostUnit = (typeof COST_UNITS)[number];

export const COST_TYPES = [
  'regular',
  'emergency-average',
  'hotel',
  'cruise-ship',
  'tgo',
  'ukraine-norm',
  'har-plus',
] as const;
export type CostType = (typeof COST_TYPES)[number];

export interface CostTypeTerm {
  /** Dutch label of the kind of place or amount. */
  label: string;
  /** The unit its amount is stated in: a guard against a nightly norm filed as a yearly cost. */
  unit: CostUnit;
  /** "een opvangplek in een hotel": the place in a sentence; null where a letter states none. */
  place: string | null;
}

export const COST_TYPE: Record<CostType, CostTypeTerm> = {
  regular: { label: 'Reguliere opvang (azc)', unit: 'eur-per-place-per-year', place: 'een reguliere opvangplek' },
  'emergency-average': { label: 'Noodopvang, gemiddeld', unit: 'eur-per-place-per-year', place: 'een noodopvangplek' },
  hotel: { label: 'Hotel', unit: 'eur-per-place-per-year', place: 'een opvangplek in een hotel' },
  'cruise-ship': { label: 'Cruiseschip', unit: 'eur-per-place-per-year', place: 'een opvangplek op een cruiseschip' },
  tgo: {
    label: 'Tijdelijke gemeentelijke opvang (TGO)',
    unit: 'eur-per-place-per-year',
    place: 'een plek in tijdelijke gemeentelijke opvang (TGO)',
  },
  'ukraine-norm': { label: 'Normbedrag gemeentelijke opvang Oekraïners', unit: 'eur-per-place-per-night', place: null },
  'har-plus': { label: 'HAR+ (eenmalig per statushouder)', unit: 'eur-one-off', place: null },
};

/** A table of one field of a vocabulary: `termsOf(SCENARIO, 'label')` → { minimum: 'minimum', … }. */
export function termsOf<K extends string, T, F extends keyof T>(vocabulary: Record<K, T>, field: F): Record<K, T[F]> {
  return Object.fromEntries(Object.entries(vocabulary).map(([k, v]) => [k, (v as T)[field]])) as Record<K, T[F]>;
}
