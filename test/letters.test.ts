/**
 * The PDF letters, printed with the real Chromium from the shipped data and the real charts: the
 * text extracted with pdf.js must hold the generated sentences and the figures of the source
 * letters (worked out by hand), "Pagina X van Y" on every page (as an artifact), the metadata, a
 * tagged structure with an outline, alt text and table headers, embedded fonts, and the same bytes
 * when printed again.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';
import type { Browser } from 'puppeteer-core';
import { acquireBrowser, BROWSER_ENDPOINT_ENV, launchBrowser, sharedEndpoint } from '../src/runtime/browser.ts';
import { buildCharts } from '../src/charts/index.ts';
import { loadDataset } from '../src/data/load.ts';
import { deriveModel, type Model } from '../src/model/index.ts';
import { replaceFolder } from '../src/runtime/output.ts';
import type { Dataset } from '../src/data/schema.ts';
import type { Chart } from '../src/charts/index.ts';
import {
  composeLetters,
  letterMetadata,
  letterPages,
  letterSentences,
  plannedLetters,
  writeLetters,
} from '../src/letters/index.ts';
import { composeLetter } from '../src/letters/compose.ts';
import { pageContents, unmarkedObjects } from '../src/letters/pdf/index.ts';
import { pagePrinter, printAll } from '../src/letters/print.ts';
import { renderLetterHtml } from '../src/letters/render.ts';
import { DATA } from './helpers.ts';

let data: Dataset;
let model: Model;
let charts: Chart[];
let browser: Browser;
let root: string;
let first: string;
let written = 0;
const progress: [number, number][] = [];

test.before(async () => {
  data = (await loadDataset(DATA)).data;
  model = deriveModel(data);
  charts = await buildCharts(data, model);
  browser = await launchBrowser({ shared: true });
  root = await mkdtemp(path.join(os.tmpdir(), 'mpp-letters-'));
  first = path.join(root, 'a');
  written = await replaceFolder(first, (out) =>
    writeLetters(out, {
      letters: composeLetters(data, model, charts),
      charts,
      printer: pagePrinter(browser),
      onProgress: (d, t) => progress.push([d, t]),
    }),
  );
});

test.after(async () => {
  await browser?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

interface PageText {
  /** Text inside the structure (tagged content). */
  body: string;
  /** Text marked as artifact (page furniture). */
  artifact: string;
  /** Text outside any marked-content sequence (should be none). */
  unmarked: string;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

async function extract(file: string): Promise<{ pages: PageText[]; info: Record<string, unknown>; xmp: Map<string, unknown>; outline: string[] }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(await readFile(file)), verbosity: 0 }).promise;
  const pages: PageText[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const stack: string[] = [];
    const out = { body: '', artifact: '', unmarked: '' };
    for (const item of content.items) {
      if ('type' in item) {
        if (item.type === 'endMarkedContent') stack.pop();
        else stack.push(String((item as { tag?: string }).tag ?? ''));
        continue;
      }
      const s = item.str + (item.hasEOL ? ' ' : '');
      if (stack.length === 0) out.unmarked += s;
      else if (stack.includes('Artifact')) out.artifact += s;
      else out.body += s;
    }
    pages.push({ body: norm(out.body), artifact: norm(out.artifact), unmarked: norm(out.unmarked) });
  }
  const meta = await doc.getMetadata();
  const xmp = new Map<string, unknown>(meta.metadata ? [...(meta.metadata as unknown as Iterable<[string, unknown]>)] : []);
  const outline = ((await doc.getOutline()) ?? []).flatMap((o) => [o.title, ...o.items.map((i) => i.title)]);
  await doc.destroy();
  return { pages, info: meta.info as Record<string, unknown>, xmp, outline };
}

const file = (letter: string) => path.join(first, 'brieven', letter);

test('every planned letter is written, with progress reported', () => {
  const planned = plannedLetters(data, model);
  assert.is(written, planned.length);
  // Five editions to the Kamer; to municipalities from MPP februari 2022 on (a taakstelling is set in its period).
  assert.is(planned.length, 9);
  assert.equal(progress.at(-1), [9, 9]);
});

test('each letter prints exactly its generated sentences', async () => {
  const all = letterSentences(data, model);
  for (const p of plannedLetters(data, model)) {
    const { pages } = await extract(file(path.basename(p.path)));
    const text = pages.map((x) => x.body).join(' ');
    const mine = all.filter((s) => s.edition === p.edition && s.letter === p.letter);
    assert.ok(mine.length > 0, p.path);
    for (const s of mine) assert.ok(text.includes(s.text), `${p.path} does not print ${s.id}: "${s.text}"`);
  }
});

test('MPP 2025 letter to the Kamer: the figures and comparisons of the letter of 26 September 2025', async () => {
  const { pages } = await extract(file('mpp-2025-tweede-kamer.pdf'));
  const text = pages.map((x) => x.body).join(' ');
  // 2025: ca. 40.000 / 47.000 / 55.300 against 45.000 / 66.000 / 74.800 (MPP 2024-II).
  assert.match(text, 'ca. 40.000 in het minimumscenario, 47.000 in het medioscenario en 55.300 in het maximumscenario (dit was 45.000, 66.000 en 74.800');
  // 2026: ca. 39.000 / 51.000 / 67.100 against 45.200 / 69.200 / 78.900.
  assert.match(text, 'ca. 39.000 in het minimumscenario, 51.000 in het medioscenario en 67.100 in het maximumscenario (dit was 45.200, 69.200 en 78.900');
  // The switch: mediaan instead of medio, 50 % against 33 %.
  assert.match(text, 'gaat de migratieketen uit van het mediaanscenario in plaats van het eerder aangehouden medioscenario');
  // 47.000 − 66.000 = −19.000 (−28,8 %).
  assert.match(text, 'naar beneden bijgesteld; in het medioscenario gaat het om een daling van 19.000 asielaanvragen (−29 %)');
  // 5.600 × 27.850 = 155.960.000, with the assumption of the nota.
  assert.match(text, 'bespaart bijna € 156 miljoen per jaar');
  assert.match(text, 'de aanname dat een reguliere opvangplek ongeveer de helft daarvan kost (€ 27.850)');
  // Hotel: € 91.000 per year, 91.000 / 365 = 249,32 per day.
  assert.match(text, 'een opvangplek in een hotel gemiddeld € 91.000 per jaar, ruim € 249 per dag');
  // The cost table: € 249 per day in the hotel row.
  assert.match(text, 'Hotel 2023 € 91.000 € 249 3,36 ×');
  // A scenario table with its header row and the band 55.300 − 40.000 = 15.300.
  // In a table each cell carries the "ca." that the letter writes once before the list.
  assert.match(text, 'Periode Minimum Medio Maximum Bandbreedte 2025 ca. 40.000 ca. 47.000 ca. 55.300 15.300');
  // Header block and notes.
  assert.match(text, 'Datum 26 september 2025');
  assert.match(text, 'Ons kenmerk MPP-2025-TK');
  assert.match(text, 'Kamerbrief Meerjaren Productie Prognose 2025, 26 september 2025, Tweede Kamer, vergaderjaar 2025–2026, 19 637, nr. 3478.');
  assert.match(text, 'Turfmarkt 147 2511 DP Den Haag Postbus 20301 2500 EH Den Haag');
});

test('MPP 2022-02: the 2022 forecast rose by "ruim 7.000" (41.500 − 34.370 = 7.130)', async () => {
  const { pages } = await extract(file('mpp-2022-02-tweede-kamer.pdf'));
  const text = pages.map((x) => x.body).join(' ');
  assert.match(text, 'uit op 41.500 (dit was 34.370 in de vorige MPP (september 2021))');
  assert.match(text, 'Dat is een stijging van ruim 7.000 asielaanvragen (+21 %).');
});

test('"Pagina X van Y" on every page, as page furniture (artifact), and no untagged text', async () => {
  for (const p of plannedLetters(data, model)) {
    const { pages } = await extract(file(path.basename(p.path)));
    pages.forEach((page, i) => {
      assert.match(page.artifact, `Pagina ${i + 1} van ${pages.length}`, `${p.path} page ${i + 1}`);
      assert.is(page.unmarked, '', `${p.path} page ${i + 1} has text outside the structure`);
      assert.not.match(page.body, 'Pagina ', `${p.path}: page numbers must not be tagged content`);
      // From page 2 on, the Datum / Ons kenmerk block repeats at the top right (also an artifact).
      if (i > 0) assert.match(page.artifact, 'Datum');
    });
  }
});

test('no painting operation is left outside marked content (checked in the content streams)', async () => {
  for (const p of plannedLetters(data, model)) {
    const doc = await PDFDocument.load(await readFile(file(path.basename(p.path))), { updateMetadata: false });
    for (const { page, bytes } of pageContents(doc)) {
      assert.equal(unmarkedObjects(Buffer.from(bytes).toString('latin1')), [], `${p.path} page ${page + 1}`);
    }
  }
});

test('metadata: title, author, subject, language nl, dates of the edition, XMP', async () => {
  const { info, xmp, outline } = await extract(file('mpp-2025-tweede-kamer.pdf'));
  assert.is(info.Title, 'Kamerbrief MPP 2025');
  assert.is(info.Author, 'Ministerie van Asiel en Migratie');
  assert.is(info.Subject, 'Actuele situatie asielketen en Oekraïense ontheemden: uitkomsten MPP 2025');
  assert.is(info.Language, 'nl');
  assert.is(info.CreationDate, 'D:20250926000000Z');
  assert.is(info.ModDate, 'D:20250926000000Z');
  assert.is(info.Creator, 'MPP publicatie (templates/letters)');
  assert.is(info.PDFFormatVersion, '1.7');
  assert.is(xmp.get('dc:title'), 'Kamerbrief MPP 2025');
  assert.is(xmp.get('dc:language'), 'nl');
  // The outline: the subject (h1) and the numbered sections (h2), then the notes.
  assert.equal(outline, [
    'Actuele situatie asielketen en Oekraïense ontheemden: uitkomsten MPP 2025',
    '1. Instroom',
    '2. Opvang',
    '3. Uitstroom en huisvesting statushouders',
    '4. Oekraïense ontheemden',
    '5. Kosten van de opvang',
    'Noten',
  ]);
  // An edition known only by month (MPP 2024-II, "november 2024") is dated the first of the month.
  const ii = await extract(file('mpp-2024-II-gemeenten.pdf'));
  assert.is(ii.info.CreationDate, 'D:20241101000000Z');
  assert.match(ii.pages[0]!.body, 'Datum november 2024');
});

/** The structure tree as a list of [type, alt text, attributes] in document order. */
async function structure(file: string): Promise<{ type: string; alt: string | null; scope: string | null }[]> {
  const doc = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  const out: { type: string; alt: string | null; scope: string | null }[] = [];
  const text = (o: unknown) => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : null);
  const visit = (node: unknown, depth: number) => {
    const n = node instanceof PDFRef ? doc.context.lookup(node) : node;
    if (depth > 60) return;
    if (n instanceof PDFArray) return n.asArray().forEach((k) => visit(k, depth + 1));
    if (!(n instanceof PDFDict)) return;
    const s = n.get(PDFName.of('S'));
    if (s) {
      const attrs = n.lookup(PDFName.of('A'));
      const scope = /\/Scope \/(\w+)/.exec(String(attrs ?? ''))?.[1] ?? null;
      out.push({ type: String(s).slice(1), alt: text(n.lookup(PDFName.of('Alt'))), scope });
    }
    const kids = n.get(PDFName.of('K'));
    if (kids) visit(kids, depth + 1);
  };
  const catalog = doc.catalog;
  assert.ok(catalog.lookup(PDFName.of('MarkInfo')), 'MarkInfo');
  visit(catalog.lookup(PDFName.of('StructTreeRoot')), 0);
  return out;
}

test('tagged structure: headings, tables with header cells, charts as figures with alt text', async () => {
  const tags = await structure(file('mpp-2025-tweede-kamer.pdf'));
  const types = new Set(tags.map((t) => t.type));
  for (const t of ['Document', 'H1', 'H2', 'P', 'Table', 'TR', 'TH', 'TD', 'Figure', 'Caption', 'L', 'LI']) {
    assert.ok(types.has(t), `no ${t} in the structure tree`);
  }
  assert.ok(tags.some((t) => t.type === 'TH' && t.scope === 'Column'));
  assert.ok(tags.some((t) => t.type === 'TH' && t.scope === 'Row'));
  const figures = tags.filter((t) => t.type === 'Figure');
  const expected = charts.filter((c) => c.id === 'edition-2025-asylum-inflow-total')[0]!;
  assert.ok(figures.length > 0);
  for (const f of figures) assert.ok(f.alt && f.alt.length > 10, 'every figure has alt text');
  assert.ok(figures.some((f) => f.alt === expected.description), 'the chart description is the alt text');
});

test('fonts are embedded (Fira Sans, no substitute)', async () => {
  const doc = await PDFDocument.load(await readFile(file('mpp-2025-tweede-kamer.pdf')), { updateMetadata: false });
  const fonts: string[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || String(obj.get(PDFName.of('Type'))) !== '/FontDescriptor') continue;
    const name = String(obj.get(PDFName.of('FontName')));
    fonts.push(name);
    assert.ok(obj.get(PDFName.of('FontFile2')) ?? obj.get(PDFName.of('FontFile3')) ?? obj.get(PDFName.of('FontFile')), `${name} is not embedded`);
  }
  assert.ok(fonts.length >= 2);
  for (const f of fonts) assert.match(f, 'FiraSans');
});

test('printing again, in another order and page, gives the same bytes', async () => {
  const pages = letterPages(composeLetters(data, model, charts), charts);
  const jobs = pages.map((p) => ({ name: p.planned.path, html: p.html, meta: letterMetadata(p.doc) })).reverse();
  const again = (await printAll(browser, jobs)).reverse();
  for (let i = 0; i < pages.length; i++) {
    const before = await readFile(file(path.basename(pages[i]!.planned.path)));
    assert.ok(Buffer.from(again[i]!.bytes).equals(before), `${pages[i]!.planned.path} differs between two prints`);
  }
});

test('SOURCE_DATE_EPOCH sets the dates instead of the edition', async () => {
  const saved = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = '1700000000'; // 14 November 2023 22:13:20 UTC
  try {
    const doc = composeLetter(data, model, charts, '2021-09', 'tweede-kamer');
    const [printed] = await printAll(browser, [{ name: 'epoch', html: renderLetterHtml(doc, charts), meta: letterMetadata(doc) }]);
    const pdf = await PDFDocument.load(printed!.bytes, { updateMetadata: false });
    assert.is(pdf.getCreationDate()!.toISOString(), '2023-11-14T22:13:20.000Z');
    assert.is(pdf.getModificationDate()!.toISOString(), '2023-11-14T22:13:20.000Z');
  } finally {
    if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = saved;
  }
});

test('a letter that asks for the network fails instead of printing', async () => {
  const bad: Chart = {
    ...charts.find((c) => c.id === 'edition-2025-asylum-inflow-total')!,
    svgs: {
      ...charts.find((c) => c.id === 'edition-2025-asylum-inflow-total')!.svgs,
      print: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image href="http://example.invalid/x.png" width="10" height="10"/></svg>',
    },
  };
  const doc = composeLetter(data, model, [bad], '2025', 'tweede-kamer');
  const err = await printAll(browser, [{ name: 'bad', html: renderLetterHtml(doc, [bad]), meta: letterMetadata(doc) }]).then(
    () => null,
    (e: Error) => e,
  );
  assert.ok(err, 'printing should fail');
  assert.match(err!.message, 'http://example.invalid/x.png');
});

test('a build under npm run dev prints with the browser dev keeps, and leaves it running', async () => {
  const lease = await acquireBrowser({ [BROWSER_ENDPOINT_ENV]: await sharedEndpoint(browser) });
  const doc = composeLetter(data, model, charts, '2021-09', 'tweede-kamer');
  const printer = pagePrinter(lease.browser, 1);
  const [printed] = await printer.print([{ name: 'kept', html: renderLetterHtml(doc, charts), meta: letterMetadata(doc) }]);
  await printer.close();
  await lease.release();
  const before = await readFile(file('mpp-2021-09-tweede-kamer.pdf'));
  assert.ok(Buffer.from(printed!.bytes).equals(before), 'the same bytes as with a browser of its own');
  assert.ok(browser.connected, "dev's browser is still running after the build let go of it");
  const page = await browser.newPage();
  await page.close();
});

test('a browser named in MPP_BROWSER_WS that is gone: the build starts its own', async () => {
  const lease = await acquireBrowser({ [BROWSER_ENDPOINT_ENV]: 'ws://127.0.0.1:9/devtools/browser/gone' });
  assert.ok(lease.browser.connected);
  await lease.release();
  assert.not.ok(lease.browser.connected, 'a browser the build started is closed when it lets go');
});

test.run();
