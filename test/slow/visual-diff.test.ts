/**
 * `npm run diff -- --visual DIR` on a temporary git repository with real commits: the shipped data
 * set on main, MPP 2025's medio 2025 total inflow changed from 47000 to 48500 on a branch. Both
 * sides are built; the test checks which chart and letter-page images appear (worked out by hand,
 * see EXPECTED_PAGES), that the difference image marks the changed line and nothing else, that a
 * second run writes the same bytes and renders nothing anew, that a change of a note only gives no
 * images, and that the review page passes axe-core in Chromium with every image loaded.
 *
 * One cache folder serves every run of this file, as the project's .cache serves a checkout. It
 * starts as a copy of the cache the shared build of the shipped data filled (test/support/shared-site.ts),
 * as .cache is after `npm run build` on main: the first run takes the old side's charts and letters
 * from it and makes the new side's changed ones; the later runs take almost everything from it.
 */
import { chartCredits } from '../../src/downloads/chart-credits.ts';
import { downloadSvg } from '../../src/downloads/chart-files.ts';
import { siteUrl } from '../../src/site/site-url.ts';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { chartSpecs, renderCharts } from '../../src/charts/index.ts';
import { loadDataset } from '../../src/data/load.ts';
import { renderMarkdown } from '../../src/diff/markdown/index.ts';
import type { DiffReport } from '../../src/diff/types.ts';
import { ADDED, decodePng, REMOVED, type Picture } from '../../src/diff/visual/pixels.ts';
import type { ChartPicture, VisualSection } from '../../src/diff/visual/types.ts';
import { deriveModel } from '../../src/model/index.ts';
import { launchBrowser } from '../../src/runtime/browser.ts';
import { bufferIo, invoke } from '../../src/cli/command.ts';
import { command as diffCommand } from '../../scripts/diff.ts';
import { DATA, filesBelow, git } from '../support/helpers.ts';
import { sharedCache } from '../support/shared-site.ts';
import { axeViolations, watchProblems } from '../support/browser-checks.ts';
import { serve } from '../support/site-server.ts';
import { setMedio2025, useEditedSeeds } from '../support/seed-edits.ts';

const TOTAL_2025_MEDIO = 'mpp,2025,asylum-inflow-total,,medio,2025,47000,';

/**
 * The charts that show MPP 2025's medio 2025 total inflow: the edition's total-inflow chart (its
 * scenario lines) and the indicator's chart of forecasts against realisations (the MPP 2025 line).
 * Found by hand in the built site: these are the two chart tables in site/data/grafieken/ with the
 * row (2025, medio, 47000); no other chart (the vintages chart has no 2025 realisation yet) has it.
 */
const EXPECTED_CHARTS = ['edition-2025-asylum-inflow-total', 'indicator-asylum-inflow-total'];

/**
 * The letter pages that print the figure, found by hand with `pdftotext -f N -l N` on every page of
 * the three PDFs of the two builds (site/brieven/):
 * - the generated Concept letter to municipalities for MPP 2025 (3 pages): p. 1 "uit op ca. 47.000
 *   (dit was 66.000 …)" and the drop computed from it ("19.000" becomes "bijna 18.000"); p. 2 shows
 *   Figure 1, the edition's total-inflow chart, whose medio line moves (its text does not change);
 *   p. 3 the endnote "Berekend, geen cijfer uit een bron: 47.000 (MPP 2025) min 66.000 (MPP 2024-II)";
 * - the written Kamerbrief MPP 2025 (data/letters/2025/tweede-kamer.md, 12 pages): p. 2, "ca. 40.000
 *   in het minimumscenario, 47.000 in het medioscenario";
 * - the letter to municipalities of MPP 2024-I does not print MPP 2025 figures: its PDF is the same.
 */
const EXPECTED_PAGES = [
  ['brieven/mpp-2025-gemeenten.pdf', [1, 2, 3]],
  ['brieven/mpp-2025-tweede-kamer.pdf', [3]],
] as const;

const temps: string[] = [];
let cache = '';
let repo = '';

async function temp(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** A repository with the shipped data on main and `change` applied to the text of data/prognoses.csv on a branch. */
async function repoWith(change: (prognoses: string) => string, message: string): Promise<string> {
  const dir = await temp('mpp-visual-repo-');
  await git(dir, 'init', '-q', '-b', 'main');
  await cp(DATA, path.join(dir, 'data'), { recursive: true });
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '-q', '-m', 'the data set');
  await git(dir, 'checkout', '-q', '-b', 'change');
  const file = path.join(dir, 'data', 'prognoses.csv');
  const before = await readFile(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`fixture: "${message}" changed nothing in prognoses.csv`);
  await writeFile(file, after);
  await git(dir, 'commit', '-q', '-am', message);
  return dir;
}

/**
 * MPP 2025's medio 2025 total inflow set to `value`, its quote with it; a copy of the seeds prints
 * the new quote (seed-edits.ts).
 */
async function medioTotal(value: number): Promise<(text: string) => string> {
  await useEditedSeeds();
  return (text) => setMedio2025(text, value);
}

/**
 * `npm run diff` called in this process with the repository as working directory, as a user runs
 * it on a checkout: its exit code and what it wrote to standard output and error. What is tested is
 * the report and the pictures, not how a process starts (exit codes are the command's own).
 */
async function diff(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = bufferIo(cwd);
  const code = await invoke(diffCommand, ['--cache', cache, ...args], io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

const available = (v: VisualSection | undefined) => {
  assert.ok(v?.available, `the visual section is there: ${JSON.stringify(v)}`);
  return v as Extract<VisualSection, { available: true }>;
};

let markdown = '';
let report: DiffReport;

test.before(async () => {
  cache = await temp('mpp-visual-cache-');
  await cp(await sharedCache(), cache, { recursive: true });
  repo = await repoWith(await medioTotal(48500), 'MPP 2025: medio 2025 total inflow 48500');
  const r = await diff(repo, '--visual', 'beelden');
  assert.is(r.code, 0, r.stderr);
  markdown = r.stdout;
});

test.after(async () => {
  for (const t of temps) await rm(t, { recursive: true, force: true });
});

test('47000 → 48500: images for exactly the charts that show the figure and the letter pages that print it', async () => {
  const second = await diff(repo, '--visual', 'beelden-json', '--format', 'json');
  assert.is(second.code, 0, second.stderr);
  report = JSON.parse(second.stdout) as DiffReport;
  const v = available(report.visual);

  const visibleCharts = v.charts.filter((c) => c.status === 'changed').map((c) => c.id);
  assert.equal(visibleCharts, EXPECTED_CHARTS);
  assert.equal(v.charts.map((c) => c.status), ['changed', 'changed'], 'no chart is listed without a visible change');
  const pages = v.letters.map((l) => [l.path, l.pages.map((p) => p.page)]);
  assert.equal(pages, EXPECTED_PAGES);
  assert.ok(v.letters.every((l) => l.status === 'changed' && l.pages.every((p) => p.status === 'changed')));
  assert.equal(v.counts, { charts: 2, pages: 4 });

  // The images on disk: before, after and difference for each, and nothing for anything else.
  const written = (await filesBelow(path.join(repo, 'beelden-json'))).filter((f) => f.endsWith('.png') && !/zoom-/.test(f));
  const expected = [
    ...EXPECTED_CHARTS.map((id) => `charts/${id}`),
    ...EXPECTED_PAGES.flatMap(([pdf, ps]) => ps.map((n) => `letters/${path.basename(pdf, '.pdf')}/page-${n}`)),
  ].flatMap((dir) => ['after', 'before', 'diff'].map((f) => `${dir}/${f}.png`));
  assert.equal(written, expected.sort());

  // What each page says changed in its text, read from the PDFs.
  const page = (pdf: string, n: number) => v.letters.find((l) => l.path === pdf)!.pages.find((p) => p.page === n)!;
  const kamer = page('brieven/mpp-2025-tweede-kamer.pdf', 3);
  assert.equal(kamer.text.map((t) => [t.old, t.new]), [['47.000', '48.500']]);
  assert.match(kamer.text[0]!.before, 'ca. 40.000 in het minimumscenario,');
  const concept1 = page('brieven/mpp-2025-gemeenten.pdf', 1);
  assert.equal(concept1.text[0]!.old, '47.000');
  assert.equal(concept1.text[0]!.new, '48.500');
  assert.ok(concept1.text.some((t) => t.old.startsWith('19.000') && t.new.startsWith('bijna 18.000')), JSON.stringify(concept1.text));
  const concept2 = page('brieven/mpp-2025-gemeenten.pdf', 2);
  assert.equal(concept2.text, [], 'page 2 changes only in its figure');
  assert.equal(concept2.charts, ['edition-2025-asylum-inflow-total'], 'and says which chart it shows');
  assert.equal(page('brieven/mpp-2025-gemeenten.pdf', 3).text.map((t) => [t.old, t.new]), [['47.000', '48.500']]);
  const kamerLetter = v.letters.find((l) => l.path === 'brieven/mpp-2025-tweede-kamer.pdf')!;
  assert.is(kamerLetter.written, true);
  assert.equal(kamerLetter.pageCount, { before: 13, after: 13 });
});

test('the Markdown report counts the pictures and links each changed chart and page to the review page', () => {
  assert.match(markdown, "zichtbaar anders: 2 grafieken en 4 briefpagina's");
  const section = markdown.slice(markdown.indexOf('### Beelden voor en na'), markdown.indexOf('\n### ', markdown.indexOf('### Beelden voor en na') + 4));
  assert.match(section, "**2 grafieken en 4 briefpagina's zien er anders uit** · [de beelden naast elkaar](beelden/index.html)");
  assert.match(
    section,
    "(`brieven/mpp-2025-gemeenten.pdf`): pagina's [1](beelden/index.html#brief-mpp-2025-gemeenten-pagina-1), " +
      '[2](beelden/index.html#brief-mpp-2025-gemeenten-pagina-2), [3](beelden/index.html#brief-mpp-2025-gemeenten-pagina-3) van 3',
  );
  assert.match(section, '(`brieven/mpp-2025-tweede-kamer.pdf`): pagina [3](beelden/index.html#brief-mpp-2025-tweede-kamer-pagina-3) van 13');
  for (const id of EXPECTED_CHARTS) {
    assert.match(section, `(\`${id}\`): [voor, na en verschil](beelden/index.html#grafiek-${id})`);
  }
  // The chart section of the report links the same pictures.
  const charts = markdown.slice(markdown.indexOf('### Grafieken'));
  assert.match(charts, `· [voor, na en verschil](beelden/index.html#grafiek-${EXPECTED_CHARTS[0]})`);
  assert.not.match(section, 'beeld gelijk');
});

/** The points a chart draws its values at (in the SVG's units), from the chart code itself, and the SVG's outermost translate. */
async function drawnPoints(dataDir: string, id: string) {
  const { data } = await loadDataset(dataDir);
  const model = deriveModel(data);
  const [chart] = await renderCharts(chartSpecs(data, model).filter((s) => s.id === id));
  // The downloads put the chart under its title (src/downloads/chart-credits.ts): where it starts in the PNG's drawing.
  const top = Number(/<svg x="0" y="([\d.]+)"/.exec(downloadSvg(chart!, chartCredits(data, model, siteUrl())))![1]);
  // vega draws the plot area moved by the padding and the y axis (the SVG's outermost translate);
  // the points already include it. It is compared below: the same on both sides, the axes kept their size.
  const origin = /<g[^>]* transform="translate\(([\d.]+),([\d.]+)\)"/.exec(chart!.svgs.wide)!;
  return { points: chart!.points.wide, dx: Number(origin[1]), dy: Number(origin[2]), top };
}

const colourAt = (p: Picture, x: number, y: number) => {
  const i = (Math.floor(y) * p.width + Math.floor(x)) * 4;
  return [p.data[i], p.data[i + 1], p.data[i + 2]];
};
const isMark = (p: Picture, i: number) =>
  [REMOVED, ADDED].some((c) => p.data[i] === c[0] && p.data[i + 1] === c[1] && p.data[i + 2] === c[2]);

test('the difference image marks the moved line of each chart and no pixel elsewhere', async () => {
  const v = available(report.visual);
  const headData = path.join(repo, 'data');
  for (const id of EXPECTED_CHARTS) {
    const before = await drawnPoints(DATA, id);
    const after = await drawnPoints(headData, id);
    const key = (p: [number, number, string]) => p.join('|');
    const moved = after.points.filter((p) => !before.points.some((q) => key(q) === key(p)));
    const gone = before.points.filter((p) => !after.points.some((q) => key(q) === key(p)));
    // One point moved, labelled with the new figure; every other point is where it was, so the axes
    // kept their scale (48.500 lies inside the domains, which the maxima 67.100 and 78.900 set).
    assert.is(moved.length, 1, `${id}: ${JSON.stringify(moved)}`);
    assert.is(gone.length, 1);
    assert.match(moved[0]![2], '48.500');
    assert.match(gone[0]![2], '47.000');
    assert.is(before.points.length, after.points.length);
    assert.equal([before.dx, before.dy], [after.dx, after.dy]);
    // Its line runs to the next point of the same series (the 2026 figure), which did not move.
    const series = (label: string) => label.split(':')[0]!.replace(/, \d{4}$/, '');
    const line = after.points.filter((p) => series(p[2]) === series(moved[0]![2]));
    assert.is(line.length, 2, `${id}: the series has the 2025 and 2026 points`);

    const picture = v.charts.find((c) => c.id === id) as ChartPicture;
    const diff = decodePng(await readFile(path.join(repo, 'beelden-json', picture.images.diff!)));
    // The PNG is the framed wide SVG at twice its size (src/downloads/chart-files.ts), the chart `top` units down.
    assert.is(before.top, after.top);
    const px = (x: number) => x * 2;
    const py = (y: number) => (y + after.top) * 2;
    // The area of the line before and after: its points, plus the marker (radius ≤ 3,9), half the
    // stroke (1,5) and a pixel of anti-aliasing, in SVG units.
    const R = 7;
    const xs = [...line, gone[0]!].map((p) => p[0]);
    const ys = [...line, gone[0]!].map((p) => p[1]);
    const box = { x0: px(Math.min(...xs) - R), x1: px(Math.max(...xs) + R), y0: py(Math.min(...ys) - R), y1: py(Math.max(...ys) + R) };
    let inside = 0;
    const outside: string[] = [];
    for (let y = 0; y < diff.height; y++) {
      for (let x = 0; x < diff.width; x++) {
        if (!isMark(diff, (y * diff.width + x) * 4)) continue;
        if (x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1) inside++;
        else if (outside.length < 5) outside.push(`${x},${y}`);
      }
    }
    assert.equal(outside, [], `${id}: marked pixels outside the line's area ${JSON.stringify(box)}`);
    assert.ok(inside > 100, `${id}: ${inside} marked pixels in the line's area`);
    assert.is(inside, picture.changedPixels, 'every changed pixel is marked');
    // Where the point was, ink went (red); where it is now, ink came (blue). Looked at 2,5 units to
    // the right of the centre, inside the marker (a circle of radius 3,5, or a cross with arms of
    // 3,9), since the indicator chart draws the edge of the MPP 2025 band through the centre, on both sides.
    assert.equal(colourAt(diff, px(gone[0]![0] + 2.5), py(gone[0]![1])), REMOVED);
    assert.equal(colourAt(diff, px(moved[0]![0] + 2.5), py(moved[0]![1])), ADDED);
  }
});

test('a second run on the same inputs writes the same bytes and renders nothing anew', async () => {
  const cacheBefore = new Set(await filesBelow(cache));
  const again = await diff(repo, '--visual', 'beelden-json', '--format', 'json');
  assert.is(again.code, 0, again.stderr);
  // Whatever is drawn or printed (a chart's SVG or PNG, a letter's PDF, a page's picture) is stored
  // in the cache when it is made: a second run that makes nothing anew adds no entry with content.
  // (A build may note in a marker entry of a byte or two that it has seen something.)
  const added: string[] = [];
  for (const f of await filesBelow(cache)) if (!cacheBefore.has(f) && (await readFile(path.join(cache, f))).length > 2) added.push(f);
  assert.equal(added, [], 'no chart, letter or page was made again');
  const a = path.join(repo, 'beelden');
  const b = path.join(repo, 'beelden-json');
  const listed = await filesBelow(a);
  assert.equal(await filesBelow(b), listed);
  for (const f of listed) assert.ok((await readFile(path.join(a, f))).equals(await readFile(path.join(b, f))), `${f} differs between runs`);
  assert.equal(JSON.parse(again.stdout).visual, report.visual);
});

test('a changed note only: no images, and the review page says so', async () => {
  // The note of the same row, MPP 2025's medio 2025 total inflow.
  const note = new RegExp(`^(${TOTAL_2025_MEDIO}.*)the MPP of this letter\\)`, 'm');
  const noteRepo = await repoWith((text) => text.replace(note, '$1the MPP that this letter sends)'), 'a clearer note');
  const r = await diff(noteRepo, '--visual', 'beelden', '--format', 'json');
  assert.is(r.code, 0, r.stderr);
  const changed = JSON.parse(r.stdout) as DiffReport;
  assert.is(changed.provenance.length, 1, 'the report sees the note');
  assert.equal(changed.provenance[0]!.fields.map((f) => f.field), ['note']);
  const v = available(changed.visual);
  assert.equal([v.charts, v.letters, v.counts], [[], [], { charts: 0, pages: 0 }]);
  const out = await filesBelow(path.join(noteRepo, 'beelden'));
  assert.equal(out.filter((f) => f.endsWith('.png')), []);
  const html = await readFile(path.join(noteRepo, 'beelden', 'index.html'), 'utf8');
  assert.match(html, 'Geen grafiek en geen briefpagina ziet er anders uit.');
});

test('a change too small to see (47000 → 47001): the page that shows the chart but looks the same is named so', async () => {
  const tiny = await repoWith(await medioTotal(47001), 'MPP 2025: medio 2025 total inflow 47001');
  const r = await diff(tiny, '--visual', 'beelden', '--format', 'json');
  assert.is(r.code, 0, r.stderr);
  const changed = JSON.parse(r.stdout) as DiffReport;
  const v = available(changed.visual);
  // The pages that print the number change with it; page 2 of the Concept shows the edition's chart,
  // whose medio point moves by 0,003 px: at 144 dpi not one pixel of the page changes.
  assert.equal(v.letters.map((l) => [l.path, l.pages.map((p) => p.page)]), [
    ['brieven/mpp-2025-gemeenten.pdf', [1, 3]],
    ['brieven/mpp-2025-tweede-kamer.pdf', [3]],
  ]);
  const concept = v.letters.find((l) => l.path === 'brieven/mpp-2025-gemeenten.pdf')!;
  assert.equal(concept.samePages, [{ page: 2, charts: ['edition-2025-asylum-inflow-total'] }]);
  // The charts' PNGs, drawn at twice the size, do change, in a few anti-aliased pixels along the line.
  assert.equal(v.charts.map((c) => c.id), EXPECTED_CHARTS);
  for (const c of v.charts) assert.ok(c.status === 'changed' && c.changedPixels! > 0 && c.changedPixels! < 200, `${c.id}: ${c.changedPixels}`);
  const md = renderMarkdown(changed, { visual: { page: 'beelden/index.html', anchors: true } });
  assert.match(
    md,
    '(`brieven/mpp-2025-gemeenten.pdf`), pagina 2: toont **Totale asielinstroom volgens MPP 2025**, waarvan de cijfers veranderen; geen pixel van de pagina verandert',
  );
  const html = await readFile(path.join(tiny, 'beelden', 'index.html'), 'utf8');
  assert.match(html, 'Pagina 2 toont de grafiek <a href="#grafiek-edition-2025-asylum-inflow-total">Totale asielinstroom volgens MPP 2025</a>, waarvan de cijfers veranderen');
});

test('the review page in Chromium: no request leaves it, no CSP violation, every image loads, axe finds nothing', async () => {
  const dir = path.join(repo, 'beelden');
  const html = await readFile(path.join(dir, 'index.html'), 'utf8');
  assert.match(html, '<html lang="nl">');
  assert.match(html, `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self';`);
  const validator = new HtmlValidate({ extends: ['html-validate:standard'], rules: { 'no-trailing-whitespace': 'off', 'no-inline-style': 'error' } });
  const validated = await validator.validateString(html, 'index.html');
  assert.equal(validated.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)), []);

  const server = await serve(dir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const watched = await watchProblems(page);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${server.url}/index.html`, { waitUntil: 'load' });
    // Lazy images load as they scroll into view; ask for all of them, then check each.
    const images = (await page.evaluate(`Promise.all([...document.images].map(async (img) => {
      img.loading = 'eager';
      try { await img.decode(); } catch {}
      return { src: img.getAttribute('src'), ok: img.complete && img.naturalWidth > 0, alt: img.alt };
    }))`)) as { src: string; ok: boolean; alt: string }[];
    const expectedImages = 3 * (EXPECTED_CHARTS.length + 4);
    assert.ok(images.length >= expectedImages, `${images.length} images`);
    assert.equal(images.filter((i) => !i.ok).map((i) => i.src), [], 'every image loads');
    assert.equal(images.filter((i) => i.alt.trim().length < 20).map((i) => i.src), [], 'every image says what it shows');
    assert.equal(watched.problems, []);
    assert.equal(await watched.cspViolations(), []);
    assert.equal(requested.filter((u) => !u.startsWith(server.url)), [], 'no request leaves the folder');
    // Every link within the page has its target.
    const dangling = await page.evaluate(() =>
      [...document.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href')!.slice(1)).filter((id) => !document.getElementById(id)),
    );
    assert.equal(dangling, []);
    assert.equal(await axeViolations(page), []);
    // On a phone (360 px) nothing scrolls sideways but the table of figures, in a region of its own.
    await page.setViewport({ width: 360, height: 740 });
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.is(sideways, 0, `the review page scrolls sideways by ${sideways} px at 360 px`);
    assert.equal(await axeViolations(page), [], 'axe at 360 px');
  } finally {
    await browser.close();
    await server.close();
  }
});

test('the review folder must not replace the data or an unknown folder; --visual-href needs --visual', async () => {
  const data = await diff(repo, '--visual', 'data');
  assert.is(data.code, 2);
  assert.match(data.stderr, 'refusing to write into');
  assert.match(data.stderr, 'data folder');
  assert.ok(existsSync(path.join(repo, 'data', 'prognoses.csv')));
  const href = await diff(repo, '--visual-href', 'https://example.org/x');
  assert.is(href.code, 2);
  assert.match(href.stderr, '--visual-href needs --visual');
});

test.run();
