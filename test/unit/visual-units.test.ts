/**
 * The pure parts of the visual diff: pixel differences and their regions on small pictures made in
 * the test, PNG bytes, the word diff of page texts, letter file names, and the Markdown section and
 * review page rendered from a hand-made visual section.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { renderMarkdown } from '../../src/diff/markdown/index.ts';
import { diffOptions } from '../../src/diff/options.ts';
import { parseCommandLine } from '../../src/cli/command.ts';
import * as message from '../../src/messages.ts';
import { command as diffCommand } from '../../scripts/diff.ts';
import { UsageError } from '../../src/errors.ts';
import type { DiffReport } from '../../src/diff/types.ts';
import { letterOf } from '../../src/diff/visual/letter-pages.ts';
import {
  ADDED,
  clusters,
  comparePictures,
  crop,
  decodePng,
  encodePng,
  FRAME,
  padTo,
  pngSize,
  REMOVED,
  zoomRects,
  type Picture,
} from '../../src/diff/visual/pixels.ts';
import { REVIEW_ICON, reviewCss, reviewPage } from '../../src/diff/visual/review-page.ts';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import path from 'node:path';
import { ROOT } from '../support/helpers.ts';
import { textChanges } from '../../src/diff/visual/text-diff.ts';
import type { ChartPicture, LetterPictures, VisualSection } from '../../src/diff/visual/types.ts';

/** A white picture with the given rectangles filled in `ink`. */
function picture(width: number, height: number, boxes: { x: number; y: number; w: number; h: number }[] = [], ink = [20, 40, 120]): Picture {
  const data = new Uint8Array(width * height * 4).fill(255);
  for (const b of boxes) {
    for (let y = b.y; y < b.y + b.h; y++) for (let x = b.x; x < b.x + b.w; x++) data.set([...ink, 255], (y * width + x) * 4);
  }
  return { width, height, data };
}

const colour = (p: Picture, x: number, y: number) => [...p.data.subarray((y * p.width + x) * 4, (y * p.width + x) * 4 + 3)];
const count = (p: Picture, c: number[]) => {
  let n = 0;
  for (let i = 0; i < p.data.length; i += 4) if (p.data[i] === c[0] && p.data[i + 1] === c[1] && p.data[i + 2] === c[2]) n++;
  return n;
};

test('pixels: ink that came is blue, ink that went is red, the rest grey, and each cluster framed', () => {
  const before = picture(200, 100, [{ x: 20, y: 20, w: 10, h: 10 }]);
  const after = picture(200, 100, [{ x: 150, y: 60, w: 8, h: 5 }]);
  const d = comparePictures(before, after);
  assert.is(d.changed, 10 * 10 + 8 * 5);
  assert.is(count(d.image, REMOVED), 100);
  assert.is(count(d.image, ADDED), 40);
  assert.equal(colour(d.image, 25, 25), REMOVED);
  assert.equal(colour(d.image, 152, 62), ADDED);
  assert.equal(d.regions, [
    { x: 20, y: 20, width: 10, height: 10 },
    { x: 150, y: 60, width: 8, height: 5 },
  ]);
  // The frame runs 4 px outside the box, 3 px wide: columns 13, 14 and 15 left of x = 20.
  assert.equal([12, 13, 15, 16].map((x) => colour(d.image, x, 25)[1]), [255, FRAME[1], FRAME[1], 255]);
  const grey = colour(d.image, 100, 5);
  assert.ok(grey[0] === grey[1] && grey[1] === grey[2], 'unchanged pixels are grey');
  assert.equal(d.resized, false);
});

test('pixels: the same picture gives no change, no region, no frame', () => {
  const p = picture(60, 40, [{ x: 5, y: 5, w: 20, h: 3 }]);
  const d = comparePictures(p, picture(60, 40, [{ x: 5, y: 5, w: 20, h: 3 }]));
  assert.equal([d.changed, d.regions, count(d.image, FRAME), count(d.image, REMOVED) + count(d.image, ADDED)], [0, [], 0, 0]);
});

test('pixels: changes within a cell of each other are one region; far apart, two', () => {
  const mask = (points: [number, number][], w = 200, h = 100) => {
    const m = new Uint8Array(w * h);
    for (const [x, y] of points) m[y * w + x] = 1;
    return clusters(m, w, h);
  };
  assert.equal(mask([[10, 10], [30, 12]]), [{ x: 10, y: 10, width: 21, height: 3 }]);
  assert.equal(mask([[10, 10], [150, 80]]).length, 2);
  assert.equal(mask([]), []);
});

test('pixels: pictures of different sizes are compared top left, the smaller padded with white', () => {
  const before = picture(50, 40);
  const after = picture(50, 60, [{ x: 0, y: 50, w: 10, h: 10 }]);
  const d = comparePictures(before, after);
  assert.equal([d.image.width, d.image.height, d.resized, d.changed], [50, 60, true, 100]);
  assert.equal(padTo(before, 50, 60).data.subarray(50 * 40 * 4).every((v) => v === 255), true);
});

test('PNG: the same pixels give the same bytes, read back as they were; the size is read from the header', () => {
  const p = picture(33, 21, [{ x: 3, y: 4, w: 5, h: 6 }]);
  const a = encodePng(p);
  const b = encodePng({ ...p, data: new Uint8Array(p.data) });
  assert.ok(a.equals(b));
  assert.equal(Buffer.from(decodePng(a).data), Buffer.from(p.data));
  assert.equal(pngSize(a), { width: 33, height: 21 });
  assert.throws(() => pngSize(Buffer.from('not a png at all, not at all')), /not a PNG/);
});

test('PNG: a picture that is not opaque is laid on white, byte for byte as pngjs lays an RGBA picture on white', () => {
  // Every value of every channel, alpha included, in a picture of 64 × 64 pixels.
  const data = new Uint8Array(64 * 64 * 4);
  for (let i = 0; i < data.length; i++) data[i] = (i * 67 + (i >> 2) * 13) % 256;
  const rgba = new PNG({ width: 64, height: 64 });
  rgba.data = Buffer.from(data);
  const byPngjs = PNG.sync.write(rgba, { colorType: 2, inputColorType: 6, inputHasAlpha: true, deflateLevel: 9, filterType: 0 });
  assert.ok(encodePng({ width: 64, height: 64, data }).equals(byPngjs));
  // A pixel of alpha 0 is white, whatever its colour.
  const clear = decodePng(encodePng({ width: 1, height: 1, data: new Uint8Array([10, 20, 30, 0]) }));
  assert.equal([...clear.data], [255, 255, 255, 255]);
});

test('zooms: a region with a margin, clipped to the picture; a region too large to be worth one is left out', () => {
  assert.equal(zoomRects([{ x: 10, y: 100, width: 50, height: 20 }], 400, 300), [
    { region: { x: 10, y: 100, width: 50, height: 20 }, rect: { x: 0, y: 60, width: 100, height: 100 } },
  ]);
  assert.equal(zoomRects([{ x: 0, y: 0, width: 390, height: 290 }], 400, 300), []);
  const p = picture(10, 10, [{ x: 2, y: 3, w: 1, h: 1 }]);
  assert.equal(colour(crop(p, { x: 2, y: 3, width: 2, height: 2 }), 0, 0), [20, 40, 120]);
  assert.throws(() => crop(p, { x: 8, y: 8, width: 5, height: 5 }), /not inside/);
});

test('page text: each run of changed words with context; nothing for the same words', () => {
  const old = 'In het medioscenario komt de raming van de totale asielinstroom in 2025 uit op ca. 47.000 (dit was 66.000 in het medioscenario van de vorige MPP (2024-II)). Dat is een daling van 19.000 asielaanvragen (−29 %).';
  const now = old.replace('47.000', '48.500').replace('van 19.000 asielaanvragen (−29 %)', 'van bijna 18.000 asielaanvragen (−27 %)');
  assert.equal(textChanges(old, now), [
    { before: '… asielinstroom in 2025 uit op ca.', old: '47.000', new: '48.500', after: '(dit was 66.000 in het medioscenario …' },
    { before: '… (2024-II)). Dat is een daling van', old: '19.000 asielaanvragen (−29', new: 'bijna 18.000 asielaanvragen (−27', after: '%).' },
  ]);
  assert.equal(textChanges(old, `${old}`), []);
  assert.equal(textChanges('a b c', 'a c'), [{ before: 'a', old: 'b', new: '', after: 'c' }]);
  assert.equal(textChanges('', 'Nieuw'), [{ before: '', old: '', new: 'Nieuw', after: '' }]);
});

test('letters: edition and kind from the file name, as src/letters/plan.ts makes it', () => {
  assert.equal(letterOf('mpp-2024-I-gemeenten.pdf'), { edition: '2024-I', letter: 'gemeenten' });
  assert.equal(letterOf('mpp-2021-09-tweede-kamer.pdf'), { edition: '2021-09', letter: 'tweede-kamer' });
  assert.is(letterOf('notitie.pdf'), null);
});

test('options: --visual-href needs --visual and an http(s) address; --cache defaults to .cache', () => {
  const options = (argv: string[]) => {
    const input = parseCommandLine(diffCommand, argv);
    assert.ok(input !== 'help');
    return diffOptions(input.values);
  };
  const opts = options(['--visual', 'beelden']);
  assert.equal([opts.visual, opts.visualHref, opts.cache], ['beelden', undefined, '.cache']);
  assert.throws(() => options(['--visual-href', 'https://example.org']), (e: unknown) => e instanceof UsageError && e.message === message.diff.hrefNeedsVisual());
  assert.throws(() => options(['--visual', 'b', '--visual-href', 'javascript:alert(1)']), (e: unknown) => (e as Error).message === message.diff.hrefAddress('javascript:alert(1)'));
  assert.throws(() => options(['--visual', '']), (e: unknown) => (e as Error).message === message.cli.emptyFolder('--visual'));
});

// A visual section by hand: one letter with a changed page, one changed chart, one chart whose data
// changed but whose drawing did not.
const region = { x: 10, y: 20, width: 30, height: 8 };
const letter: LetterPictures = {
  path: 'brieven/mpp-2025-tweede-kamer.pdf',
  title: 'Kamerbrief MPP 2025 <test>',
  edition: '2025',
  letter: 'tweede-kamer',
  written: true,
  anchor: 'brief-mpp-2025-tweede-kamer',
  status: 'changed',
  pages: [
    {
      page: 2,
      anchor: 'brief-mpp-2025-tweede-kamer-pagina-2',
      status: 'changed',
      images: { before: 'letters/mpp-2025-tweede-kamer/page-2/before.png', after: 'letters/mpp-2025-tweede-kamer/page-2/after.png', diff: 'letters/mpp-2025-tweede-kamer/page-2/diff.png' },
      changedPixels: 1234,
      regions: [region],
      zooms: [{ region, rect: region, before: 'letters/mpp-2025-tweede-kamer/page-2/zoom-1-before.png', after: 'letters/mpp-2025-tweede-kamer/page-2/zoom-1-after.png' }],
      text: [{ before: 'ca. 40.000 in het minimumscenario,', old: '47.000', new: '48.500', after: 'in het' }],
      charts: [],
      size: { before: { width: 1190, height: 1684 }, after: { width: 1190, height: 1684 } },
    },
  ],
  pageCount: { before: 12, after: 12 },
  samePages: [{ page: 3, charts: ['b'] }],
};
const chart = (id: string, status: ChartPicture['status']): ChartPicture => ({
  id,
  title: `Grafiek ${id}`,
  anchor: `grafiek-${id}`,
  status,
  images: status === 'changed' ? { before: `charts/${id}/before.png`, after: `charts/${id}/after.png`, diff: `charts/${id}/diff.png` } : { before: null, after: null, diff: null },
  changedPixels: status === 'changed' ? 500 : null,
  regions: status === 'changed' ? [region] : [],
  zooms: [],
  size: { before: { width: 1200, height: 600 }, after: { width: 1200, height: 600 } },
});
const visual: VisualSection = {
  available: true,
  dir: 'beelden',
  charts: [chart('a', 'changed'), chart('b', 'same-drawing')],
  letters: [letter],
  counts: { charts: 1, pages: 1 },
};

function reportWith(v: VisualSection): DiffReport {
  return {
    base: 'main',
    head: 'werkmap data',
    valid: true,
    errors: [],
    baseNote: null,
    baseErrors: [],
    summary: { figuresAdded: 0, figuresChanged: 1, figuresRemoved: 0, provenanceChanged: 0, otherRowsChanged: 0, excerptsChanged: 0, editions: ['2025'], derivedChanged: 0, sentencesChanged: 0, chartsChanged: 2 },
    labels: { editions: { '2025': 'MPP 2025' }, indicators: {} },
    figures: { changed: [], added: [], removed: [] },
    provenance: [],
    tables: [],
    excerpts: [],
    derived: { available: true, changes: [] },
    sentences: { available: true, changes: [] },
    charts: { available: true, changes: [] },
    visual: v,
  };
}

test('Markdown: the pictures counted and linked; data changed but drawing the same is said; with an address, no deep links', () => {
  const md = renderMarkdown(reportWith(visual), { visual: { page: 'beelden/index.html', anchors: true } });
  assert.match(md, "· zichtbaar anders: 1 grafiek en 1 briefpagina\n");
  assert.match(md, "**1 grafiek en 1 briefpagina zien er anders uit** · [de beelden naast elkaar](beelden/index.html)");
  assert.match(md, '- Kamerbrief MPP 2025 \\<test\\> (`brieven/mpp-2025-tweede-kamer.pdf`): pagina [2](beelden/index.html#brief-mpp-2025-tweede-kamer-pagina-2) van 12');
  assert.match(md, '- grafiek **Grafiek a** (`a`): [voor, na en verschil](beelden/index.html#grafiek-a)');
  assert.match(
    md,
    'Gegevens gewijzigd, beeld gelijk:\n\n' +
      '- Kamerbrief MPP 2025 \\<test\\> (`brieven/mpp-2025-tweede-kamer.pdf`), pagina 3: toont **Grafiek b**, waarvan de cijfers veranderen; geen pixel van de pagina verandert\n' +
      '- grafiek **Grafiek b** (`b`): de tekening is dezelfde',
  );
  const ci = renderMarkdown(reportWith(visual), { visual: { page: 'https://github.com/o/r/actions/runs/1/artifacts/2', anchors: false } });
  assert.match(ci, '[de beelden naast elkaar](https://github.com/o/r/actions/runs/1/artifacts/2)');
  assert.match(ci, 'Pak het artefact uit en open `beelden/index.html`.');
  assert.not.match(ci, '#brief-');
  assert.match(ci, 'pagina 2 van 12');
  const none = renderMarkdown(reportWith({ available: false, dir: 'beelden', reason: 'de oude gegevens voldoen niet aan de controle' }), {
    visual: { page: 'beelden/index.html', anchors: true },
  });
  assert.match(none, '_Geen beelden gemaakt: de oude gegevens voldoen niet aan de controle._');
  assert.not.match(renderMarkdown(reportWith(visual)), 'Beelden voor en na', 'without --visual links nothing');
});

test('review page: Dutch, self-only CSP, no script, escaped, grouped letters then charts, the text change beside the page', () => {
  const html = reviewPage(reportWith(visual), visual);
  assert.match(html, '<html lang="nl">');
  assert.match(html, `content="default-src 'self'; img-src 'self'; style-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'"`);
  assert.not.match(html, '<script');
  assert.not.match(html, / style="/);
  assert.not.match(html, /(?:src|href)="(?!#|[\w./-]+")/, 'every address is relative: no request leaves the folder');
  assert.match(html, 'Kamerbrief MPP 2025 &lt;test&gt;');
  assert.ok(html.indexOf('id="brieven"') < html.indexOf('id="grafieken"'), 'letters first, as in the report');
  assert.match(html, 'ca. 40.000 in het minimumscenario, <del><span class="visually-hidden">oud: </span>47.000</del> → <ins><span class="visually-hidden">nieuw: </span>48.500</ins> in het');
  assert.match(html, '1.234 pixels anders, op 1 plek.');
  assert.match(html, 'alt="pagina 2 van Kamerbrief MPP 2025 &lt;test&gt;, met de oude gegevens"');
  assert.match(html, '<li id="grafiek-b">Grafiek b (<code>b</code>): de cijfers in de tabel van de grafiek veranderen, maar de tekening is precies dezelfde</li>');
  assert.match(html, '1 grafiek en 1 pagina van de brieven zien er anders uit.');
  assert.match(html, '<li>Pagina 3 toont de grafiek <a href="#grafiek-b">Grafiek b</a>, waarvan de cijfers veranderen, maar geen pixel van de pagina verandert');
  const none = reviewPage(reportWith(visual), { available: false, dir: 'beelden', reason: 'de nieuwe gegevens voldoen niet aan de controle' });
  assert.match(none, 'Er zijn geen beelden gemaakt: de nieuwe gegevens voldoen niet aan de controle.');
});

test("the review page's style sheet has the difference image's colours, from pixels.ts", () => {
  const css = reviewCss();
  assert.match(css, `.swatch.removed { background: rgb(${REMOVED.join(' ')}); }`);
  assert.match(css, `.swatch.added { background: rgb(${ADDED.join(' ')}); }`);
  assert.match(css, `.swatch.frame { background: rgb(${FRAME.join(' ')}); }`);
  assert.not.match(css, /\{[{%#]/, 'no template syntax is left');
});

test("the review page's icon is the site's", () => {
  assert.is(REVIEW_ICON.trim(), readFileSync(path.join(ROOT, 'templates', 'site', 'assets', 'favicon.svg'), 'utf8').trim());
});

test.run();
