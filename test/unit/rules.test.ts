/**
 * Every data rule, triggered: one case per message of the catalogue's file, cell and table sections
 * (src/messages.ts), each damaging a scratch copy of the shipped data as an analyst might and
 * expecting that message at the file, line and column of the damage. The last test checks that the
 * cases cover the whole catalogue, so a new rule without a case, or a rule whose check was removed,
 * fails here.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadDataset } from '../../src/data/load.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { COST_TYPE, FIGURE_KIND, QUALIFIERS, SET_SCENARIOS, UNITS } from '../../src/data/vocabulary.ts';
import { NAMED_INDICATORS } from '../../src/data/indicators.ts';
import { loadSenders } from '../../src/letters/written/senders.ts';
import { loadCheckedDataset } from '../../src/sources/quotes.ts';
import { type DataError, DataValidationError, formatError } from '../../src/errors.ts';
import * as message from '../../src/messages.ts';
import { scratchData } from '../support/helpers.ts';
import { addColumn, addRow, removeRows, rowOf, setCell } from '../support/csv-edit.ts';

/** Where a case expects its message: the table's file, and the line and column when the rule names a cell. */
interface Expected {
  table: string;
  line: number;
  column?: number;
  message: string;
}

interface Case {
  /** The catalogue entry, `section.name`. */
  key: string;
  /** The mistake, as an analyst would make it. */
  mistake: string;
  damage(dir: string): Promise<Expected | Expected[]>;
  /** The senders and signatories are loaded by the letters, not the data set; the quotes are checked by the build's load. */
  load?: 'senders' | 'checked';
}

let base: Dataset;
const P = 'prognoses.csv';
const R = 'realisations.csv';
const C = 'costs.csv';
const S = 'sources.csv';
const E = 'editions.csv';
const I = 'indicators.csv';
const B = 'basis-scenarios.csv';
const CS = 'cost-scenarios.csv';

/** The column number of `name` in `table`'s header. */
async function col(dir: string, table: string, name: string): Promise<number> {
  const header = (await readFile(path.join(dir, table), 'utf8')).replace(/^\uFEFF/, '').split('\n')[0]!.split(',');
  const i = header.indexOf(name);
  if (i < 0) throw new Error(`fixture: no column ${name} in ${table}`);
  return i + 1;
}

/** Set one cell and expect `msg` at it. */
async function cellCase(dir: string, table: string, key: Parameters<typeof setCell>[2], column: string, value: string, msg: string): Promise<Expected> {
  const line = await setCell(dir, table, key, column, value);
  return { table, line, column: await col(dir, table, column), message: msg };
}

/** Set one cell of the IND's 2022 first applications (excerpt-backed) and expect `msg` at the row's quote. */
async function quoteCase(dir: string, column: string, value: string, msg: string): Promise<Expected> {
  const line = await setCell(dir, R, 'asylum-inflow-first', column, value);
  return { table: R, line, column: await col(dir, R, 'quote'), message: msg };
}

const isRow = (o: Record<string, string>) => (r: Record<string, string>) => Object.entries(o).every(([k, v]) => r[k] === v);

/** A valid MPP prognosis of MPP 2025 for a period the shipped data lacks. */
const prognosis = (o: Record<string, string> = {}) => ({
  kind: 'mpp',
  edition: '2025',
  indicator: 'asylum-inflow-total',
  scenario: 'medio',
  period: '2031',
  value: '50000',
  unit: 'applications',
  source: 'tk-2025-mpp-2025',
  location: 'p. 2',
  ...o,
});

async function prognosisCase(dir: string, o: Record<string, string>, column: string, msg: string): Promise<Expected> {
  const line = await addRow(dir, P, prognosis(o));
  return { table: P, line, column: await col(dir, P, column), message: msg };
}

const idsOf = (rows: { id: string }[]) => rows.map((r) => r.id).sort();


/**
 * Two news releases of one day that give the 2031 first applications (a period no other row has)
 * as 52000 and 53000, each with its excerpt: sources of equal rank and date that disagree.
 */
async function twoReleases(dir: string, preferred: [string, string] | null = null): Promise<[number, number]> {
  for (const [id, value] of [['persbericht-a', '52.000'], ['persbericht-b', '53.000']] as const) {
    await addRow(dir, S, { id, title: `Persbericht ${id}`, publisher: 'IND', date: '2031-01-10', form: 'release', excerpt: `${id}.txt` });
    await writeFile(path.join(dir, 'sources', `${id}.txt`), `In 2031 deden ${value} mensen een eerste asielaanvraag.\n`);
  }
  if (preferred) await addColumn(dir, R, 'preferred');
  const row = (source: string, value: string, quote: string, mark: string) => ({
    indicator: 'asylum-inflow-first', period: '2031', value, unit: 'applications', source, location: 'p. 1', quote, ...(preferred ? { preferred: mark } : {}),
  });
  const a = await addRow(dir, R, row('persbericht-a', '52000', 'In 2031 deden 52.000 mensen', preferred?.[0] ?? ''));
  const b = await addRow(dir, R, row('persbericht-b', '53000', 'In 2031 deden 53.000 mensen', preferred?.[1] ?? ''));
  return [a, b];
}

const CASES: Case[] = [
  // ---- file: the file as a whole, its encoding, its header and its cells per line
  {
    key: 'file.missing',
    mistake: 'costs.csv deleted',
    async damage(dir) {
      await rm(path.join(dir, C));
      return { table: C, line: 1, column: 1, message: message.file.missing(C) };
    },
  },
  {
    key: 'file.missingForLetters',
    mistake: 'letters/senders.csv deleted',
    load: 'senders',
    async damage(dir) {
      await rm(path.join(dir, 'letters', 'senders.csv'));
      return { table: 'letters/senders.csv', line: 1, column: 1, message: message.file.missingForLetters('senders.csv') };
    },
  },
  {
    key: 'file.utf16',
    mistake: 'indicators.csv saved from Excel as "Unicode-tekst"',
    async damage(dir) {
      const text = await readFile(path.join(dir, I), 'utf8');
      await writeFile(path.join(dir, I), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
      return { table: I, line: 1, message: message.file.utf16() };
    },
  },
  {
    key: 'file.unknownEncoding',
    mistake: 'a byte that is neither UTF-8 nor Windows-1252 (0x81) in a note',
    async damage(dir) {
      const file = path.join(dir, C);
      const lines = (await readFile(file, 'latin1')).split('\n');
      lines[2] = lines[2]!.replace(/,([^,]*)$/, ',x\u0081y');
      await writeFile(file, Buffer.from(lines.join('\n'), 'latin1'));
      return { table: C, line: 3, message: message.file.unknownEncoding(0x81) };
    },
  },
  {
    key: 'file.mixedEncoding',
    mistake: 'a row typed in UTF-8 ("ë") and a later one pasted in Windows-1252 ("é" as one byte)',
    async damage(dir) {
      const file = path.join(dir, C);
      const lines = (await readFile(file)).toString('utf8').split('\n');
      const utf8 = Buffer.from(lines.slice(0, 4).join('\n') + '\n', 'utf8');
      const rest = lines.slice(4);
      rest[0] = rest[0]!.replace(/,([^,]*)$/, ',caf\u00e9');
      await writeFile(file, Buffer.concat([utf8, Buffer.from(rest.join('\n'), 'latin1')]));
      return { table: C, line: 5, message: message.file.mixedEncoding() };
    },
  },
  {
    key: 'file.malformed',
    mistake: 'a quote opened and never closed in the last row',
    async damage(dir) {
      const file = path.join(dir, I);
      const text = (await readFile(file, 'utf8')).trimEnd();
      const line = text.split('\n').length + 1;
      await writeFile(file, `${text}\nnieuw,"Nieuw,nieuw,persons,\n`);
      return { table: I, line, message: message.file.malformed('Quoted field unterminated') };
    },
  },
  {
    key: 'file.cellCount',
    mistake: 'a row with two cells where the header has six',
    async damage(dir) {
      const file = path.join(dir, I);
      const text = (await readFile(file, 'utf8')).trimEnd();
      const line = text.split('\n').length + 1;
      await writeFile(file, `${text}\nnieuw,Nieuw\n`);
      return { table: I, line, column: 3, message: message.file.cellCount(6, 2, ',') };
    },
  },
  {
    key: 'file.missingColumn',
    mistake: 'the column "definition" renamed to "definitie"',
    async damage(dir) {
      const file = path.join(dir, I);
      await writeFile(file, (await readFile(file, 'utf8')).replace('unit,definition', 'unit,definitie'));
      return { table: I, line: 1, message: message.file.missingColumn('definition', ['id', 'label', 'slug', 'unit', 'definition', 'other_units']) };
    },
  },
  {
    key: 'file.unknownColumn',
    mistake: 'the same rename, seen from the header',
    async damage(dir) {
      const file = path.join(dir, I);
      await writeFile(file, (await readFile(file, 'utf8')).replace('unit,definition', 'unit,definitie'));
      return { table: I, line: 1, column: 5, message: message.file.unknownColumn(['id', 'label', 'slug', 'unit', 'definition', 'other_units']) };
    },
  },
  {
    key: 'file.duplicateColumn',
    mistake: '"label" twice in the header',
    async damage(dir) {
      const file = path.join(dir, I);
      await writeFile(file, (await readFile(file, 'utf8')).replace('id,label,slug', 'id,label,label'));
      return { table: I, line: 1, column: 3, message: message.file.duplicateColumn() };
    },
  },

  {
    key: 'file.control',
    mistake: 'a BEL character pasted into a stored excerpt',
    async damage(dir) {
      const file = path.join(dir, 'sources', 'cbs-statline-80059ned-2023.txt');
      const lines = (await readFile(file, 'utf8')).split('\n');
      lines[1] = `ab\u0007${lines[1]}`;
      await writeFile(file, lines.join('\n'));
      return { table: 'sources/cbs-statline-80059ned-2023.txt', line: 2, column: 3, message: message.file.control(7) };
    },
  },
  {
    key: 'file.link',
    mistake: 'an excerpt committed as a symbolic link to a file outside data/',
    async damage(dir) {
      const file = path.join(dir, 'sources', 'cbs-statline-80059ned-2023.txt');
      await rm(file);
      await symlink('../../../etc/hostname', file);
      return { table: 'sources/cbs-statline-80059ned-2023.txt', line: 1, column: 1, message: message.file.link('../../../etc/hostname') };
    },
  },
  {
    key: 'file.moreErrors',
    mistake: '1005 rows pasted with a word for the value: the first 1000 errors listed, the rest counted',
    async damage(dir) {
      const file = path.join(dir, R);
      const text = (await readFile(file, 'utf8')).trimEnd();
      const first = text.split('\n').length + 1;
      const rows = Array.from({ length: 1005 }, (_, i) => `asylum-inflow-first,,${1900 + (i % 100)},veel,,applications,,,ind-2023-01-11-asielinstroom-dec-2022,,p. 1,,`);
      await writeFile(file, `${text}\n${rows.join('\n')}\n`);
      return { table: R, line: first + 1000, message: message.file.moreErrors(5, 1000) };
    },
  },

  // ---- cell: one cell against its column's format
  { key: 'cell.empty', mistake: 'a source without a title', damage: (dir) => cellCase(dir, S, 'tk-2025-mpp-2025', 'title', '', message.cell.empty('a title')) },
  { key: 'cell.slug', mistake: 'a source id with capitals and a space', damage: (dir) => cellCase(dir, B, '2024-I', 'source', 'TK 2024', message.cell.slug()) },
  { key: 'cell.pageSlug', mistake: 'a page address with capitals', damage: (dir) => cellCase(dir, I, 'asylum-inflow-total', 'slug', 'Totale-Asielinstroom', message.cell.pageSlug()) },
  { key: 'cell.edition', mistake: 'edition "2024-IV"', damage: (dir) => cellCase(dir, B, '2024-I', 'edition', '2024-IV', message.cell.edition()) },
  { key: 'cell.editionOrEmpty', mistake: 'edition written "MPP 2025"', damage: (dir) => prognosisCase(dir, { edition: 'MPP 2025' }, 'edition', message.cell.editionOrEmpty()) },
  { key: 'cell.monthOrDate', mistake: 'a date written 5-4-2024', damage: (dir) => cellCase(dir, S, 'tk-2025-mpp-2025', 'date', '5-4-2024', message.cell.monthOrDate()) },
  { key: 'cell.period', mistake: 'month 13', damage: (dir) => cellCase(dir, R, 'asylum-inflow-first', 'period', '2024-13', message.cell.period()) },
  { key: 'cell.region', mistake: 'a region by name', damage: (dir) => prognosisCase(dir, { region: 'Amsterdam' }, 'region', message.cell.region()) },
  { key: 'cell.year', mistake: 'a price year of two digits', damage: (dir) => cellCase(dir, C, 'cruise-ship', 'price_year', '23', message.cell.year()) },
  { key: 'cell.thousands', mistake: 'Dutch thousands notation', damage: (dir) => cellCase(dir, R, 'asylum-inflow-first', 'value', '35.535', message.cell.thousands('35.535')) },
  { key: 'cell.number', mistake: 'a word for a number', damage: (dir) => cellCase(dir, R, 'asylum-inflow-first', 'value', 'veel', message.cell.number()) },
  { key: 'cell.negative', mistake: 'a negative cost', damage: (dir) => cellCase(dir, C, 'cruise-ship', 'amount', '-66000', message.cell.negative()) },
  { key: 'cell.percentage', mistake: 'a share of 150 %', damage: (dir) => cellCase(dir, CS, 'ombouw-5600-noodopvangplekken', 'emergency_share', '150', message.cell.percentage()) },
  { key: 'cell.webAddress', mistake: 'a javascript: address', damage: (dir) => cellCase(dir, S, 'tk-2025-mpp-2025', 'url', 'javascript:alert(1)', message.cell.webAddress()) },
  { key: 'cell.oneOf', mistake: 'a unit in Dutch', damage: (dir) => cellCase(dir, I, 'asylum-inflow-total', 'unit', 'aanvragen', message.cell.oneOf(UNITS)) },
  {
    key: 'cell.oneOfOrEmpty',
    mistake: 'qualifier "circa"',
    damage: (dir) => cellCase(dir, R, 'asylum-inflow-first', 'qualifier', 'circa', message.cell.oneOfOrEmpty(QUALIFIERS)),
  },
  {
    key: 'cell.scenarioList',
    mistake: 'a scenario "hoog"',
    damage: (dir) => cellCase(dir, E, '2021-09', 'scenarios', 'minimum|hoog', message.cell.scenarioList(SET_SCENARIOS, ['hoog'])),
  },
  { key: 'cell.basis', mistake: 'a between-basis written with a hyphen', damage: (dir) => cellCase(dir, E, '2024-II', 'basis', 'medio-maximum', message.cell.basis(SET_SCENARIOS)) },
  {
    key: 'cell.unitList',
    mistake: 'other units in Dutch',
    damage: (dir) => cellCase(dir, I, 'asylum-inflow-first', 'other_units', 'personen', message.cell.unitList(UNITS, ['personen'])),
  },
  { key: 'cell.textFile', mistake: 'an excerpt path outside data/sources', damage: (dir) => cellCase(dir, S, 'tk-2025-mpp-2025', 'excerpt', '../x.txt', message.cell.textFile('ind-asylum-trends-2023.txt')) },

  { key: 'cell.noSuchDate', mistake: '31 April', damage: (dir) => cellCase(dir, S, 'tk-2025-mpp-2025', 'date', '2024-04-31', message.cell.noSuchDate()) },
  { key: 'cell.tooManyDigits', mistake: 'a 16-digit number', damage: (dir) => cellCase(dir, R, 'asylum-inflow-first', 'value', '1234567890123456', message.cell.tooManyDigits(16, 15)) },
  { key: 'cell.decimalComma', mistake: 'a decimal comma in a comma-separated file', damage: (dir) => cellCase(dir, R, 'asylum-inflow-first', 'value', '35535,5', message.cell.decimalComma('35535.5')) },
  { key: 'cell.control', mistake: 'an ESC character in a note', damage: (dir) => cellCase(dir, R, 'asylum-inflow-first', 'note', 'x\u001b[31m', message.cell.control(0x1b, 2)) },

  // ---- table: rows against each other and against other tables
  {
    key: 'table.duplicate',
    mistake: 'a realisation pasted twice',
    async damage(dir) {
      const line = await addRow(dir, R, await rowOf(dir, R, 'asylum-inflow-first'));
      const first = 2;
      return { table: R, line, column: 1, message: message.table.duplicate(['indicator', 'region', 'period', 'source'], first) };
    },
  },
  {
    key: 'table.duplicateSlug',
    mistake: 'two indicators at one address',
    async damage(dir) {
      const line = await setCell(dir, I, 'asylum-inflow-first', 'slug', 'totale-asielinstroom');
      return { table: I, line, column: await col(dir, I, 'slug'), message: message.table.duplicateSlug(2) };
    },
  },
  {
    key: 'table.unknownReference',
    mistake: 'an indicator id misspelt',
    damage: (dir) => cellCase(dir, R, 'asylum-inflow-first', 'indicator', 'asylum-inflow-frist', message.table.unknownReference('indicator id', idsOf(base.indicators))),
  },
  {
    key: 'table.noCostsInPriceYear',
    mistake: 'a cost calculation in prices of 2019',
    damage: (dir) => cellCase(dir, CS, 'ombouw-5600-noodopvangplekken', 'price_year', '2019', message.table.noCostsInPriceYear(2019)),
  },
  {
    key: 'table.basisNotInEdition',
    mistake: 'an edition planning on a scenario it lacks',
    damage: (dir) => cellCase(dir, E, '2021-09', 'basis', 'mediaan', message.table.basisNotInEdition(['minimum', 'medio', 'maximum'])),
  },
  {
    key: 'table.notMppWithEdition',
    mistake: 'a target given an edition',
    damage: (dir) =>
      prognosisCase(dir, { kind: 'target', scenario: '' }, 'edition', message.table.notMppWithEdition(message.table.notMpp('target', FIGURE_KIND.target.label.toLowerCase()))),
  },
  {
    key: 'table.notMppWithScenario',
    mistake: 'a target given a scenario',
    damage: (dir) =>
      prognosisCase(dir, { kind: 'target', edition: '' }, 'scenario', message.table.notMppWithScenario(message.table.notMpp('target', FIGURE_KIND.target.label.toLowerCase()))),
  },
  {
    key: 'table.notMpp',
    mistake: 'a set figure given an edition (the kind named in the message)',
    damage: (dir) =>
      prognosisCase(dir, { kind: 'set', scenario: '' }, 'edition', message.table.notMppWithEdition(message.table.notMpp('set', FIGURE_KIND.set.label.toLowerCase()))),
  },
  { key: 'table.mppWithoutEdition', mistake: 'an MPP prognosis without edition', damage: (dir) => prognosisCase(dir, { edition: '' }, 'edition', message.table.mppWithoutEdition()) },
  {
    key: 'table.mppWithoutScenario',
    mistake: 'an MPP prognosis without scenario',
    damage: (dir) => prognosisCase(dir, { scenario: '' }, 'scenario', message.table.mppWithoutScenario(base.editions.find((e) => e.id === '2025')!.scenarios)),
  },
  {
    key: 'table.scenarioNotInEdition',
    mistake: 'a mediaan figure of an edition without a mediaan',
    damage: (dir) =>
      prognosisCase(dir, { edition: '2021-09', scenario: 'mediaan', source: 'tk-2022-07-01-migratieketen' }, 'scenario', message.table.scenarioNotInEdition('2021-09', ['minimum', 'medio', 'maximum'])),
  },
  {
    key: 'table.basisScenarioNotInEdition',
    mistake: 'an indicator basis the edition does not have',
    async damage(dir) {
      const line = await addRow(dir, B, { edition: '2021-09', indicator: 'ukraine-residents', scenario: 'mediaan', source: 'tk-2022-07-01-migratieketen', location: 'p. 1', quote: 'mediaan' });
      return { table: B, line, column: await col(dir, B, 'scenario'), message: message.table.basisScenarioNotInEdition('2021-09', ['minimum', 'medio', 'maximum']) };
    },
  },
  {
    key: 'table.sourceBeforeEdition',
    mistake: 'an MPP 2025 figure cited to a letter of April 2024',
    damage: (dir) =>
      prognosisCase(dir, { source: 'tk-2024-04-05-asielketen' }, 'source', message.table.sourceBeforeEdition('tk-2024-04-05-asielketen', '2024-04-05', 'MPP 2025', '2025-09-26')),
  },
  {
    key: 'table.voiceMissing',
    mistake: 'a figure from a questions-and-answers document without its voice',
    damage: (dir) => cellCase(dir, C, 'cruise-ship', 'voice', '', message.table.voiceMissing('ek-2025-02-07-begroting-am')),
  },
  {
    key: 'table.voiceNotQa',
    mistake: 'a voice on a figure from a letter',
    damage: (dir) => prognosisCase(dir, { voice: 'answer' }, 'voice', message.table.voiceNotQa('tk-2025-mpp-2025', base.sources.find((s) => s.id === 'tk-2025-mpp-2025')!.form)),
  },
  { key: 'table.rangeReversed', mistake: 'a range from high to low', damage: (dir) => prognosisCase(dir, { value_high: '40000' }, 'value_high', message.table.rangeReversed(40000, 50000)) },
  { key: 'table.scopeWithoutQualifier', mistake: 'a list scope without its word', damage: (dir) => prognosisCase(dir, { qualifier_scope: 'list' }, 'qualifier_scope', message.table.scopeWithoutQualifier()) },
  {
    key: 'table.seedAndExcerpt',
    mistake: 'a source with both a seed and an excerpt',
    damage: (dir) => cellCase(dir, S, 'tk-2022-07-01-migratieketen', 'excerpt', 'cbs-statline-80059ned-2023.txt', message.table.seedAndExcerpt()),
  },
  {
    key: 'table.indicatorUnit',
    mistake: 'first applications counted in places (the indicator allows applications, and persons as the CBS counts them)',
    damage: (dir) => cellCase(dir, R, 'asylum-inflow-first', 'unit', 'places', message.table.indicatorUnit('asylum-inflow-first', 'applications', ['persons'], 'places')),
  },
  {
    key: 'table.forecastUnit',
    mistake: 'a forecast of total inflow in persons (other_units is for realisations only)',
    damage: (dir) => prognosisCase(dir, { unit: 'persons' }, 'unit', message.table.forecastUnit('asylum-inflow-total', 'applications', 'persons')),
  },
  {
    key: 'table.betweenOrder',
    mistake: '"tussen het medio en maximum scenario" written the wrong way round',
    damage: (dir) => cellCase(dir, E, '2024-II', 'basis', 'maximum..medio', message.table.betweenOrder('maximum', 'medio')),
  },
  {
    key: 'table.publishedAfterSource',
    mistake: "MPP 2024-II dated after the nota of 7 February 2025 that reports it",
    damage: (dir) =>
      cellCase(dir, E, '2024-II', 'published', '2025-03', message.table.publishedAfterSource('2025-03', 'ek-2025-02-07-begroting-am', '2025-02-07')),
  },
  {
    key: 'table.scenarioBandAsRange',
    mistake: 'the Ukraine band "350 (minimum scenario) en 780 (maximum scenario)" filed as one range',
    async damage(dir) {
      const minimum = isRow({ kind: 'mpp', edition: '2024-I', indicator: 'ukraine-net-inflow-weekly', scenario: 'minimum', period: '2024' });
      const line = await setCell(dir, P, minimum, 'value_high', '780');
      return { table: P, line, column: await col(dir, P, 'value_high'), message: message.table.scenarioBandAsRange('bandbreedte') };
    },
  },
  {
    key: 'table.perYearAsDate',
    mistake: '"per 2027" (from 2027 on) filed as the stock on 1 January 2027',
    damage: (dir) =>
      prognosisCase(dir, { period: '2027-01-01', quote: 'per 2027 circa 50.000 plekken' }, 'period', message.table.perYearAsDate('per 2027', '2027-01-01/..')),
  },
  {
    key: 'table.perDateAsFrom',
    mistake: '"per 1 januari 2027" (a stock on that day) filed as from 2027 on',
    damage: (dir) =>
      prognosisCase(dir, { period: '2027-01-01/..', quote: 'per 1 januari 2027 50.000' }, 'period', message.table.perDateAsFrom('per 1 januari 2027', '2027-01-01')),
  },
  {
    key: 'table.openStartNamed',
    mistake: 'a total "sinds 24 februari 2022" filed with an open start',
    async damage(dir) {
      const line = await addRow(dir, R, {
        indicator: 'ukraine-residents', period: '../2024-03-10', value: '120000', unit: 'persons', source: 'tk-2024-04-05-asielketen', location: 'p. 12',
        quote: 'sinds 24 februari 2022 in totaal 120.000',
      });
      return { table: R, line, column: await col(dir, R, 'period'), message: message.table.openStartNamed('sinds 24 februari 2022', '2024-03-10') };
    },
  },
  {
    key: 'table.partialWithoutExcerpt',
    mistake: 'a seed letter marked as a partial excerpt',
    damage: (dir) => cellCase(dir, S, 'tk-2025-mpp-2025', 'excerpt_partial', 'yes', message.table.partialWithoutExcerpt(true)),
  },
  {
    key: 'table.costUnit',
    mistake: 'a yearly cost stated per night',
    damage: (dir) => cellCase(dir, C, 'cruise-ship', 'unit', 'eur-per-place-per-night', message.table.costUnit('cruise-ship', COST_TYPE['cruise-ship'].unit)),
  },
  {
    key: 'table.scenarioOrder',
    mistake: "MPP 2025's minimum for 2026 typed above its medio",
    async damage(dir) {
      const minimum = isRow({ kind: 'mpp', edition: '2025', indicator: 'asylum-inflow-total', scenario: 'minimum', period: '2026' });
      const medio = isRow({ kind: 'mpp', edition: '2025', indicator: 'asylum-inflow-total', scenario: 'medio', period: '2026' });
      const low = await setCell(dir, P, minimum, 'value', '60000');
      const high = await setCell(dir, P, medio, 'value', '51000');
      return { table: P, line: high, column: await col(dir, P, 'value'), message: message.table.scenarioOrder('medio', 51000, 'minimum', 60000, low) };
    },
  },
  {
    key: 'table.provisionalUnmarked',
    mistake: "a figure marked provisional whose quote shows no asterisk or 'voorlopig'",
    damage: (dir) => cellCase(dir, R, 'asylum-inflow-first', 'status', 'provisional', message.table.provisionalUnmarked()),
  },
  {
    key: 'table.sourcesTie',
    mistake: 'two news releases of one day that disagree on a figure, neither marked preferred',
    load: 'checked',
    async damage(dir) {
      const [a, b] = await twoReleases(dir);
      return { table: R, line: b, column: await col(dir, R, 'value'), message: message.table.sourcesTie('een nieuwsbericht', '2031-01-10', a, '52000') };
    },
  },
  {
    key: 'table.preferredTwice',
    mistake: 'both of them marked preferred',
    load: 'checked',
    async damage(dir) {
      const [a, b] = await twoReleases(dir, ['yes', 'yes']);
      return { table: R, line: b, column: await col(dir, R, 'preferred'), message: message.table.preferredTwice(a) };
    },
  },
  {
    key: 'table.missingExcerpt',
    mistake: 'an excerpt named but not added',
    async damage(dir) {
      await rm(path.join(dir, 'sources', 'cbs-statline-80059ned-2023.txt'));
      const line = (await readFile(path.join(dir, S), 'utf8')).split('\n').findIndex((l) => l.includes(',cbs-statline-80059ned-2023.txt,')) + 1;
      return { table: S, line, column: await col(dir, S, 'excerpt'), message: message.table.missingExcerpt('sources', 'cbs-statline-80059ned-2023.txt') };
    },
  },
  {
    key: 'table.missingIndicator',
    mistake: 'an indicator the home page names, renamed in every file',
    async damage(dir) {
      for (const t of [I, P, R]) {
        const file = path.join(dir, t);
        await writeFile(file, (await readFile(file, 'utf8')).replace(/(^|,)coa-capacity-need,/gm, '$1coa-capacity-needed,'));
      }
      const need = NAMED_INDICATORS.capacityNeed;
      return { table: I, line: 1, column: 1, message: message.table.missingIndicator(need.id, need.use, 'coa-capacity-needed') };
    },
  },
  {
    key: 'table.missingCost',
    mistake: 'the average emergency cost of 2023 removed, which the cost calculations weigh against',
    async damage(dir) {
      await removeRows(dir, C, isRow({ type: 'emergency-average', price_year: '2023' }));
      const line = (await readFile(path.join(dir, CS), 'utf8')).split('\n').findIndex((l) => l.startsWith('ombouw-5600-noodopvangplekken,')) + 1;
      return {
        table: CS,
        line,
        column: await col(dir, CS, 'price_year'),
        message: message.table.missingCost('emergency-average', 2023, 'the calculation needs the average cost of an emergency place'),
      };
    },
  },

  // ---- quote: a figure against the text of its source (here the stored excerpt of the IND's December 2022 figures)
  {
    key: 'quote.notInSource',
    mistake: 'a quote retyped with a different digit',
    load: 'checked',
    damage: (dir) => cellCase(dir, R, 'asylum-inflow-first', 'quote', 'Het totaal aantal eerste asielaanvragen in 2022 komt hiermee op 35.553.', message.quote.notInSource('ind-2023-01-11-asielinstroom-dec-2022')),
  },
  { key: 'quote.lacksValue', mistake: 'a value typed wrong under a right quote', load: 'checked', damage: (dir) => quoteCase(dir, 'value', '35553', message.quote.lacksValue(35553)) },
  { key: 'quote.lacksHigh', mistake: 'a high end the quote does not give', load: 'checked', damage: (dir) => quoteCase(dir, 'value_high', '40000', message.quote.lacksHigh(40000)) },
  { key: 'quote.lacksQualifier', mistake: 'a rounding word the quote does not have', load: 'checked', damage: (dir) => quoteCase(dir, 'qualifier', 'ruim', message.quote.lacksQualifier('ruim')) },
  {
    key: 'quote.valueNotInSource',
    mistake: 'a figure without a quote whose value the source does not print',
    load: 'checked',
    async damage(dir) {
      await setCell(dir, R, 'asylum-inflow-first', 'quote', '');
      const line = await setCell(dir, R, 'asylum-inflow-first', 'value', '35553');
      return { table: R, line, column: await col(dir, R, 'value'), message: message.quote.valueNotInSource(35553, 'ind-2023-01-11-asielinstroom-dec-2022') };
    },
  },
];

test.before(async () => {
  base = (await loadDataset(await scratchData())).data;
});

async function errorsOf(dir: string, load: Case['load']): Promise<DataError[]> {
  if (load === 'senders') {
    const errors: DataError[] = [];
    loadSenders(dir, errors);
    return errors;
  }
  try {
    await (load === 'checked' ? loadCheckedDataset(dir) : loadDataset(dir));
  } catch (e) {
    if (e instanceof DataValidationError) return e.errors;
    throw e;
  }
  return [];
}

for (const c of CASES) {
  test(`${c.key}: ${c.mistake}`, async () => {
    const dir = await scratchData();
    const expected = [await c.damage(dir)].flat();
    const errors = await errorsOf(dir, c.load);
    for (const x of expected) {
      const hit = errors.find(
        (e) =>
          path.resolve(dir, e.file) === path.join(dir, x.table) &&
          e.line === x.line &&
          (x.column === undefined || e.column === x.column) &&
          e.message === x.message,
      );
      assert.ok(hit, `expected ${x.table}:${x.line}:${x.column ?? '*'}: ${x.message}\ngot:\n${errors.map(formatError).join('\n')}`);
    }
  });
}

test('every file, cell, table and quote message of the catalogue has a case above', () => {
  const keys = (['file', 'cell', 'table', 'quote'] as const).flatMap((section) => Object.keys(message[section]).map((k) => `${section}.${k}`));
  const covered = new Set(CASES.map((c) => c.key));
  assert.equal(keys.filter((k) => !covered.has(k)), [], 'messages without a case');
  assert.equal([...covered].filter((k) => !keys.includes(k)), [], 'cases for messages that are not in the catalogue');
});

test.run();
