/**
 * The pure parts of the diff: sentence and chart comparison (on fixture arrays in the shape the
 * letters and charts stages give), derived-table matching, the report's wiring and its Markdown.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import path from 'node:path';
import { loadDataset } from '../../src/data/load.ts';
import { deriveModel } from '../../src/model/index.ts';
import { compareDerived } from '../../src/diff/derived.ts';
import { esc, highlight, relativeText, renderJson, renderMarkdown, truncate } from '../../src/diff/markdown/index.ts';
import { chartTable, compareCharts, compareSentences } from '../../src/diff/outputs.ts';
import { buildReport, type SideInput } from '../../src/diff/report.ts';
import { figureDelta } from '../../src/diff/rows.ts';
import { loadSide, type Generators } from '../../src/diff/sides.ts';
import type { ChartId } from '../../src/charts/ids.ts';
import type { ChartLike, LetterSentence } from '../../src/diff/types.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { DATA, replaceIn, scratchData } from '../support/helpers.ts';

const MINUS = '\u2212';

const sentence = (id: string, text: string, edition = '2025'): LetterSentence => ({
  id,
  edition,
  letter: 'kamerbrief',
  section: 'Asielinstroom',
  text,
  pdf: `brieven/mpp-${edition}-tweede-kamer.pdf`,
});

test('sentences: matched by id; changed, added and removed in a stable order; unchanged left out', () => {
  const base = [
    sentence('inflow-2025', 'De instroom in 2025 is 47.000 in het medioscenario.'),
    sentence('same', 'Deze zin blijft.'),
    sentence('gone', 'Deze zin vervalt.'),
  ];
  const head = [
    sentence('new', 'Een nieuwe zin.'),
    sentence('same', 'Deze zin blijft.'),
    sentence('inflow-2025', 'De instroom in 2025 is 48.000 in het medioscenario.'),
  ];
  assert.equal(
    compareSentences(base, head).map((s) => [s.id, s.status, s.old, s.new]),
    [
      ['new', 'added', null, 'Een nieuwe zin.'],
      ['inflow-2025', 'changed', 'De instroom in 2025 is 47.000 in het medioscenario.', 'De instroom in 2025 is 48.000 in het medioscenario.'],
      ['gone', 'removed', 'Deze zin vervalt.', null],
    ],
  );
  assert.equal(compareSentences(head, head), []);
});

test('highlight: the words that differ in bold, with optional context', () => {
  assert.equal(highlight('De instroom is 47.000 in 2025.', 'De instroom is 48.000 in 2025.'), {
    old: 'De instroom is **47.000** in 2025.',
    new: 'De instroom is **48.000** in 2025.',
  });
  const h = highlight('a b c d e f 1 g h i j k', 'a b c d e f 2 g h i j k', 2);
  assert.equal(h, { old: '… e f **1** g h …', new: '… e f **2** g h …' });
  assert.equal(highlight('zelfde', 'zelfde'), { old: 'zelfde', new: 'zelfde' });
});

test('a chart table becomes columns and records', () => {
  assert.equal(chartTable({ columns: ['Periode', 'medio'], rows: [['2025', '47.000']] }), {
    columns: ['Periode', 'medio'],
    rows: [{ Periode: '2025', medio: '47.000' }],
  });
  assert.equal(chartTable({ columns: ['Periode'], rows: [] }), { columns: ['Periode'], rows: [] });
});

const chart = (id: string, title: string, rows: string[][], columns = ['Periode', 'medio'], description = title): ChartLike => ({
  id: id as ChartId,
  title,
  description,
  table: { columns, rows },
});

test('charts: matched by id, rows matched on their first column, only differing cells listed', () => {
  const base = [
    chart('a', 'Instroom', [['2025', '47.000'], ['2026', '51.000']]),
    chart('b', 'Kosten', [['2023', '€ 91.000']]),
    chart('c', 'Weg', [['2020', '1']]),
  ];
  const head = [
    chart('a', 'Instroom', [['2025', '48.000', '–'], ['2026', '51.000', '42.000'], ['2027', '50.000', '40.000']], ['Periode', 'medio', 'MPP 2026']),
    chart('b', 'Kosten per plek', [['2023', '€ 91.000']]),
    chart('d', 'Nieuw', [['2025', '1']]),
  ];
  const changes = compareCharts(base, head);
  assert.equal(changes.map((c) => [c.id, c.status]), [
    ['a', 'changed'],
    ['b', 'changed'],
    ['d', 'added'],
    ['c', 'removed'],
  ]);
  const a = changes[0]!;
  assert.equal(a.columns, { added: ['MPP 2026'], removed: [] });
  assert.equal(a.rowsChanged, [
    { key: '2025', cells: [{ column: 'medio', old: '47.000', new: '48.000' }] },
    { key: '2026', cells: [{ column: 'MPP 2026', old: null, new: '42.000' }] },
  ]);
  assert.equal(a.rowsAdded, [{ Periode: '2027', medio: '50.000', 'MPP 2026': '40.000' }]);
  assert.equal(changes[1]!.title, { old: 'Kosten', new: 'Kosten per plek' });
  // Without a unique first column, rows are compared whole.
  const dup = compareCharts([chart('x', 'X', [['a', '1'], ['a', '2']])], [chart('x', 'X', [['a', '1'], ['a', '3']])]);
  assert.equal(dup[0]!.rowsRemoved, [{ Periode: 'a', medio: '2' }]);
  assert.equal(dup[0]!.rowsAdded, [{ Periode: 'a', medio: '3' }]);
  assert.equal(compareCharts(head, head), []);
});

test('derived tables: rows matched on their key columns; a repeated key is numbered, not lost', () => {
  const t = (rows: Record<string, unknown>[]) => ({
    'place-costs': { columns: ['type', 'price_year', 'per_year', 'rows'], key: ['type', 'price_year'], rows },
  });
  const changes = compareDerived(
    t([
      { type: 'hotel', price_year: 2023, per_year: 91000, rows: 'x' },
      { type: 'hotel', price_year: 2023, per_year: 90000, rows: 'y' },
    ]),
    t([
      { type: 'hotel', price_year: 2023, per_year: 91000, rows: 'other source' },
      { type: 'hotel', price_year: 2023, per_year: 95000, rows: 'y' },
      { type: 'tgo', price_year: 2023, per_year: 60000, rows: 'z' },
    ]),
  );
  assert.equal(changes, [
    { table: 'place-costs', status: 'changed', key: { type: 'hotel', price_year: 2023 }, cells: [{ column: 'per_year', old: 90000, new: 95000 }] },
    { table: 'place-costs', status: 'added', key: { type: 'tgo', price_year: 2023 }, cells: [{ column: 'per_year', new: 60000 }] },
  ]);
});

test('figures: change and relative change, without floating-point noise', () => {
  assert.equal(figureDelta(47000, 48000), { change: 1000, relative: 1000 / 47000 });
  assert.equal(figureDelta(0.1, 0.3).change, 0.2);
  assert.is(figureDelta(0, 5).relative, null);
  assert.is(relativeText(1000 / 47000), '+2 %');
  assert.is(relativeText(-19000 / 66000), `${MINUS}29 %`);
  assert.is(relativeText(100 / 55300), '+0,2 %');
  assert.is(relativeText(1 / 55300), '+0,002 %');
  assert.is(relativeText(-0.005), `${MINUS}0,5 %`);
  assert.is(relativeText(null), 'n.v.t.');
});

test('Markdown: text cannot break a table or inject HTML; a long report is cut at a line with open blocks closed', () => {
  assert.is(esc('a | b <script> *c*'), 'a \\| b \\<script\\> \\*c\\*');
  const long = ['# kop', '<details>', '', '```text', ...Array.from({ length: 400 }, (_, i) => `regel ${i}`), '```', '</details>'].join('\n');
  const cut = truncate(long, 1500);
  assert.ok(cut.length <= 1500, `${cut.length} > 1500`);
  assert.is(cut.split('\n').filter((l) => l.trim().startsWith('```')).length % 2, 0, 'code block closed');
  assert.match(cut, '</details>');
  assert.match(cut, 'Dit rapport is ingekort');
  assert.is(truncate('kort\n', 1500), 'kort\n');
});

async function side(data: Dataset, sentences: LetterSentence[], charts: ChartLike[] = []): Promise<SideInput> {
  return { data, model: deriveModel(data), sentences: { ok: true, value: sentences }, charts: { ok: true, value: charts } };
}

test('the report shows the letter sentences that change, old and new, with the difference in bold', async () => {
  const { data } = await loadDataset(DATA);
  const report = buildReport({
    base: 'main',
    head: 'werkmap data',
    baseSide: await side(data, [sentence('inflow-2025', 'De instroom in 2025 is 47.000.'), sentence('gone', 'Weg.')]),
    headSide: await side(data, [sentence('inflow-2025', 'De instroom in 2025 is 48.000.')]),
  });
  assert.is(report.summary!.sentencesChanged, 2);
  const md = renderMarkdown(report);
  assert.match(md, '- **MPP 2025** · kamerbrief, gegenereerde tekst · Asielinstroom · `brieven/mpp-2025-tweede-kamer.pdf` (`inflow-2025`)\n  - oud: De instroom in 2025 is **47.000.**\n  - nieuw: De instroom in 2025 is **48.000.**');
  assert.match(md, '- vervallen zin, **MPP 2025** · kamerbrief, gegenereerde tekst · Asielinstroom · `brieven/mpp-2025-tweede-kamer.pdf` (`gone`): Weg.');
  assert.match(md, 'zinnen: 2');
  const json = JSON.parse(renderJson(report));
  assert.equal(json.sentences.changes[0], {
    id: 'inflow-2025',
    status: 'changed',
    edition: '2025',
    letter: 'kamerbrief',
    section: 'Asielinstroom',
    pdf: 'brieven/mpp-2025-tweede-kamer.pdf',
    old: 'De instroom in 2025 is 47.000.',
    new: 'De instroom in 2025 is 48.000.',
  });
});

test('an unavailable generator or an invalid old data set is said, not hidden', async () => {
  const { data } = await loadDataset(DATA);
  const head = await side(data, []);
  const old = { ...data, prognoses: data.prognoses.map((p) => ({ ...p, value: p.value + 1 })) };
  const report = buildReport({
    base: 'main',
    head: 'werkmap data',
    baseSide: { data: old, model: null, charts: head.charts, sentences: { ok: false, reason: 'de oude gegevens voldoen niet aan de controle' } },
    headSide: head,
    baseNote: 'de oude gegevens voldoen niet aan de controle.',
  });
  assert.is(report.derived.available, false);
  assert.is(report.summary!.derivedChanged, null);
  const md = renderMarkdown(report);
  assert.match(md, '> **Let op:** de oude gegevens voldoen niet aan de controle.');
  assert.match(md, '### Zinnen in de brieven\n\n_Niet vergeleken: de oude gegevens voldoen niet aan de controle._');
  assert.match(md, 'afgeleide cijfers: niet vergeleken');
});

test('an invalid old data set still gives the rows that could be read', async () => {
  const dir = await scratchData();
  await replaceIn(dir, 'prognoses.csv', '2025,asylum-inflow-total,,medio,2025,47000,', '2025,asylum-inflow-total,,medio,2025,veel,');
  const none: Generators = {
    sentences: async () => ({ ok: true, value: [] }),
    charts: async () => ({ ok: true, value: [] }),
  };
  const loaded = await loadSide(dir, none, 'oude');
  assert.is(loaded.errors.length, 1);
  assert.match(loaded.errors[0]!.file, path.join(dir, 'prognoses.csv'));
  assert.is(loaded.side.model, null);
  const full = (await loadDataset(DATA)).data;
  assert.is(loaded.side.data.prognoses.length, full.prognoses.length - 1);
  assert.is(loaded.side.data.realisations.length, full.realisations.length);
});

test.run();
