/**
 * The one vocabulary of the derived tables: for each flat table of the model its file name, its
 * Dutch title and description (the site's data page), its columns, the columns that identify a row
 * (the diff matches rows on them) and its rows. The downloads, the data page and the diff all read
 * this list.
 */
import { SCENARIOS } from '../data/vocabulary.ts';
import type { Scenario } from '../data/schema.ts';
import { accuracyRecords } from '../model/accuracy.ts';
import { type FigureKey, figureId } from '../model/figures.ts';
import type { Model } from '../model/index.ts';
import { vintageRecords } from '../model/vintages.ts';

export interface DerivedTable {
  /** The file name without extension: `data/derived/<name>.csv` and `.json`. */
  name: string;
  title: string;
  /** What the table holds, for the data page. */
  text: string;
  columns: string[];
  /** The columns that identify a row. */
  key: string[];
  rows: (m: Model) => Record<string, unknown>[];
  /** The full structure for the JSON download, with the input row ids of every figure. */
  json: (m: Model) => unknown;
}

/** A derived table of one model: its columns, identifying columns and rows. */
export interface FlatTable {
  columns: string[];
  key: string[];
  rows: Record<string, unknown>[];
}

const round = (n: number | null, d = 6) => (n === null ? null : Math.round(n * 10 ** d) / 10 ** d);
/** The input row ids a figure rests on, as one cell. */
const rowIds = (r: { rows: string[] }) => r.rows.join(' ');

/** A figure's rounding word and whether it stands only in a member's question. */
interface Marks {
  qualifier: string | null;
  fromQuestion: boolean;
}

/**
 * The marks of the model's forecasts and realisations, looked up by figure: every table that writes
 * a figure writes these beside it, so "ca." and "ruim" and the question marker survive. Made once
 * per table (each figure indexed once; a search of every forecast for every row took the 100×
 * synthetic build 25 s).
 */
function marksOf(m: Model) {
  const place = (indicator: string, region: string | null, period: string) => [indicator, region ?? '', period].join('\u0000');
  const marks = (x: { qualifier: string | null; voice: string | null }): Marks => ({ qualifier: x.qualifier ?? null, fromQuestion: x.voice === 'question' });
  // Each figure is resolved once in the model, so each key is met once.
  const forecasts = new Map(m.forecasts.map((f) => [figureId(f), marks(f)]));
  const actuals = new Map(m.actuals.map((a) => [place(a.indicator, a.region, a.period), marks(a)]));
  const none: Marks = { qualifier: null, fromQuestion: false };
  return {
    forecast: (key: FigureKey): Marks => forecasts.get(figureId(key)) ?? none,
    actual: (indicator: string, region: string | null, period: string | null): Marks => (period === null ? none : (actuals.get(place(indicator, region, period)) ?? none)),
  };
}

const QUALIFIER_COLUMNS = SCENARIOS.map((s) => `${s}_qualifier`);

export const DERIVED_TABLES: readonly DerivedTable[] = [
  {
    name: 'scenario-tables',
    title: 'Scenariotabellen',
    text: 'Per editie, indicator en periode de scenario’s naast elkaar, met de bandbreedte (maximum − minimum).',
    columns: ['edition', 'indicator', 'region', 'period', ...SCENARIOS, 'band', ...QUALIFIER_COLUMNS, 'from_question', 'rows'],
    key: ['edition', 'indicator', 'region', 'period'],
    json: (m) => m.scenarioTables,
    rows: (m) => {
      const marks = marksOf(m);
      return m.scenarioTables.flatMap((t) =>
        t.periods.map((p) => ({
          edition: t.edition,
          indicator: t.indicator,
          region: t.region,
          period: p.period,
          ...p.values,
          band: p.band,
          ...Object.fromEntries(SCENARIOS.map((s) => [`${s}_qualifier`, p.qualifiers[s] ?? null])),
          // The scenarios whose figure stands only in a member's question, space-separated.
          from_question:
            (Object.keys(p.values) as Scenario[])
              .filter((s) => marks.forecast({ edition: t.edition, indicator: t.indicator, region: t.region, scenario: s, period: p.period }).fromQuestion)
              .join(' ') || null,
          rows: rowIds(p),
        })),
      );
    },
  },
  {
    name: 'revisions',
    title: 'Bijstellingen',
    text: 'Elk cijfer tegenover de vorige editie met hetzelfde cijfer: oud, nieuw, absolute en relatieve verandering; previous_scenario wijkt af bij de overstap van medio naar mediaan.',
    columns: ['edition', 'previous', 'indicator', 'region', 'period', 'scenario', 'previous_scenario', 'old', 'new', 'change', 'relative', 'old_qualifier', 'old_from_question', 'new_qualifier', 'new_from_question', 'rows'],
    // One revision per figure of an edition; the edition it is compared with may change (a new edition in between).
    key: ['edition', 'indicator', 'region', 'period', 'scenario'],
    json: (m) => m.revisions,
    rows: (m) => {
      const marks = marksOf(m);
      return m.revisions.map((r) => {
        const old = marks.forecast({ edition: r.previous, indicator: r.indicator, region: r.region, scenario: r.previousScenario, period: r.period });
        const now = marks.forecast({ edition: r.edition, indicator: r.indicator, region: r.region, scenario: r.scenario, period: r.period });
        return {
          ...r,
          old_qualifier: old.qualifier,
          old_from_question: old.fromQuestion,
          new_qualifier: now.qualifier,
          new_from_question: now.fromQuestion,
          previous_scenario: r.previousScenario,
          relative: round(r.relative),
          rows: rowIds(r),
        };
      });
    },
  },
  {
    name: 'vintages',
    title: 'Ramingen en realisatie',
    text: 'Per indicator en periode de centrale raming van elke editie, de realisatie, de afwijking en of de realisatie binnen de bandbreedte viel.',
    columns: [
      'indicator', 'region', 'period', 'edition', 'scenario', 'forecast', 'forecast_qualifier', 'forecast_from_question',
      'minimum', 'maximum', 'realisation', 'realisation_qualifier', 'realisation_from_question', 'error', 'relative_error', 'in_band', 'rows',
    ],
    key: ['indicator', 'region', 'period', 'edition'],
    json: (m) => m.vintages,
    rows: (m) => {
      const marks = marksOf(m);
      return m.vintages.flatMap((v) => {
        const real = marks.actual(v.indicator, v.region, v.realisationPeriod);
        return vintageRecords([v]).map((r) => {
          const f = marks.forecast({ edition: r.edition, indicator: r.indicator, region: r.region, scenario: r.scenario, period: r.period });
          return {
            ...r,
            forecast_qualifier: f.qualifier,
            forecast_from_question: f.fromQuestion,
            realisation_qualifier: v.realisationQualifier,
            realisation_from_question: real.fromQuestion,
            rows: rowIds(r),
          };
        });
      });
    },
  },
  {
    name: 'accuracy',
    title: 'Nauwkeurigheid van de ramingen',
    text:
      'Elke raming naast de realisatie van hetzelfde (zelfde definitie, periode en regio; het basisscenario van de editie en haar band), per horizon: ' +
      'raming, band, realisatie, afwijking (absoluut en relatief) en of de realisatie binnen de band viel. Afrondingswoorden, vraag-markering en voorlopige status staan in eigen kolommen.',
    columns: [
      'indicator', 'region', 'period', 'edition', 'horizon', 'scenario', 'forecast', 'forecast_qualifier', 'forecast_from_question',
      'minimum', 'minimum_qualifier', 'maximum', 'maximum_qualifier', 'realisation', 'realisation_period', 'realisation_qualifier',
      'realisation_from_question', 'realisation_status', 'realisation_computed', 'error', 'relative_error', 'in_band', 'rows',
    ],
    key: ['indicator', 'region', 'period', 'edition'],
    json: (m) => m.accuracy,
    rows: (m) => accuracyRecords(m.accuracy.pairs).map((r) => ({ ...r, rows: rowIds(r) })),
  },
  {
    name: 'place-costs',
    title: 'Kosten per opvangplek',
    text: 'Kosten per plek per jaar en per dag en als veelvoud van een reguliere plek, per prijspeil.',
    columns: ['type', 'price_year', 'per_year', 'per_day', 'multiple_of_regular', 'stated', 'rows'],
    key: ['type', 'price_year'],
    json: (m) => m.placeCosts,
    rows: (m) =>
      m.placeCosts.map((c) => ({
        type: c.type,
        price_year: c.priceYear,
        per_year: c.perYear,
        per_day: round(c.perDay, 2),
        multiple_of_regular: round(c.multipleOfRegular, 4),
        stated: c.stated,
        rows: rowIds(c),
      })),
  },
  {
    name: 'cost-calculations',
    title: 'Kostenberekeningen',
    text: 'De kosten van een capaciteitsmix en de besparing door noodopvang om te zetten in reguliere opvang.',
    columns: ['id', 'kind', 'places', 'emergency_share', 'price_year', 'emergency_per_year', 'regular_per_year', 'total', 'rows'],
    key: ['id'],
    json: (m) => m.costCalculations,
    rows: (m) =>
      m.costCalculations.map((c) => ({
        ...c,
        emergency_share: c.emergencyShare,
        price_year: c.priceYear,
        emergency_per_year: c.emergencyPerYear,
        regular_per_year: c.regularPerYear,
        total: round(c.total, 2),
        rows: rowIds(c),
      })),
  },
];

/** The derived tables of a model, by name, in the order of DERIVED_TABLES. */
export function derivedTables(m: Model): Record<string, FlatTable> {
  return Object.fromEntries(DERIVED_TABLES.map((t) => [t.name, { columns: t.columns, key: t.key, rows: t.rows(m) }]));
}

/** The Dutch title of a derived table, or undefined for a name the vocabulary does not know. */
export function derivedTitle(name: string): string | undefined {
  return DERIVED_TABLES.find((t) => t.name === name)?.title;
}
