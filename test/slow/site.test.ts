/**
 * The built site in a real headless Chromium: every page loads without console errors or failed
 * requests, axe-core finds no WCAG 2.1 A/AA violation, every internal link resolves, the HTML is
 * valid, and the figures are the ones in the letters, formatted in Dutch.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { Browser } from 'puppeteer-core';
import { launchBrowser } from '../../src/runtime/browser.ts';
import { renderTemplates } from '../../src/site/build-site.ts';
import { axeViolations, watchProblems } from '../support/browser-checks.ts';
import { inTabs, sharedSite } from '../support/shared-site.ts';
import { serve } from '../support/site-server.ts';
import { startDevServer } from '../../src/dev/server.ts';

let out = '';
let pages: string[] = [];
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

test.before(async () => {
  // The shipped site, built once for every test file that reads it (read-only here).
  out = await sharedSite();
  pages = (await readdir(out, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
  browser = await launchBrowser();
  server = await serve(out);
});
test.after(async () => {
  await browser?.close();
  await server?.close();
});

const read = (rel: string) => readFile(path.join(out, rel), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ');

test('the site has every kind of page', () => {
  for (const p of [
    'index.html',
    'edities/index.html',
    'edities/2025/index.html',
    'edities/2024-I/index.html',
    'indicatoren/totale-asielinstroom/index.html',
    'kosten/index.html',
    'realisaties/index.html',
    'nauwkeurigheid/index.html',
    'methode/index.html',
    'bronnen/index.html',
    'data/index.html',
    'toegankelijkheid/index.html',
    'begrippen/index.html',
  ]) {
    assert.ok(pages.includes(p), `missing ${p}`);
  }
});

test('a title with & or an apostrophe reads as written, in the title, the preview and the breadcrumb (escaped once)', async () => {
  const html = await read('indicatoren/instroom-zaken-dt-v/index.html');
  assert.match(html, '<title>Instroom zaken DT&amp;V | MPP migratieketen</title>');
  assert.match(html, '<meta property="og:title" content="Instroom zaken DT&amp;V">');
  assert.match(html, 'aria-current="page">Instroom zaken DT&amp;V</li>');
  const prt = await read('indicatoren/middelen-provinciale-regietafels-prts/index.html');
  assert.match(prt, '<title>Middelen provinciale regietafels (PRT&#39;s) | MPP migratieketen</title>');
  for (const p of pages) assert.not.match(await read(p), /&amp;(amp|#39|quot|lt|gt);/, `${p}: an entity escaped twice`);
});

test('home shows MPP 2025 total inflow per scenario with the change against MPP 2024-II', async () => {
  const t = text(await read('index.html'));
  assert.match(t, 'ca. 40.000');
  assert.match(t, '47.000');
  assert.match(t, '55.300');
  assert.match(t, /\u221219\.000 \(\u221229%\) ten opzichte van MPP 2024-II\s*, berekend/); // 47.000 − 66.000, said to be computed
  assert.match(t, 'mediaanscenario in plaats van het medioscenario');
});

test('a figure that is not an MPP prognosis never stands under an edition: taakstelling, Spreidingswet, production agreement', async () => {
  // The taakstelling 2024-II (17.000) and the Spreidingswet estimate (96.000) were filed as "MPP 2024-I".
  const edition = text(await read('edities/2024-I/index.html'));
  assert.not.match(edition, 'Taakstelling huisvesting statushouders');
  assert.not.match(edition, 'Capaciteitsraming Spreidingswet');
  assert.not.match(edition, '22.200'); // the IND's production agreement for 2023 ("tenminste 22.200")
  // They are on their indicator's page, with their kind and source, and no edition.
  const quota = await read('indicatoren/taakstelling-huisvesting-statushouders/index.html');
  assert.not.match(quota, 'Ramingen per editie');
  const others = text(quota.slice(quota.indexOf('Doelen, vastgestelde cijfers en verwachtingen')));
  assert.match(others, 'tweede helft 2024 Vastgesteld cijfer 17.000');
  assert.match(others, 'eerste helft 2026 Verwachting of planning ca. 15.000'); // "Voornemen is om … vast te stellen"
  assert.not.match(others, /MPP 2024-I|MPP 2025/);
  const production = text(await read('indicatoren/productie-spoor-4-ind/index.html'));
  assert.match(production, '2023 Doel of afspraak tenminste 22.200');
  assert.match(production, '2022 Verwachting of planning maximaal 22.000');
  // The home page's quota card names its kind and its letter, not an edition.
  assert.match(text(await read('index.html')), 'eerste helft 2026: verwachting of planning, geen MPP-raming');
});

test('forecast against realisation on the site: 2024 inflow 69.800 (MPP 2024-I) against ca. 46.400, summed and said so', async () => {
  const t = text(await read('indicatoren/totale-asielinstroom/index.html'));
  // 69.800 − 46.400 = 23.400; 23.400 / 46.400 = 50,4 %; 46.400 is below the minimum of 49.800.
  assert.match(t, '2024 MPP 2024-I medio 69.800 49.800 – 78.500 ca. 46.400 (berekend) +23.400 (+50%) nee');
  assert.match(t, 'Berekend , geen cijfer uit de bron: de totale asielinstroom zonder hervestiging plus de hervestiging (ca. 45.640 + ca. 760)');
  // A member's question is marked where the site shows it.
  assert.match(text(await read('edities/2024-I/index.html')), 'staat in een vraag van een Kamerlid');
});

test('the costs page shows cost per year, per day and the € 156 miljoen saving', async () => {
  const t = text(await read('kosten/index.html'));
  assert.match(t, '€ 91.000');
  assert.match(t, '€ 249,32'); // 91.000 / 365
  assert.match(t, '3,36 ×'); // 91.000 / 27.100
  assert.match(t, '€ 156 miljoen');
  assert.match(t, 'de helft van een noodopvangplek');
  assert.match(t, '€ 22.265'); // € 61 × 365
});

/** The publishers whose documents the data cites: the government, parliament, IND, CBS and COA; and the data's licence. */
const OFFICIAL_HOSTS = /^(www\.)?(creativecommons\.org|rijksoverheid\.nl|zoek\.officielebekendmakingen\.nl|officielebekendmakingen\.nl|tweedekamer\.nl|eerstekamer\.nl|ind\.nl|cbs\.nl|coa\.nl)$/;

test('every page is in Dutch, links the accessibility statement and has one h1', async () => {
  for (const p of pages) {
    const html = await read(p);
    assert.match(html, '<html lang="nl">', p);
    assert.match(html, /href="[./]*toegankelijkheid\/"/, p);
    assert.is((html.match(/<h1[\s>]/g) ?? []).length, 1, p);
    // The self-hosted scripts only: site.js (menu, filter, printing) on every page, the hover script
    // on pages with a chart; never inline code.
    const scripts = [...html.matchAll(/<script[^>]*>/gi)].map((m) => m[0]);
    assert.ok(scripts.every((t) => /^<script src="[./]*assets\/(site|hover)\.js\?v=[0-9a-f]{10}" defer>$/.test(t)), `${p}: ${scripts.join(' ')}`);
    assert.not.match(html, /<script[^>]*>[^<]/i, `${p} has inline script`);
    assert.is(scripts.filter((t) => t.includes('hover.js')).length, html.includes('class="chart-svg') ? 1 : 0, `${p}: hover script only where there is a chart`);
    assert.is(scripts.filter((t) => t.includes('site.js')).length, 1, `${p}: site.js once`);
    assert.not.match(html, /style="/i, `${p} has an inline style`);
    // Nothing is loaded from elsewhere; the only links out are to the official publications the figures come from.
    assert.not.match(html, /\ssrc="https?:/, `${p} loads from elsewhere`);
    // The canonical address names the published page; it loads nothing.
    for (const [tag] of html.matchAll(/<link[^>]+>/g)) {
      if (!tag.includes('rel="canonical"')) assert.not.match(tag, /href="https?:/, `${p} loads from elsewhere`);
    }
    for (const [, host] of html.matchAll(/<a[^>]+href="https?:\/\/([^/"]+)/g)) {
      assert.ok(OFFICIAL_HOSTS.test(host!), `${p} links to ${host}, not an official publication`);
    }
  }
});

test('every internal link and asset resolves', async () => {
  const broken: string[] = [];
  for (const p of pages) {
    const html = await read(p);
    for (const m of html.matchAll(/(?:href|src)="([^"#?]*)(\?v=[0-9a-f]+)?(#[^"]*)?"/g)) {
      const target = m[1]!;
      if (target === '' || /^(https?:|mailto:|data:)/.test(target)) continue;
      let file = path.normalize(path.join(out, path.dirname(p), target));
      if (target.endsWith('/')) file = path.join(file, 'index.html');
      if (!existsSync(file)) broken.push(`${p} → ${target}`);
    }
  }
  assert.equal(broken, []);
});

test('the HTML is valid', async () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:standard'],
    rules: {
      // Vega writes SVG attributes such as viewBox in their proper case.
      'attr-case': 'off',
      // A scrollable table is wrapped in a focusable region (the accessible pattern), not a section.
      'prefer-native-element': 'off',
      'no-trailing-whitespace': 'off',
      'no-inline-style': 'error',
    },
  });
  const problems: string[] = [];
  for (const p of pages) {
    const report = await validator.validateString(await read(p), p);
    for (const r of report.results) for (const msg of r.messages) problems.push(`${p}:${msg.line}:${msg.column} ${msg.ruleId}: ${msg.message}`);
  }
  assert.equal(problems.slice(0, 20), [], `${problems.length} problems`);
});

test('/nauwkeurigheid/ is linked from the home page and from exactly the indicator pages with a pair; provisional figures say so', async () => {
  assert.match(await read('index.html'), /href="\.\/nauwkeurigheid\/"/);
  for (const slug of ['totale-asielinstroom', 'bezetting-coa']) {
    assert.match(await read(`indicatoren/${slug}/index.html`), /href="\.\.\/\.\.\/nauwkeurigheid\/"/, slug);
  }
  assert.not.match(await read('indicatoren/eerste-asielaanvragen/index.html'), /nauwkeurigheid/);
  const page = text(await read('nauwkeurigheid/index.html'));
  assert.match(page, /De scenario’s zijn geen betrouwbaarheidsintervallen/);
  assert.match(page, /ca\. 46\.400/); // the computed 2024 total, with its rounding word
  assert.match(page, /ruim 42\.000/);
  // CBS marks 2023 as provisional (2023*) and counts persons, not applications: the realisations page says both beside the figure.
  assert.match(text(await read('realisaties/index.html')), /38\.375 personen \(voorlopig\)/);
});

/**
 * One visit to every page, in several tabs at once, read by the two tests below: at Chromium's
 * default 800 × 600 the page loads without console errors, failed requests or CSP violations and
 * axe-core finds no WCAG 2.1 A/AA violation; then the same page is set to 360 × 740 and measured
 * for elements wider than the screen. The site's layout for a width is CSS alone (its scripts do
 * not look at the width), so a page set to 360 px is laid out as one opened at 360 px; loading
 * each page once instead of twice halves the browser's work.
 */
let visited: Promise<{ failures: string[]; wide: string[] }[]> | undefined;
const visitAll = () =>
  (visited ??= inTabs(
    browser,
    pages,
    async (page) => {
      await page.setBypassCSP(false);
      return watchProblems(page);
    },
    async (page, p, watched) => {
      const failures: string[] = [];
      watched.problems.length = 0;
      await page.setViewport({ width: 800, height: 600 });
      await page.goto(`${server.url}/${p.replace(/index\.html$/, '')}`, { waitUntil: 'load' });
      if (watched.problems.length) failures.push(`${p}: ${watched.problems.join('; ')}`);
      const csp = await watched.cspViolations();
      if (csp.length) failures.push(`${p}: CSP violations ${csp.join('; ')}`);
      for (const v of await axeViolations(page)) failures.push(`${p}: ${v}`);
      await page.setViewport({ width: 360, height: 740 });
      const wide = (await page.evaluate(() => {
        const vw = document.documentElement.clientWidth;
        const out: string[] = [];
        if (document.documentElement.scrollWidth > vw) out.push(`page scrolls sideways by ${document.documentElement.scrollWidth - vw} px`);
        for (const el of document.querySelectorAll('body *')) {
          if (el.closest('.table-scroll') || el.closest('.visually-hidden')) continue;
          const r = el.getBoundingClientRect();
          if (r.width > 0 && (r.right > vw + 0.5 || r.left < -0.5)) out.push(`<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> ${Math.round(r.left)}–${Math.round(r.right)} px`);
        }
        return out.slice(0, 3);
      })) as string[];
      return { failures, wide: wide.map((f) => `${p}: ${f}`) };
    },
  ));

test('every page loads in Chromium without console errors or CSP violations and passes axe-core WCAG 2.1 AA', async () => {
  const failures = (await visitAll()).flatMap((v) => v.failures);
  assert.equal(failures, [], failures.join('\n'));
});

test('at 360 px no element of any page is wider than the viewport, but tables scroll in their own region', async () => {
  assert.equal((await visitAll()).flatMap((v) => v.wide), []);
});

test('the site works at 320 px: nothing scrolls sideways but tables in their own region', async () => {
  const page = await browser.newPage();
  await page.setViewport({ width: 320, height: 640 });
  const wide: string[] = [];
  for (const p of ['index.html', 'edities/2025/index.html', 'kosten/index.html', 'indicatoren/totale-asielinstroom/index.html']) {
    await page.goto(`${server.url}/${p.replace(/index\.html$/, '')}`, { waitUntil: 'load' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) wide.push(`${p}: ${overflow}px`);
  }
  await page.close();
  assert.equal(wide, []);
});

test('every page is reachable by links from the home page, and by keyboard with a visible focus', async () => {
  // Links: a walk from the home page reaches every page.
  const seen = new Set(['index.html']);
  const queue = ['index.html'];
  while (queue.length) {
    const p = queue.shift()!;
    for (const m of (await read(p)).matchAll(/<a[^>]+href="([^"#:]*\/)(#[^"]*)?"/g)) {
      const target = path.posix.join(path.posix.normalize(path.posix.join(path.posix.dirname(p), m[1]!)), 'index.html').replace(/^\.\//, '');
      if (!seen.has(target) && pages.includes(target)) (seen.add(target), queue.push(target));
    }
  }
  assert.equal(pages.filter((p) => !seen.has(p) && p !== '404.html'), []);
  // Keyboard: on each kind of page, Tab reaches the skip link first and then every link and
  // scrollable table, each with a focus indicator (outline or ring) and on screen when focused.
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const problems: string[] = [];
  for (const p of ['index.html', 'edities/2025/index.html', 'indicatoren/totale-asielinstroom/index.html', 'kosten/index.html', 'data/index.html', 'begrippen/index.html', 'bronnen/index.html', '404.html']) {
    await page.goto(`${server.url}/${p.replace(/index\.html$/, '')}`, { waitUntil: 'load' });
    const focusable = (await page.evaluate(
      () => [...document.querySelectorAll('a[href], [tabindex="0"], summary')].filter((e) => (e as HTMLElement).offsetParent !== null || e.closest('.nl-skip-link')).length,
    )) as number;
    const reached = new Set<string>();
    for (let i = 0; i < focusable + 5; i++) {
      await page.keyboard.press('Tab');
      const f = (await page.evaluate(() => {
        const e = document.activeElement as HTMLElement | null;
        if (!e || e === document.body) return null;
        const s = getComputedStyle(e);
        const r = e.getBoundingClientRect();
        const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
        const id = `${e.tagName}|${e.getAttribute('href') ?? ''}|${e.textContent?.trim().slice(0, 30)}`;
        return { id, ring, onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight, skip: e.classList.contains('nl-skip-link') };
      })) as { id: string; ring: boolean; onScreen: boolean; skip: boolean } | null;
      if (!f) continue;
      if (i === 0 && !f.skip) problems.push(`${p}: the first Tab does not reach the skip link but ${f.id}`);
      if (!f.ring) problems.push(`${p}: no visible focus on ${f.id}`);
      if (!f.onScreen) problems.push(`${p}: focused but not on screen: ${f.id}`);
      reached.add(f.id);
    }
    if (reached.size < Math.min(focusable, 5)) problems.push(`${p}: Tab reached ${reached.size} of ${focusable} elements`);
  }
  await page.close();
  assert.equal(problems.slice(0, 10), []);
});

test('the feed parses as Atom, one entry per edition, each with id, title, updated and a link to its page', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/`, { waitUntil: 'load' });
  const xml = await read('feed.xml');
  const feed = (await page.evaluate((text: string) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror')!.textContent };
    const ns = 'http://www.w3.org/2005/Atom';
    const root = doc.documentElement;
    const entries = [...doc.getElementsByTagNameNS(ns, 'entry')].map((e) => ({
      id: e.getElementsByTagNameNS(ns, 'id')[0]?.textContent ?? '',
      title: e.getElementsByTagNameNS(ns, 'title')[0]?.textContent ?? '',
      updated: e.getElementsByTagNameNS(ns, 'updated')[0]?.textContent ?? '',
      link: e.getElementsByTagNameNS(ns, 'link')[0]?.getAttribute('href') ?? '',
    }));
    return { root: `${root.namespaceURI} ${root.localName}`, updated: doc.getElementsByTagNameNS(ns, 'updated')[0]?.textContent, entries };
  }, xml)) as { error?: string; root: string; updated: string; entries: { id: string; title: string; updated: string; link: string }[] };
  await page.close();
  assert.is(feed.error, undefined, feed.error);
  assert.is(feed.root, 'http://www.w3.org/2005/Atom feed');
  assert.is(feed.entries.length, pages.filter((p) => /^edities\/[^/]+\/index\.html$/.test(p)).length);
  assert.ok(feed.entries.some((e) => e.title === 'MPP 2025' && e.updated === '2025-09-26T00:00:00Z' && e.link.endsWith('/edities/2025/')));
  for (const e of feed.entries) assert.ok(!Number.isNaN(Date.parse(e.updated)) && e.id.startsWith('http'), JSON.stringify(e));
});

test('values on hover and keyboard focus with the script; without it the SVG and the table stay', async () => {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const url = `${server.url}/indicatoren/totale-asielinstroom/`;
  const chart = '#grafiek-indicator-asylum-inflow-total .chart-wide';
  await page.goto(url, { waitUntil: 'load' });
  // The pointer over MPP 2024-I's point for 2024 shows its value, 69.800.
  const at = (await page.evaluate((sel: string) => {
    const box = document.querySelector(sel) as HTMLElement;
    box.scrollIntoView({ block: 'center' });
    const svg = box.querySelector('svg')!;
    const m = svg.getScreenCTM()!;
    const p = (JSON.parse(box.dataset.points!) as [number, number, string][]).find((q) => q[2].startsWith('MPP 2024-I, 2024'))!;
    return { x: m.a * p[0] + m.e, y: m.d * p[1] + m.f };
  }, chart)) as { x: number; y: number };
  // The point is where the chart draws its mark: the nearest drawn symbol is centred on it.
  const nearest = (await page.evaluate((sel: string, x: number, y: number) => {
    const marks = [...document.querySelectorAll(`${sel} .mark-symbol path`)].map((el) => el.getBoundingClientRect());
    return Math.min(...marks.map((r) => Math.hypot(r.x + r.width / 2 - x, r.y + r.height / 2 - y)));
  }, chart, at.x, at.y)) as number;
  assert.ok(nearest < 1.5, `the hover point lies ${nearest.toFixed(1)} px from the nearest drawn point`);
  await page.mouse.move(at.x + 2, at.y + 2);
  const tip = () => page.evaluate((sel: string) => {
    const t = document.querySelector(`${sel} .chart-tip`) as HTMLElement | null;
    return t && !t.hidden ? t.textContent : null;
  }, chart) as Promise<string | null>;
  assert.is(await tip(), 'MPP 2024-I, 2024: 69.800');
  await page.mouse.move(5, 5);
  assert.is(await tip(), null);
  // By keyboard: the chart takes focus, shows its first value, and the arrow keys move on.
  await page.focus(chart);
  const first = await tip();
  assert.match(first ?? '', /^Realisatie, 2014: 30\.440$/);
  await page.keyboard.press('ArrowRight');
  assert.is.not(await tip(), first);
  assert.match((await tip()) ?? '', /: \d/);
  // Without JavaScript: no tooltip, no focus stop, the SVG and the full table are there.
  await page.setJavaScriptEnabled(false);
  await page.goto(url, { waitUntil: 'load' });
  const plain = (await page.evaluate((sel: string) => ({
    tips: document.querySelectorAll('.chart-tip').length,
    tabindex: document.querySelector(sel)!.hasAttribute('tabindex'),
    svg: document.querySelectorAll(`${sel} svg`).length,
    rows: document.querySelectorAll('#grafiek-indicator-asylum-inflow-total details tbody tr').length,
  }), chart)) as { tips: number; tabindex: boolean; svg: number; rows: number };
  await page.close();
  assert.equal(plain, { tips: 0, tabindex: false, svg: 1, rows: 12 });
});

test('npm run dev serves the Dutch 404 page for an unknown path', async () => {
  const dev = await startDevServer({ root: out, host: '127.0.0.1', port: 0 });
  try {
    const r = await fetch(new URL('/indicatoren/bestaat-niet/', dev.url));
    assert.is(r.status, 404);
    const body = await r.text();
    assert.match(body, '<html lang="nl">');
    assert.match(body, 'Pagina niet gevonden');
    // Its style sheet resolves from the unknown path too: links start at the root.
    const sheet = /href="(\/assets\/style\.css\?v=[0-9a-f]{10})"/.exec(body)?.[1];
    assert.ok(sheet, 'the 404 page links /assets/style.css?v=… from the root');
    assert.is((await fetch(new URL(sheet!, dev.url))).status, 200);
  } finally {
    await dev.close();
  }
});

test('a template that outputs an undefined value fails the build with an error naming it', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mpp-undefined-'));
  // Each case in a folder of its own: Eleventy keeps the templates it has read within a process.
  const render = async (name: string, files: Record<string, string>) => {
    const input = path.join(dir, name);
    await mkdir(path.join(input, '_includes'), { recursive: true });
    for (const [file, text] of Object.entries(files)) await writeFile(path.join(input, file), text);
    await renderTemplates(input, path.join(dir, `${name}-out`), { latest: { label: 'MPP 2025' } });
  };
  const failure = (name: string, files: Record<string, string>): Promise<string> =>
    render(name, files).then(
      () => `${name} built`,
      (e: Error) => e.message,
    );
  const page = '---\ntitle: Test\n---\n<p>{{ mpp.latest.label }}</p>\n<p>{{ mpp.latest.lable }}</p>\n';
  assert.match(await failure('page', { 'page.njk': page }), 'page.njk:5:4: {{ mpp.latest.lable }} is undefined');
  const macro = {
    '_includes/m.njk': '{% macro show(e) %}<b>{{ e.lable }}</b>{% endmacro %}\n',
    'page.njk': '---\ntitle: Test\n---\n{% import "m.njk" as m %}{{ m.show(mpp.latest) }}\n',
  };
  assert.match(await failure('macro', macro), 'm.njk:1:23: {{ e.lable }} is undefined');
  // Spelt right, the same page builds.
  await render('fixed', { 'page.njk': page.replace('lable', 'label') });
});

test('letter links: a concept says so in its link text; a reproduction of a sent letter says so, with the official publication beside it', async () => {
  const e2025 = text(await read('edities/2025/index.html'));
  assert.match(e2025, 'Concept: Brief aan provincies, gemeenten en woningcorporaties over de MPP 2025 (pdf)');
  assert.match(e2025, /Kamerbrief MPP 2025\s*: weergave van de verzonden brief \(pdf\)\s*, naast de officiële publicatie/);
  assert.match(await read('edities/2025/index.html'), 'href="https://zoek.officielebekendmakingen.nl/kst-19637-3478.html">de officiële publicatie</a>');
  // The letter of 25 April 2024 has no official copy in sources.csv: the page says none was found.
  assert.match(text(await read('edities/2024-I/index.html')), 'weergave van de verzonden brief (pdf) (geen officiële publicatie gevonden)');
});

test.run();
