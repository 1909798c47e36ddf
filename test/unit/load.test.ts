/** The loader on the shipped data, and on the same data as Dutch Excel saves it. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFile, writeFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { loadDataset, parseTable } from '../../src/data/load.ts';
import { parseCsv, toCsv } from '../../src/data/csv.ts';
import { DATA, scratchData } from '../support/helpers.ts';

test('the shipped data set loads and holds every table', async () => {
  const { data } = await loadDataset(DATA);
  // The five letters, each with its text in ../shared/seeds/; every other source has an excerpt under data/sources/.
  assert.is(data.sources.filter((s) => s.seed !== null).length, 5);
  assert.equal(data.sources.filter((s) => s.seed === null && s.excerpt === null), []);
  assert.equal(
    data.editions.map((e) => e.id),
    ['2021-09', '2022-02', '2024-I', '2024-II', '2025'],
  );
  const figures = data.prognoses.length + data.realisations.length + data.costs.length;
  assert.ok(figures > 100, `well over a hundred figures expected, found ${figures}`);
});

test('figures read from the letters, checked by hand', async () => {
  const { data } = await loadDataset(DATA);
  const real = (indicator: string, period: string) =>
    data.realisations.find((r) => r.indicator === indicator && r.period === period && r.region === null)?.value;
  // Tabel 1 of the letter of 1 July 2022: realised total asylum inflow.
  assert.is(real('asylum-inflow-total', '2015'), 59330);
  assert.is(real('asylum-inflow-total', '2020'), 19610);
  // MPP 2025 letter: total inflow 2025 in three scenarios.
  const p = (edition: string, scenario: string, period: string) =>
    data.prognoses.find(
      (r) => r.edition === edition && r.indicator === 'asylum-inflow-total' && r.scenario === scenario && r.period === period,
    )?.value;
  assert.is(p('2025', 'minimum', '2025'), 40000);
  assert.is(p('2025', 'medio', '2025'), 47000);
  assert.is(p('2025', 'maximum', '2025'), 55300);
  assert.is(p('2024-II', 'maximum', '2025'), 74800);
  // Nota of 7 February 2025: a hotel place costs € 91.000 a year (2023 prices).
  const hotel = data.costs.find((c) => c.type === 'hotel');
  assert.is(hotel?.amount, 91000);
  assert.is(hotel?.price_year, 2023);
  // The MPP 2025 edition has the mediaan scenario; 2024-II does not.
  assert.ok(data.editions.find((e) => e.id === '2025')!.scenarios.includes('mediaan'));
  assert.not.ok(data.editions.find((e) => e.id === '2024-II')!.scenarios.includes('mediaan'));
});

/** Write a table as Dutch Excel does: semicolons, a BOM, CRLF and decimal commas. */
function asExcel(text: string): string {
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  const dutch = rows.map((r) => r.map((c) => (/^\d+\.\d+$/.test(c) ? c.replace('.', ',') : c)));
  return '\uFEFF' + Papa.unparse(dutch, { delimiter: ';', newline: '\r\n' }) + '\r\n';
}

test('the Excel variant (semicolon, BOM, CRLF) loads to the same rows as the plain files', async () => {
  const plain = await loadDataset(DATA);
  const dir = await scratchData();
  for (const f of (await readdir(dir)).filter((f) => f.endsWith('.csv'))) {
    await writeFile(path.join(dir, f), asExcel(await readFile(path.join(dir, f), 'utf8')));
  }
  const head = (await readFile(path.join(dir, 'prognoses.csv'), 'utf8')).slice(0, 40);
  assert.ok(head.startsWith('\uFEFFkind;edition;indicator;'), 'fixture is semicolon-separated with a BOM');
  const excel = await loadDataset(dir);
  assert.equal(excel.data, plain.data);
});

test('line numbers count physical lines, also after a quoted cell with a line break', () => {
  const text = 'id,label,slug,unit,definition\r\na,"Twee\r\nregels",twee-regels,persons,\r\n\r\nb,B,b,persons,x\r\n';
  const { table, problems } = parseCsv(text, 'indicators.csv');
  assert.equal(problems, []);
  assert.equal(table.records.map((r) => r.line), [2, 5]);
  const bad = parseTable('indicators', text.replace('b,B,b,persons', 'b,B,b,mensen'), 'indicators.csv');
  assert.is(bad.errors[0]?.line, 5);
  assert.is(bad.errors[0]?.column, 4);
});

test('a decimal comma is read as a decimal in a semicolon file', () => {
  const text = 'type;price_year;amount;unit;qualifier;source;voice;location;quote;note\nukraine-norm;2025;43,5;eur-per-place-per-night;;s;;p. 1;;\n';
  const { rows, errors } = parseTable('costs', text, 'costs.csv');
  assert.equal(errors, []);
  assert.is(rows[0]?.row.amount, 43.5);
});

test('the CSV writer quotes only cells that need it, and its output reads back to the same cells', () => {
  const columns = ['id', 'label', 'note'];
  const rows = [
    { id: 'a', label: 'Eén, twee', note: 'zei "ja"' },
    { id: 'b', label: 'Twee\nregels', note: null },
    { id: 'c', label: 3.5, note: undefined },
  ];
  const text = toCsv(columns, rows);
  assert.is(text, 'id,label,note\na,"Eén, twee","zei ""ja"""\nb,"Twee\nregels",\nc,3.5,\n');
  const { table, problems } = parseCsv(text, 'x.csv');
  assert.equal(problems, []);
  assert.equal(table.header, columns);
  assert.equal(
    table.records.map((r) => r.cells),
    rows.map((r) => ({ id: r.id, label: String(r.label), note: r.note ?? '' })),
  );
  assert.is(toCsv(columns, []), 'id,label,note\n');
});

test.run();
