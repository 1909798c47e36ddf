/**
 * The one vocabulary of the derived tables: for each flat table of the model its file name, its
 * Dutch title and description (the site's data page), its columns, the columns that identify a row
 * (the diff matches rows on them) and its rows. The downloads, the data page and the diff all read
 * this list.
 */
import { SCENARIOS } from '../data/vocabulary.ts';
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

export const DERIVED_TABLES: readonly DerivedTable[] = [
  {
    name: 'scenario-tables',
    title: 'Scenariotabellen',
    text: 'Per editie, indicator en periode de scenario’s naast elkaar, met de bandbreedte (maximum − minimum).',
    columns: ['edition', 'indicator', 'region', 'period', ...SCENARIOS, 'band', 'rows'],
    key: ['edition', 'indicator', 'region', 'period'],
    json: (m) => m.scenarioTables,
    rows: (m) =>
      m.scenarioTables.flatMap((t) =>
        t.periods.map((p) => ({
          edition: t.edition,
          indicator: t.indicator,
          region: t.region,
          period: p.period,
          ...p.values,
          band: p.band,
          rows: rowIds(p),
        })),
      ),
  },
  {
    name: 'revisions',
    title: 'Bijstellingen',
    text: 'Elk cijfer tegenover de vorige editie met hetzelfde cijfer: oud, nieuw, absolute en relatieve verandering; previous_scenario wijkt af bij de overstap van medio naar mediaan.',
    columns: ['edition', 'previous', 'indicator', 'region', 'period', 'scenario', 'previous_scenario', 'old', 'new', 'change', 'relative', 'rows'],
    // One revision per figure of an edition; the edition it is compared with may change (a new edition in between).
    key: ['edition', 'indicator', 'region', 'period', 'scenario'],
    json: (m) => m.revisions,
    rows: (m) =>
      m.revisions.map((r) => ({
        ...r,
        previous_scenario: r.previousScenario,
        relative: round(r.relative),
        rows: rowIds(r),
      })),
  },
  {
    name: 'vintages',
    title: 'Ramingen en realisatie',
    text: 'Per indicator en periode de centrale raming van elke editie, de realisatie, de afwijking en of de realisatie binnen de bandbreedte viel.',
    columns: ['indicator', 'region', 'period', 'edition', 'scenario', 'forecast', 'minimum', 'maximum', 'realisation', 'error', 'relative_error', 'in_band', 'rows'],
    key: ['indicator', 'region', 'period', 'edition'],
    json: (m) => m.vintages,
    rows: (m) => vintageRecords(m.vintages).map((r) => ({ ...r, rows: rowIds(r) })),
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
