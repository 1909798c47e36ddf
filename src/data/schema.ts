/**
 * The data contract: one schema per CSV table, the only place the columns, their formats and the
 * vocabularies are written down. Row types are derived from these schemas; `data/README.md`
 * describes the same contract for people.
 */
import { z } from 'zod';
import * as message from '../messages.ts';
import { isCalendarDate, isPeriod } from './period.ts';
import {
  COST_TYPES,
  COST_UNITS,
  FIGURE_KINDS,
  QUALIFIER_SCOPES,
  QUALIFIERS,
  PREFERRED,
  REALISATION_STATUSES,
  type Basis,
  betweenScenarios,
  SCENARIOS,
  type Scenario,
  SET_SCENARIOS,
  SOURCE_FORMS,
  type Unit,
  UNITS,
  VOICES,
} from './vocabulary.ts';

export {
  COST_TYPES,
  COST_UNITS,
  type CostType,
  type CostUnit,
  FIGURE_KINDS,
  type FigureKind,
  QUALIFIERS,
  type Qualifier,
  type Basis,
  SCENARIOS,
  type Scenario,
  UNITS,
  type Unit,
  type Voice,
} from './vocabulary.ts';

// ---------------------------------------------------------------------------------------------
// Cell formats. Every cell arrives as a string; each format says what it expects in its error.

/**
 * Control characters (C0 but tab, line feed and carriage return; DEL; C1): NUL, BEL and ESC have no
 * place in a figure's text, and copied into a download or a terminal they ring, hide text or change
 * colours. Refused in every cell, at the character.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const text = z
  .string()
  .superRefine((s, ctx) => {
    const m = CONTROL.exec(s);
    if (m) ctx.addIssue({ code: 'custom', message: message.cell.control(m[0].charCodeAt(0), m.index + 1) });
  })
  .trim();
const optionalText = text.transform((s) => (s === '' ? null : s));
const required = (what: string) => text.min(1, { error: message.cell.empty(what) });

const slug = required('a lowercase id such as asylum-inflow-total').regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  error: message.cell.slug(),
});
const editionPattern = /^\d{4}(-(0[1-9]|1[0-2]|I{1,3}))?$/;
const editionId = required('an edition id such as 2024-II').regex(editionPattern, {
  error: message.cell.edition(),
});
/** A day of the calendar: 2024-04-31 is written right and is no day. */
const realDay = (s: string) => s.length !== 10 || isCalendarDate(s);
const monthOrDate = required('a date YYYY-MM-DD or month YYYY-MM')
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, { error: message.cell.monthOrDate() })
  .refine(realDay, { error: message.cell.noSuchDate() });
const period = required('a period such as 2025, 2024-H2 or 2027-01-01').refine(isPeriod, {
  error: message.cell.period(),
});
const region = text
  .regex(/^((GM\d{4})|(PV\d{2})|(VR\d{2}))?$/, {
    error: message.cell.region(),
  })
  .transform((s) => (s === '' ? null : s));
const year = required('a year').regex(/^(19|20)\d{2}$/, { error: message.cell.year() })
  .transform(Number);

/** The most digits a number may have: every number of 15 digits is exact as a double (2^53 has 16). */
export const MAX_DIGITS = 15;

/** The columns that hold numbers (`amount`): a comma in them is a decimal comma, refused in a comma-separated file. */
export const NUMBER_COLUMNS: ReadonlySet<string> = new Set(['value', 'value_high', 'amount', 'places', 'emergency_share']);

/**
 * A non-negative amount written plainly. Dutch thousands notation (69.800) is refused because it is
 * ambiguous: 69.800 reads as 69.8 to a computer and as 69800 to a Dutch reader.
 */
const amount = required('a number').transform((s, ctx) => {
  if (/^-?\d{1,3}([.,]\d{3})+$/.test(s)) {
    ctx.addIssue({ code: 'custom', message: message.cell.thousands(s) });
    return z.NEVER;
  }
  if (!/^-?\d+([.,]\d+)?$/.test(s)) {
    ctx.addIssue({ code: 'custom', message: message.cell.number() });
    return z.NEVER;
  }
  const digits = s.replace(/^-/, '').replace(/[.,]/, '').replace(/^0+(?=\d)/, '').length;
  if (digits > MAX_DIGITS) {
    ctx.addIssue({ code: 'custom', message: message.cell.tooManyDigits(digits, MAX_DIGITS) });
    return z.NEVER;
  }
  const n = Number(s.replace(',', '.'));
  if (n < 0) {
    ctx.addIssue({ code: 'custom', message: message.cell.negative() });
    return z.NEVER;
  }
  return n;
});

/** A web address a page may link to: http or https only (a javascript: or data: URL would run in the reader's browser). */
const webAddress = optionalText.refine((s) => s === null || isWebAddress(s), {
  error: message.cell.webAddress(),
});

function isWebAddress(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname !== '' && !/\s/.test(s);
  } catch {
    return false;
  }
}

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: message.cell.oneOf(values) });
const optionalOneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.union([z.literal('').transform(() => null), oneOf(values)], {
    error: message.cell.oneOfOrEmpty(values),
  });

/** Words of `vocabulary` separated by `|`; any other word is the issue `wrong(those words)`. */
const listOf =
  <T extends string>(vocabulary: readonly T[], wrong: (bad: string[]) => string) =>
  (s: string, ctx: { addIssue(issue: { code: 'custom'; message: string }): void }): T[] => {
    const parts = s.split('|').map((p) => p.trim());
    const bad = parts.filter((p) => !(vocabulary as readonly string[]).includes(p));
    if (bad.length > 0) {
      ctx.addIssue({ code: 'custom', message: wrong(bad) });
      return z.NEVER;
    }
    return parts as T[];
  };

const scenarioList = required('a list of scenarios').transform(listOf<Scenario>(SET_SCENARIOS, (bad) => message.cell.scenarioList(SET_SCENARIOS, bad)));

/** A basis: a set scenario, or two joined by `..` for a scenario between them (`medio..maximum`). */
const basis = required('a scenario such as medio, or two such as medio..maximum').refine(
  (s) => (SET_SCENARIOS as readonly string[]).includes(s) || betweenScenarios(s) !== null,
  { error: message.cell.basis(SET_SCENARIOS) },
).transform((s) => s as Basis);

/** Units separated by `|`, or an empty cell. */
const unitWords = listOf<Unit>(UNITS, (bad) => message.cell.unitList(UNITS, bad));
const unitList = text.transform((s, ctx) => (s === '' ? [] : unitWords(s, ctx)));

// ---------------------------------------------------------------------------------------------
// The tables.

const textFile = (example: string) =>
  text.regex(/^([\w-]+\.txt)?$/, { error: message.cell.textFile(example) })
    .transform((s) => (s === '' ? null : s));

export const sourceRow = z.object({
  id: slug,
  title: required('a title'),
  publisher: required('the publisher, such as Ministerie van Asiel en Migratie or IND'),
  /** The day of publication; the month alone when the source gives no day (a StatLine table version). */
  date: monthOrDate,
  form: oneOf(SOURCE_FORMS),
  reference: optionalText,
  /** The text of one of the five letters in ../shared/seeds/. */
  seed: textFile('000_95989be198bb7100.txt'),
  /** A verbatim excerpt of any other source, under data/sources/, so its quotes are checked offline too. */
  excerpt: textFile('ind-asylum-trends-2023.txt'),
  /** `yes` when the excerpt holds only the passages quoted, not the whole source; an optional column. */
  excerpt_partial: optionalOneOf(PREFERRED),
  url: webAddress,
  /** Free text about the source; an optional column. */
  note: optionalText,
});

export const editionRow = z.object({
  id: editionId,
  label: required('a label such as MPP 2024-II'),
  published: monthOrDate,
  scenarios: scenarioList,
  basis,
  source: slug,
  note: optionalText,
});

export const indicatorRow = z.object({
  id: slug,
  label: required('a Dutch label'),
  /** The Dutch address of the indicator's page, /indicatoren/<slug>/: unique, and never changed once published. */
  slug: required('the Dutch address of the page, such as totale-asielinstroom').regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: message.cell.pageSlug(),
  }),
  unit: oneOf(UNITS),
  definition: optionalText,
  /**
   * Units a source may count this indicator in besides `unit`, separated by `|` (an optional column):
   * `persons` where the definition says a statistic counts persons for what the IND counts as
   * applications. A row in such a unit says so in its own `unit`.
   */
  other_units: unitList,
});

/** Where the figure stands in its source and how the source words it. */
const provenance = {
  source: slug,
  voice: optionalOneOf(VOICES),
  location: required('the place in the source, such as p. 2'),
  quote: optionalText,
  note: optionalText,
};

/** A figure as the source prints it: a value, the high end of a range, and its rounding word. */
const figure = {
  value: amount,
  value_high: z.union([z.literal('').transform(() => null), amount]),
  unit: oneOf(UNITS),
  qualifier: optionalOneOf(QUALIFIERS),
  qualifier_scope: optionalOneOf(QUALIFIER_SCOPES),
};

/** Empty for a figure that is not an MPP prognosis; checked against `kind` in validate.ts. */
const optionalEdition = text
  .regex(new RegExp(`(${editionPattern.source})|^$`), {
    error: message.cell.editionOrEmpty(),
  })
  .transform((s) => (s === '' ? null : s));

export const prognosisRow = z.object({
  kind: oneOf(FIGURE_KINDS),
  edition: optionalEdition,
  indicator: slug,
  region,
  scenario: optionalOneOf(SCENARIOS),
  period,
  ...figure,
  ...provenance,
  /** `yes` on the row to use where sources of equal rank and date disagree; an optional column. */
  preferred: optionalOneOf(PREFERRED),
});

export const realisationRow = z.object({
  indicator: slug,
  region,
  period,
  ...figure,
  ...provenance,
  /** Empty (final) or `provisional`; an optional column: a file without it has only final figures. */
  status: optionalOneOf(REALISATION_STATUSES),
  /** As in prognoses.csv. */
  preferred: optionalOneOf(PREFERRED),
});

export const costRow = z.object({
  type: oneOf(COST_TYPES),
  price_year: year,
  amount,
  unit: oneOf(COST_UNITS),
  qualifier: optionalOneOf(QUALIFIERS),
  ...provenance,
});

/** The scenario an edition plans on for one indicator, where it differs from the edition's `basis`. */
export const basisScenarioRow = z.object({
  edition: editionId,
  indicator: slug,
  scenario: basis,
  source: slug,
  location: required('the place in the source, such as p. 12'),
  quote: required('a verbatim quote that names the scenario'),
  note: optionalText,
});

export const costScenarioRow = z.object({
  id: slug,
  kind: oneOf(['mix', 'conversion'] as const),
  label: required('a Dutch label'),
  places: amount,
  emergency_share: amount.refine((n) => n <= 100, { error: message.cell.percentage() }),
  regular_basis: oneOf(['regular', 'half-emergency'] as const),
  price_year: year,
  source: slug,
  location: required('the place in the source, such as p. 2'),
  quote: optionalText,
  note: optionalText,
});

export type Source = z.output<typeof sourceRow>;
export type Edition = z.output<typeof editionRow>;
export type Indicator = z.output<typeof indicatorRow>;
export type Prognosis = z.output<typeof prognosisRow>;
/** A prognosis of an MPP edition: the only kind with an edition and a scenario (validate.ts checks this). */
export type MppPrognosis = Prognosis & { kind: 'mpp'; edition: string; scenario: Scenario };
export const isMppPrognosis = (r: Prognosis): r is MppPrognosis =>
  r.kind === 'mpp' && r.edition !== null && r.scenario !== null;
export type Realisation = z.output<typeof realisationRow>;
export type Cost = z.output<typeof costRow>;
export type CostScenario = z.output<typeof costScenarioRow>;
export type BasisScenario = z.output<typeof basisScenarioRow>;

/** Every table of the data set: its file, its row schema and the columns that identify a row. */
export const TABLES = {
  sources: { file: 'sources.csv', row: sourceRow, key: ['id'] },
  editions: { file: 'editions.csv', row: editionRow, key: ['id'] },
  indicators: { file: 'indicators.csv', row: indicatorRow, key: ['id'] },
  prognoses: {
    file: 'prognoses.csv',
    row: prognosisRow,
    key: ['kind', 'edition', 'indicator', 'region', 'scenario', 'period', 'source'],
  },
  realisations: { file: 'realisations.csv', row: realisationRow, key: ['indicator', 'region', 'period', 'source'] },
  costs: { file: 'costs.csv', row: costRow, key: ['type', 'price_year', 'source'] },
  costScenarios: { file: 'cost-scenarios.csv', row: costScenarioRow, key: ['id'] },
  basisScenarios: { file: 'basis-scenarios.csv', row: basisScenarioRow, key: ['edition', 'indicator'] },
} as const;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** Columns a file may leave out; every row of such a file has the column empty. */
export const OPTIONAL_COLUMNS: Partial<Record<TableName, readonly string[]>> = {
  prognoses: ['preferred'],
  realisations: ['status', 'preferred'],
  sources: ['excerpt_partial', 'note'],
  indicators: ['other_units'],
};

/** The columns of a table, in the order the schema lists them (and the normalised CSV writes them). */
export function columnsOf(table: TableName): string[] {
  return Object.keys(TABLES[table].row.shape);
}

export interface Dataset {
  sources: Source[];
  editions: Edition[];
  indicators: Indicator[];
  prognoses: Prognosis[];
  realisations: Realisation[];
  costs: Cost[];
  costScenarios: CostScenario[];
  basisScenarios: BasisScenario[];
}

type RowOf<T extends TableName> = Dataset[T][number];

/** The stable id of a row: its table and key columns, e.g. `prognoses/2025/asylum-inflow-total//medio/2025/tk-2025-mpp-2025`. */
export function rowId<T extends TableName>(table: T, row: RowOf<T>): string {
  const record = row as unknown as Record<string, unknown>;
  return [table, ...TABLES[table].key.map((k) => String(record[k] ?? ''))].join('/');
}
