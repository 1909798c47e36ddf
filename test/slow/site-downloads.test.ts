/**
 * What a reader takes away from the built site: every download link resolves and parses, the CSV
 * for Dutch Excel is semicolon-separated UTF-8 with a BOM and decimal commas, a formula-like text
 * cell is neutralised in every CSV, datapackage.json describes exactly the CSVs with their columns
 * and a licence, every file under data/ is linked, and the sitemap, robots.txt and canonical links
 * use SITE_URL.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from '../../src/build.ts';
import { parseCsv } from '../../src/data/csv.ts';
import { scratchData } from '../support/helpers.ts';

const SITE_URL = 'https://mpp.example.nl/publicatie/';
const FORMULA = '=HYPERLINK("http://example.com","klik")';
let out = '';
let pages: string[] = [];

test.before(async () => {
  // A note that a spreadsheet would run as a formula, in a copy of the data.
  const data = await scratchData();
  const editions = await readFile(path.join(data, 'editions.csv'), 'utf8');
  const line = editions.trimEnd().split('\n').find((l) => l.startsWith('2021-09,'))!;
  await writeFile(path.join(data, 'editions.csv'), editions.replace(line, line.replace(/,[^,]*$/, `,"${FORMULA.replace(/"/g, '""')}"`)));
  out = path.join(await mkdtemp(path.join(os.tmpdir(), 'mpp-downloads-')), 'site');
  process.env.SITE_URL = SITE_URL;
  try {
    await build({ dataDir: data, outDir: out, onNotice: () => {} });
  } finally {
    delete process.env.SITE_URL;
  }
  pages = (await readdir(out, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
});

const read = (rel: string) => readFile(path.join(out, rel), 'utf8');
const pageUrl = (p: string) => '/' + p.replace(/index\.html$/, '');

/** Every link on `page` to a file under data/, as a path relative to the site root. */
async function dataLinks(page: string): Promise<string[]> {
  const html = await read(page);
  return [...html.matchAll(/href="([^"#]+)"/g)]
    .filter((m) => !/^[a-z]+:/.test(m[1]!) && !m[1]!.endsWith('/'))
    .map((m) => path.posix.normalize(path.posix.join(path.posix.dirname(page), m[1]!)))
    .filter((f) => f.startsWith('data/'));
}

test('every download linked from the data page and under the charts resolves and parses', async () => {
  const links = new Set<string>();
  for (const p of ['data/index.html', 'index.html', 'edities/2025/index.html', 'indicatoren/totale-asielinstroom/index.html', 'kosten/index.html', 'nauwkeurigheid/index.html']) {
    for (const l of await dataLinks(p)) links.add(l);
  }
  assert.ok(links.size > 50, `only ${links.size} download links`);
  for (const f of links) {
    assert.ok(existsSync(path.join(out, f)), `${f} does not exist`);
    const body = await readFile(path.join(out, f));
    if (f.endsWith('.csv')) {
      const { table, problems } = parseCsv(body.toString('utf8'), f);
      assert.equal(problems, [], f);
      assert.ok(table.header.length > 1, `${f}: one column only`);
    } else if (f.endsWith('.json')) JSON.parse(body.toString('utf8'));
    else if (f.endsWith('.png')) {
      assert.is(body.subarray(1, 4).toString('latin1'), 'PNG', f);
      assert.ok(body.readUInt32BE(16) >= 600, `${f}: narrower than the wide chart`);
    } else if (f.endsWith('.svg')) assert.match(body.toString('utf8'), /<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/, f);
  }
});

test('the CSV for Excel is semicolon-separated UTF-8 with a BOM, CRLF and decimal commas, with the same rows', async () => {
  const plain = await read('data/derived/vintages.csv');
  const excel = await readFile(path.join(out, 'data/excel/derived/vintages.csv'));
  assert.equal([...excel.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
  const text = excel.toString('utf8').slice(1);
  assert.ok(text.split('\r\n').length > 10 && !/[^\r]\n/.test(text), 'CRLF line ends');
  const e = parseCsv(text, 'excel');
  const p = parseCsv(plain, 'plain');
  assert.is(e.table.delimiter, ';');
  assert.equal(e.table.header, p.table.header);
  assert.is(e.table.records.length, p.table.records.length);
  // 69800 stays a whole number; a fraction has a decimal comma (0,504… for the 2024 error of MPP 2024-I).
  const row = (t: typeof e.table) => t.records.find((r) => r.cells.period === '2024' && r.cells.edition === '2024-I' && r.cells.indicator === 'asylum-inflow-total')!.cells;
  assert.is(row(e.table).forecast, '69800');
  assert.is(row(p.table).relative_error!.replace('.', ','), row(e.table).relative_error);
  assert.match(row(e.table).relative_error!, /^0,50/);
  // "Oekraïne" reads as itself: no "Ã¯" anywhere.
  assert.not.match(text, 'Ã');
  assert.match((await readFile(path.join(out, 'data/excel/indicators.csv'))).toString('utf8'), 'Oekraïense');
});

test('a text cell that a spreadsheet would run as a formula is neutralised in every CSV form', async () => {
  for (const f of ['data/editions.csv', 'data/excel/editions.csv']) {
    const t = (await read(f)).replace(/^\uFEFF/, '');
    const { table } = parseCsv(t, f);
    const note = table.records.find((r) => r.cells.id === '2021-09')!.cells.note!;
    assert.is(note, `'${FORMULA}`, f);
  }
  // The chart data too: no cell of any chart CSV starts a formula.
  const charts = (await readdir(path.join(out, 'data/grafieken'))).filter((f) => f.endsWith('.csv'));
  assert.ok(charts.length > 10);
  for (const c of charts) {
    const { table } = parseCsv(await read(`data/grafieken/${c}`), c);
    for (const r of table.records) for (const v of Object.values(r.cells)) assert.not.match(v, /^[=+@\t\r]/, `${c}: ${v}`);
  }
});

test('the accuracy table downloads from /nauwkeurigheid/ keep "ruim" and "ca." in every form', async () => {
  const links = await dataLinks('nauwkeurigheid/index.html');
  for (const f of ['data/derived/accuracy.csv', 'data/excel/derived/accuracy.csv', 'data/derived/accuracy.json']) {
    assert.ok(links.includes(f), `/nauwkeurigheid/ does not link ${f}`);
  }
  const plain = parseCsv(await read('data/derived/accuracy.csv'), 'accuracy.csv').table;
  const occupancy = plain.records.find((r) => r.cells['indicator'] === 'coa-occupancy')!;
  assert.is(occupancy.cells['forecast_qualifier'], 'ruim'); // MPP februari 2022: "ruim 42.000"
  const total = plain.records.find((r) => r.cells['indicator'] === 'asylum-inflow-total')!;
  assert.is(total.cells['realisation_qualifier'], 'ca.'); // ca. 45.640 + ca. 760
  const excel = await readFile(path.join(out, 'data/excel/derived/accuracy.csv'), 'utf8');
  assert.ok(excel.startsWith('\uFEFF'), 'the Excel form has a BOM');
  assert.match(excel, /;ruim;/);
  const json = JSON.parse(await read('data/derived/accuracy.json')) as { pairs: { forecastQualifier: string | null }[] };
  assert.ok(json.pairs.some((p) => p.forecastQualifier === 'ruim'));
});

test('datapackage.json describes exactly the CSVs, with their columns, keys and a licence', async () => {
  const pkg = JSON.parse(await read('data/datapackage.json'));
  assert.is(pkg.profile, 'tabular-data-package');
  assert.equal(pkg.licenses.map((l: { name: string }) => l.name), ['CC0-1.0']);
  const csvs = (await readdir(path.join(out, 'data'), { recursive: true }))
    .filter((f) => f.endsWith('.csv') && !f.startsWith('excel') && !f.startsWith('grafieken'))
    .sort();
  assert.equal(pkg.resources.map((r: { path: string }) => r.path).sort(), csvs);
  for (const r of pkg.resources) {
    const { table } = parseCsv(await read(`data/${r.path}`), r.path);
    assert.equal(r.schema.fields.map((f: { name: string }) => f.name), table.header, r.path);
    for (const k of r.schema.primaryKey) assert.ok(table.header.includes(k), `${r.path}: key ${k}`);
    for (const f of r.schema.fields) {
      for (const rec of table.records) {
        const v = rec.cells[f.name]!;
        if (f.constraints?.required) assert.ok(v !== '', `${r.path}:${rec.line} ${f.name} is required`);
        if (v !== '' && f.constraints?.enum) assert.ok(f.constraints.enum.includes(v), `${r.path}:${rec.line} ${f.name}=${v}`);
        if (v !== '' && (f.type === 'integer' || f.type === 'number')) assert.ok(Number.isFinite(Number(v)), `${r.path}:${rec.line} ${f.name}=${v}`);
      }
    }
  }
  const prognoses = pkg.resources.find((r: { name: string }) => r.name === 'prognoses');
  const value = prognoses.schema.fields.find((f: { name: string }) => f.name === 'value');
  assert.is(value.type, 'number');
  const kind = prognoses.schema.fields.find((f: { name: string }) => f.name === 'kind');
  assert.equal(kind.constraints.enum, ['mpp', 'target', 'set', 'outlook']);
});

test('the data page lists exactly the files that exist: every file under data/ is linked from a page', async () => {
  const linked = new Set<string>();
  for (const p of pages) for (const l of await dataLinks(p)) linked.add(l);
  const files = (await readdir(path.join(out, 'data'), { recursive: true, withFileTypes: true }))
    .filter((d) => d.isFile() && !d.name.endsWith('.html'))
    .map((d) => path.posix.join(path.relative(out, d.parentPath).split(path.sep).join('/'), d.name));
  assert.equal(files.filter((f) => !linked.has(f)).sort(), []);
});

test('sitemap.xml lists every page and nothing else, under SITE_URL; robots.txt names it', async () => {
  const sitemap = await read('sitemap.xml');
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!).sort();
  const expected = pages.filter((p) => p !== '404.html').map((p) => SITE_URL + pageUrl(p).slice(1)).sort();
  assert.equal(locs, expected);
  assert.match(await read('robots.txt'), `Sitemap: ${SITE_URL}sitemap.xml`);
});

test('every page has its canonical address and Open Graph metadata with an existing 1200 × 630 image', async () => {
  for (const p of pages.filter((x) => x !== '404.html')) {
    const html = await read(p);
    assert.match(html, `<link rel="canonical" href="${SITE_URL}${pageUrl(p).slice(1)}">`, p);
    const image = /<meta property="og:image" content="([^"]+)">/.exec(html)?.[1];
    assert.ok(image?.startsWith(SITE_URL), p);
    const png = await readFile(path.join(out, image!.slice(SITE_URL.length)));
    assert.equal([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630], image);
  }
  assert.match(await read('edities/2024-I/index.html'), `<meta property="og:image" content="${SITE_URL}assets/og/2024-I.png">`);
});

test.run();
