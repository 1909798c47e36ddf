/**
 * The PDF letters, printed with the real Chromium from the shipped data and the real charts: the two
 * written letters and the draft of the newest edition's letter to municipalities. The text
 * extracted with pdf.js must hold the draft's generated sentences, "Pagina X van Y" on every page
 * (as an artifact), the metadata, a tagged structure with an outline, alt text and table headers,
 * embedded fonts, and the same bytes when printed again. The figures of the written letters are
 * checked against their seeds in letters-written.test.ts.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';
import type { Browser } from 'puppeteer-core';
import { acquireBrowser, BROWSER_ENDPOINT_ENV, launchBrowser, sharedEndpoint } from '../../src/runtime/browser.ts';
import { buildCharts } from '../../src/charts/index.ts';
import { loadDataset } from '../../src/data/load.ts';
import { deriveModel, type Model } from '../../src/model/index.ts';
import { replaceFolder } from '../../src/runtime/output.ts';
import type { Dataset } from '../../src/data/schema.ts';
import type { Chart as RenderedChart, Variant } from '../../src/charts/index.ts';
type Chart = RenderedChart<Variant>;
import {
  composeLetters,
  letterMetadata,
  letterPages,
  letterSentences,
  plannedLetters,
  writeLetters,
} from '../../src/letters/index.ts';
import { composeLetter } from '../../src/letters/compose.ts';
import { pageContents, unmarkedObjects } from '../../src/letters/pdf/index.ts';
import { pagePrinter, printAll } from '../../src/letters/print.ts';
import { renderLetterHtml } from '../../src/letters/render.ts';
import { DATA } from '../support/helpers.ts';
import { loadWrittenLetters, type WrittenLetter } from '../../src/letters/written/load.ts';
import type { Senders } from '../../src/letters/written/senders.ts';

let data: Dataset;
let model: Model;
let charts: Chart[];
let browser: Browser;
let root: string;
let first: string;
let written = 0;
let letters: WrittenLetter[];
let senders: Senders;
const progress: [number, number][] = [];

test.before(async () => {
  data = (await loadDataset(DATA)).data;
  model = deriveModel(data);
  ({ letters, senders } = await loadWrittenLetters(DATA, data, model));
  charts = await buildCharts(data, model);
  browser = await launchBrowser({ shared: true });
  root = await mkdtemp(path.join(os.tmpdir(), 'mpp-letters-'));
  first = path.join(root, 'a');
  written = await replaceFolder(first, (out) =>
    writeLetters(out, {
      letters: composeLetters(data, model, charts, { written: letters, senders }),
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

const planned = () => plannedLetters(data, model, letters);

test('the written letters, and the newest edition\'s missing kind as a draft, are printed; nothing else', () => {
  assert.equal(
    planned().map((p) => [p.path, p.draft]),
    [
      ['brieven/mpp-2024-I-gemeenten.pdf', false],
      ['brieven/mpp-2025-tweede-kamer.pdf', false],
      ['brieven/mpp-2025-gemeenten.pdf', true],
    ],
  );
  assert.is(written, 3);
  assert.equal(progress.at(-1), [3, 3]);
});

test('the draft prints exactly its generated sentences, and "Concept" on every page', async () => {
  const all = letterSentences(data, model);
  for (const p of planned().filter((x) => x.draft)) {
    const { pages } = await extract(file(path.basename(p.path)));
    const text = pages.map((x) => x.body).join(' ');
    const mine = all.filter((s) => s.edition === p.edition && s.letter === p.letter);
    assert.ok(mine.length > 0, p.path);
    for (const s of mine) assert.ok(text.includes(s.text), `${p.path} does not print ${s.id}: "${s.text}"`);
    const { pages: all2 } = await extract(file(path.basename(p.path)));
    all2.forEach((page, i) => assert.match(page.artifact, 'Concept', `${p.path} page ${i + 1}`));
    assert.not.match(text, 'Ons kenmerk');
    // The roles of the two ministers in office on 26 September 2025, without their names.
    assert.match(text, 'De Minister van Asiel en Migratie, De Minister voor Asiel en Migratie,');
    assert.not.match(text, 'Van Weel');
    assert.not.match(text, 'Keijzer');
  }
});

test('"Pagina X van Y" on every page, as page furniture (artifact), and no untagged text', async () => {
  for (const p of planned()) {
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

test('no page holds only the signatures: the last paragraph stands with them', async () => {
  for (const p of planned()) {
    const { pages } = await extract(file(path.basename(p.path)));
    const at = pages.findIndex((x) => /De (Minister|Staatssecretaris) [a-z]+ [A-Z]/.test(x.body));
    assert.ok(at >= 0, `${p.path}: no signature found`);
    const before = pages[at]!.body.slice(0, pages[at]!.body.search(/De (Minister|Staatssecretaris) [a-z]+ [A-Z]/));
    // At least a sentence of the letter precedes the signatures on their page.
    assert.ok(/[a-z]{3,}[.,] /.test(before) && before.length > 60, `${p.path} page ${at + 1}: the signatures stand alone (${before})`);
  }
});

test('no painting operation is left outside marked content (checked in the content streams)', async () => {
  for (const p of planned()) {
    const doc = await PDFDocument.load(await readFile(file(path.basename(p.path))), { updateMetadata: false });
    for (const { page, bytes } of pageContents(doc)) {
      assert.equal(unmarkedObjects(Buffer.from(bytes).toString('latin1')), [], `${p.path} page ${page + 1}`);
    }
  }
});

test('metadata: title, author, subject, language nl, the date of the letter, XMP', async () => {
  const { info, xmp, outline } = await extract(file('mpp-2025-tweede-kamer.pdf'));
  assert.is(info.Title, 'Kamerbrief MPP 2025');
  assert.is(info.Author, 'Ministerie van Asiel en Migratie');
  // A reproduction of a sent letter says so after its subject (issue 25).
  assert.ok(String(info.Subject).startsWith('Meerjaren Productie Prognose 2025. Weergave van de brief zoals verzonden op 26 september 2025'), String(info.Subject));
  assert.is(info.Language, 'nl');
  assert.is(info.CreationDate, 'D:20250926000000Z');
  assert.is(info.ModDate, 'D:20250926000000Z');
  assert.is(info.Creator, 'MPP publicatie (templates/letters)');
  assert.is(info.PDFFormatVersion, '1.7');
  assert.is(xmp.get('dc:title'), 'Kamerbrief MPP 2025');
  assert.is(xmp.get('dc:language'), 'nl');
  // The outline: the subject (h1), the writer's numbered sections (h2) and their subheadings (the notes are footnotes, with no heading).
  // (The outline is read two levels deep: the subheadings are one level further down.)
  assert.equal(outline, ['Meerjaren Productie Prognose 2025', '1. Belangrijkste ontwikkelingen', '2. Maatregelen', 'Tot slot']);
  // The letter of 25 April 2024 is dated by its front matter and carries the letterhead of JenV.
  const g = await extract(file('mpp-2024-I-gemeenten.pdf'));
  assert.is(g.info.CreationDate, 'D:20240425000000Z');
  assert.is(g.info.Author, 'Ministerie van Justitie en Veiligheid');
  assert.match(g.pages[0]!.body, 'Datum 25 april 2024');
  // The draft is dated by its edition and says it is one.
  const d = await extract(file('mpp-2025-gemeenten.pdf'));
  assert.is(d.info.Title, 'Concept: Brief aan provincies, gemeenten en woningcorporaties over de MPP 2025');
  assert.is(d.info.CreationDate, 'D:20250926000000Z');
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
  const tags = await structure(file('mpp-2025-gemeenten.pdf'));
  const types = new Set(tags.map((t) => t.type));
  for (const t of ['Document', 'H1', 'H2', 'P', 'Table', 'TR', 'TH', 'TD', 'Figure', 'Caption', 'L', 'LI']) {
    assert.ok(types.has(t), `no ${t} in the structure tree`);
  }
  assert.ok(tags.some((t) => t.type === 'TH' && t.scope === 'Column'));
  assert.ok(tags.some((t) => t.type === 'TH' && t.scope === 'Row'));
  const figures = tags.filter((t) => t.type === 'Figure');
  const expected = charts.filter((c) => c.id === 'edition-2025-asylum-inflow-total')[0]!;
  // The written Kamerbrief: its Markdown headings and paragraphs are tagged as such.
  const kamerbrief = new Set((await structure(file('mpp-2025-tweede-kamer.pdf'))).map((t) => t.type));
  for (const t of ['Document', 'H1', 'H2', 'H3', 'P']) assert.ok(kamerbrief.has(t), `no ${t} in the written letter's structure`);
  assert.ok(figures.length > 0);
  for (const f of figures) assert.ok(f.alt && f.alt.length > 10, 'every figure has alt text');
  assert.ok(figures.some((f) => f.alt === expected.description), 'the chart description is the alt text');
});

test('fonts are embedded (Fira Sans, no substitute)', async () => {
  for (const p of planned()) {
  const doc = await PDFDocument.load(await readFile(file(path.basename(p.path))), { updateMetadata: false });
  const fonts: string[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || String(obj.get(PDFName.of('Type'))) !== '/FontDescriptor') continue;
    const name = String(obj.get(PDFName.of('FontName')));
    fonts.push(name);
    assert.ok(obj.get(PDFName.of('FontFile2')) ?? obj.get(PDFName.of('FontFile3')) ?? obj.get(PDFName.of('FontFile')), `${name} is not embedded`);
  }
  assert.ok(fonts.length >= 2);
  for (const f of fonts) assert.match(f, 'FiraSans');
  }
});

test('printing again, in another order and page, gives the same bytes', async () => {
  const pages = letterPages(composeLetters(data, model, charts, { written: letters, senders }), charts);
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
  const doc = composeLetter(data, model, charts, '2025', 'gemeenten', senders);
  const printer = pagePrinter(lease.browser, 1);
  const [printed] = await printer.print([{ name: 'kept', html: renderLetterHtml(doc, charts), meta: letterMetadata(doc) }]);
  await printer.close();
  await lease.release();
  const before = await readFile(file('mpp-2025-gemeenten.pdf'));
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
