/**
 * What the diff shows a reviewer of a new edition beside its effects: the evidence of every changed
 * and added figure (source, location, quote, note), the excerpts of sources that appeared or
 * changed, headings for figures of no edition, and letter sentences only of the letters the build
 * prints, each naming its PDF. Rows and texts are those of data/; the changes are made in memory.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadDataset } from '../../src/data/load.ts';
import type { Dataset, Prognosis } from '../../src/data/schema.ts';
import { deriveModel, type Model } from '../../src/model/index.ts';
import { renderMarkdown } from '../../src/diff/markdown/index.ts';
import { buildReport, type SideInput } from '../../src/diff/report.ts';
import { compareExcerpts, lineChanges, readExcerpts } from '../../src/diff/excerpts.ts';
import { printedSentences } from '../../src/diff/generators.ts';
import { reviewPage } from '../../src/diff/visual/review-page.ts';
import type { VisualSection } from '../../src/diff/visual/types.ts';
import { letterSentences } from '../../src/letters/narrative/index.ts';
import { isWrittenParagraph } from '../../src/letters/written/paragraphs.ts';
import { DATA } from '../support/helpers.ts';

let data: Dataset;
let model: Model;
let excerpts: Record<string, string>;

test.before(async () => {
  data = (await loadDataset(DATA)).data;
  model = deriveModel(data);
  excerpts = await readExcerpts(DATA);
});

const side = (d: Dataset, ex: Record<string, string> = excerpts): SideInput => ({
  data: d,
  model: deriveModel(d),
  sentences: { ok: true, value: [] },
  charts: { ok: true, value: [] },
  excerpts: ex,
});

/** The taakstelling of the first half of 2025, set by decision: no edition. */
const isQuota2025 = (p: Prognosis) => p.kind === 'set' && p.indicator === 'housing-quota' && p.period === '2025-H1';

/** The shipped data with the taakstelling 2025-H1 at 17.800 instead of 17.700, and a target added. */
function changedData(): Dataset {
  const target: Prognosis = {
    ...data.prognoses.find(isQuota2025)!,
    kind: 'target',
    indicator: 'coa-capacity-multiyear',
    period: '2030',
    value: 50000,
    unit: 'places',
    location: 'p. 99',
    quote: 'een vaste voorraad van 50.000 plekken in 2030',
    note: null,
  };
  return { ...data, prognoses: [...data.prognoses.map((p) => (isQuota2025(p) ? { ...p, value: 17800 } : p)), target] };
}

test('changed and added figures show their source, location, quote and note; a figure of no edition is headed by its kind', () => {
  const report = buildReport({ base: 'main', head: 'werkmap data', baseSide: side(data), headSide: side(changedData()) });
  const md = renderMarkdown(report);
  assert.not.match(md, '####  ·', 'no heading without an edition name');
  assert.match(md, '#### Vastgesteld cijfer · Taakstelling huisvesting statushouders\n');
  assert.match(md, '| 2025-I | 17.700 → 17.800 | +100 | +0,6 % | `ek-2025-02-07-begroting-am` |');
  // The evidence of the new value, from the row in prognoses.csv.
  assert.match(
    md,
    '- **Vastgesteld cijfer · Taakstelling huisvesting statushouders · 2025-I** (17.800):\n' +
      '  - bron `ek-2025-02-07-begroting-am`, p. 16, vragen GroenLinks-PvdA, vraag over taakstelling huisvesting statushouders\n' +
      '  - citaat: “De taakstelling voor het eerste half jaar van 2025 is vastgesteld op 17.700”\n' +
      '  - toelichting: kind set: the taakstelling 2025-I is "vastgesteld"',
  );
  assert.match(
    md,
    '#### Doel of afspraak · Meerjarig vast te leggen opvangplekken COA\n\n- **2030**: 50.000\n' +
      '  - bron `ek-2025-02-07-begroting-am`, p. 99\n  - citaat: “een vaste voorraad van 50.000 plekken in 2030”\n\n',
  );
});

test('the review page shows the evidence of changed and added figures, and names a figure of no edition by its kind', () => {
  const report = buildReport({ base: 'main', head: 'werkmap data', baseSide: side(data), headSide: side(changedData()) });
  const visual: VisualSection = { available: true, dir: 'beelden', charts: [], letters: [], counts: { charts: 0, pages: 0 } };
  const html = reviewPage(report, visual);
  assert.match(html, '<th scope="col">Herkomst</th>');
  assert.match(html, '<td>Vastgesteld cijfer · Taakstelling huisvesting statushouders · 2025-I</td>');
  assert.match(html, '<code>ek-2025-02-07-begroting-am</code>, p. 16, vragen GroenLinks-PvdA, vraag over taakstelling huisvesting statushouders<br><q>De taakstelling voor het eerste half jaar van 2025 is vastgesteld op 17.700</q>');
  assert.match(html, '<td>Doel of afspraak · Meerjarig vast te leggen opvangplekken COA · 2030</td>');
  assert.match(html, '<q>een vaste voorraad van 50.000 plekken in 2030</q>');
});

test('a changed line of an excerpt is paired with the line it replaced; lines added and removed stand alone', () => {
  assert.equal(lineChanges(['a', 'b', 'c'], ['a', 'B', 'c', 'd']), [
    { old: 'b', new: 'B' },
    { old: null, new: 'd' },
  ]);
  assert.equal(lineChanges(['a', 'b', 'c'], ['a', 'c']), [{ old: 'b', new: null }]);
  assert.equal(lineChanges(['a'], ['a']), []);
});

test('new and changed excerpts are shown: the changed words of a line, and the text of a new one', () => {
  const file = 'ind-2023-01-11-asielinstroom-december-2022.txt';
  assert.match(excerpts[file]!, 'in november was dat 4.584.');
  const head = {
    ...excerpts,
    [file]: excerpts[file]!.replace('in november was dat 4.584.', 'in november was dat 4.585.'),
    'tk-2026-mpp-2026.txt': 'Kamerbrief MPP 2026\n\nVoor 2026 laat het prognosemodel een totale asielinstroom zien van 42.000.\n',
  };
  const changes = compareExcerpts(excerpts, head, { base: data.sources, head: data.sources });
  assert.equal(
    changes.map((c) => [c.file, c.status, c.sources, c.lines.length]),
    [
      [file, 'changed', ['ind-2023-01-11-asielinstroom-dec-2022'], 1],
      ['tk-2026-mpp-2026.txt', 'added', [], 3],
    ],
  );
  const report = buildReport({ base: 'main', head: 'werkmap data', baseSide: side(data), headSide: side(data, head) });
  assert.is(report.summary!.excerptsChanged, 2);
  const md = renderMarkdown(report);
  assert.match(md, 'uittreksels: 2');
  assert.match(md, '### Uittreksels van bronnen (data/sources/)');
  assert.match(md, `- gewijzigd: \`sources/${file}\` (bron \`ind-2023-01-11-asielinstroom-dec-2022\`), 1 regel anders:\n`);
  assert.match(md, 'een daling: in november was dat **4.585.** Hiermee komt');
  assert.match(md, 'een daling: in november was dat **4.584.** Hiermee komt');
  assert.match(md, '- nieuw: `sources/tk-2026-mpp-2026.txt` (geen bron verwijst ernaar), 2 regels:\n  > Kamerbrief MPP 2026\n  > Voor 2026 laat het prognosemodel een totale asielinstroom zien van 42.000.');
  // The same excerpts on both sides: nothing to show.
  assert.equal(compareExcerpts(excerpts, { ...excerpts }, { base: data.sources, head: data.sources }), []);
});

test('letter sentences are those of the letters the build prints, each naming its PDF', async () => {
  const sentences = await printedSentences(data, model, DATA);
  // The build prints the two written letters and, for the newest edition (MPP 2025), a draft of the
  // kind nobody wrote: the letter to the municipalities.
  assert.equal([...new Set(sentences.map((s) => s.pdf))].sort(), [
    'brieven/mpp-2024-I-gemeenten.pdf',
    'brieven/mpp-2025-gemeenten.pdf',
    'brieven/mpp-2025-tweede-kamer.pdf',
  ]);
  const generated = sentences.filter((s) => !isWrittenParagraph(s));
  assert.ok(generated.length > 0);
  assert.ok(generated.every((s) => s.pdf === 'brieven/mpp-2025-gemeenten.pdf'), 'generated text only of the printed draft');
  // The generated text of every other letter (earlier editions, and the Kamerbrief staff wrote) is printed in no PDF.
  const all = letterSentences(data, model);
  assert.ok(all.some((s) => s.edition === '2025' && s.letter === 'tweede-kamer'));
  assert.is(generated.length, all.filter((s) => s.edition === '2025' && s.letter === 'gemeenten').length);
  assert.ok(
    sentences.filter(isWrittenParagraph).every((s) => s.pdf === `brieven/mpp-${s.edition}-${s.letter}.pdf`),
    'a written paragraph names the PDF of its letter',
  );
});

test.run();
