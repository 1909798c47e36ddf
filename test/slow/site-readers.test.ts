/**
 * The five readers of issue 27, each on the built site in Chromium at 360 and 1280 px: a journalist
 * finds an indicator by theme and filter, a municipal official reaches the page for municipalities
 * through the menu, a member of parliament checks a figure's source and cites the page, a researcher
 * taps a chart on a phone, downloads it and prints the page, and a cost question gets each amount's
 * source and price year. The shared build of the shipped site (read-only here), one browser, a tab
 * per task; axe on the states the other site test does not reach (menu open, filter typed, evidence open).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launchBrowser } from '../../src/runtime/browser.ts';
import { DATA } from '../support/helpers.ts';
import { axeViolations } from '../support/browser-checks.ts';
import { sharedSite } from '../support/shared-site.ts';
import { serve } from '../support/site-server.ts';

let out = '';
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
const WIDTHS = [360, 1280] as const;

test.before(async () => {
  out = await sharedSite();
  browser = await launchBrowser();
  server = await serve(out);
});
test.after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(url: string, width: number, opts: { touch?: boolean; js?: boolean } = {}): Promise<Page> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  (page as unknown as { errors: string[] }).errors = errors;
  await page.setViewport({ width, height: width < 500 ? 740 : 900, hasTouch: !!opts.touch, isMobile: !!opts.touch });
  if (opts.js === false) await page.setJavaScriptEnabled(false);
  await page.goto(`${server.url}${url}`, { waitUntil: 'load' });
  return page;
}
const errorsOf = (page: Page) => (page as unknown as { errors: string[] }).errors;

/** axe's WCAG 2.1 A and AA violations of the page as it stands, each saying where it was found. */
const axe = async (page: Page, where: string) => (await axeViolations(page)).map((v) => `${where}: ${v}`);

const visibleText = (page: Page, sel = 'main') => page.$eval(sel, (e) => (e as HTMLElement).innerText.replace(/\s+/g, ' '));

test('every page: the header and the folded menu take at most 15 % of a 360 × 740 screen; the button opens the menu; without JavaScript the menu is a list', async () => {
  const page = await open('/', 360);
  const height = await page.$eval('.site-nav', (nav) => nav.getBoundingClientRect().bottom);
  assert.ok(height <= 0.15 * 740, `header and menu take ${height} px of 740`);
  assert.is(await page.$eval('#hoofdmenu', (l) => getComputedStyle(l).display), 'none');
  await page.click('.site-nav__toggle');
  assert.is(await page.$eval('.site-nav__toggle', (b) => b.getAttribute('aria-expanded')), 'true');
  const links = await page.$$eval('#hoofdmenu a', (as) => as.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => a.textContent));
  assert.ok(links.includes('Gemeenten') && links.includes('Indicatoren'), links.join(', '));
  const violations = await axe(page, '/ at 360 px, menu open');
  await page.keyboard.press('Escape');
  assert.is(await page.$eval('.site-nav__toggle', (b) => b.getAttribute('aria-expanded')), 'false');
  await page.close();
  // Wide: no button, the menu in one row.
  const wide = await open('/', 1280);
  assert.is(await wide.$eval('.site-nav__toggle', (b) => getComputedStyle(b).display), 'none');
  assert.ok((await wide.$eval('#hoofdmenu', (l) => (l as HTMLElement).offsetHeight)) > 0);
  await wide.close();
  const plain = await open('/', 360, { js: false });
  assert.ok((await plain.$eval('#hoofdmenu', (l) => (l as HTMLElement).offsetHeight)) > 0, 'without JavaScript the menu is shown');
  assert.is(await plain.$eval('.site-nav__toggle', (b) => getComputedStyle(b).display), 'none');
  await plain.close();
  assert.equal(violations, []);
});

for (const width of WIDTHS) {
  test(`journalist at ${width} px: finds the taakstelling on /indicatoren/ by theme and by the filter, and its page names its theme, never an id`, async () => {
    const page = await open('/indicatoren/', width);
    const themes = await page.$$eval('.indicator-group h2', (hs) => hs.map((h) => h.textContent));
    assert.equal(themes, ['Instroom', 'IND: beslissingen en voorraden', 'Opvang', 'Huisvesting en spreiding', 'Oekraïense ontheemden', 'Vertrek en terugkeer', 'Kosten en begroting']);
    // What each entry holds: the taakstelling is a set figure with no MPP forecast.
    const entry = await page.$eval('a[href$="taakstelling-huisvesting-statushouders/"]', (a) => a.closest('li')!.textContent!.replace(/\s+/g, ' '));
    assert.match(entry, 'doelen of vastgestelde cijfers');
    assert.not.match(entry, 'MPP-ramingen');
    const total = await page.$eval('a[href$="totale-asielinstroom/"]', (a) => a.closest('li')!.textContent!.replace(/\s+/g, ' '));
    assert.match(total, 'MPP-ramingen · realisaties');
    // The filter narrows as one types, case and accents aside, and says how many are left.
    await page.type('#indicator-filter-input', 'Taakstelling');
    const shown = await page.$$eval('#indicator-groups li:not([hidden])', (ls) => ls.map((l) => l.querySelector('a')!.textContent));
    assert.equal(shown, ['Achterstand taakstelling', 'Taakstelling huisvesting statushouders']);
    assert.is(await page.$$eval('.indicator-group:not([hidden])', (s) => s.length), 1);
    assert.is(await page.$eval('#indicator-filter-status', (s) => s.textContent), '2 indicatoren gevonden');
    await page.$eval('#indicator-filter-input', (i) => ((i as HTMLInputElement).value = ''));
    await page.type('#indicator-filter-input', 'oekraiens'); // without the diaeresis of Oekraïense
    const ukraine = await page.$$eval('#indicator-groups li:not([hidden])', (ls) => ls.map((l) => `${l.closest('section')!.getAttribute('aria-labelledby')}: ${l.querySelector('a')!.textContent}`));
    assert.ok(ukraine.includes('oekraine: Oekraïense ontheemden in Nederland'), ukraine.join('\n'));
    assert.ok(ukraine.every((u) => u.startsWith('oekraine: ')), ukraine.join('\n'));
    const violations = await axe(page, `/indicatoren/ at ${width} px, filtered`);
    await Promise.all([page.waitForNavigation(), page.click('#indicator-groups li:not([hidden]) a')]);
    assert.match(page.url(), '/indicatoren/');
    await page.goto(`${server.url}/indicatoren/taakstelling-huisvesting-statushouders/`, { waitUntil: 'load' });
    const crumbs = await page.$$eval('.crumbs li', (ls) => ls.map((l) => l.textContent!.trim()));
    assert.equal(crumbs, ['Overzicht', 'Indicatoren', 'Huisvesting en spreiding', 'Taakstelling huisvesting statushouders']);
    assert.match(await page.$eval('.crumbs li:nth-child(3) a', (a) => a.getAttribute('href')!), /indicatoren\/#huisvesting$/);
    assert.not.match(await visibleText(page, 'body'), /housing-quota/);
    assert.equal(errorsOf(page), []);
    await page.close();
    assert.equal(violations, []);
  });
}

test('no page shows an indicator id in its text, and /realisaties/ has contents whose every link has its anchor', async () => {
  const ids = (await readFile(path.join(DATA, 'indicators.csv'), 'utf8')).split('\n').slice(1).map((l) => l.split(',')[0]!).filter(Boolean);
  const pattern = new RegExp(`(^|[\\s(,;:])(${ids.map((i) => i.replace(/[-]/g, '\\-')).join('|')})(?=[\\s),.;:]|$)`);
  const shown: string[] = [];
  const files = (await readdir(out, { recursive: true })).filter((f) => f.endsWith('.html'));
  for (const f of files) {
    const text = (await readFile(path.join(out, f), 'utf8'))
      .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&[a-z#0-9]+;/g, ' ');
    const m = pattern.exec(text);
    if (m) shown.push(`${f}: ${m[2]}`);
  }
  assert.equal(shown, []);
  const page = await open('/realisaties/', 360);
  const missing = await page.$$eval('.toc a[href^="#"]', (as) => as.map((a) => a.getAttribute('href')!.slice(1)).filter((id) => !document.getElementById(id)));
  const count = await page.$$eval('.toc a[href^="#r-"]', (as) => as.length);
  assert.equal(missing, []);
  assert.is(count, await page.$$eval('main section[aria-labelledby^="r-"]', (s) => s.length));
  assert.ok(count > 50, `${count} indicators in the contents`);
  await page.close();
});

for (const width of WIDTHS) {
  test(`municipal official at ${width} px: reaches /gemeenten/ by the menu and finds the taakstelling 2024-II, the Spreidingswet and where the figures per municipality are`, async () => {
    const page = await open('/', width);
    if (width < 500) await page.click('.site-nav__toggle');
    await Promise.all([page.waitForNavigation(), page.click('#hoofdmenu a[href$="gemeenten/"]')]);
    const text = await visibleText(page);
    assert.match(text, /Taakstelling huisvesting statushouders/);
    assert.match(text, /tweede helft 2024 Vastgesteld cijfer 17\.000/);
    assert.match(text, '96.000');
    assert.match(text, 'bijlage 2');
    assert.match(text, /geen officiële vindplaats bekend/);
    // The one link out for municipalities is the address the MPP 2025 letter prints.
    const out = await page.$$eval('main a[href^="http"]', (as) => as.map((a) => a.getAttribute('href')));
    assert.ok(out.some((h) => h!.startsWith('https://www.rijksoverheid.nl/documenten/publicaties/2025/08/20/handreiking-regeling-stimuleren-uitstroom')), out.join('\n'));
    const violations = await axe(page, `/gemeenten/ at ${width} px`);
    await page.close();
    assert.equal(violations, []);
  });

  test(`member of parliament at ${width} px: the 69.800 of MPP 2024-I shows its source (linked), place and quote; the page says how to cite it and when it was last updated`, async () => {
    const page = await open('/indicatoren/totale-asielinstroom/', width);
    const row = await page.evaluateHandle(() =>
      [...document.querySelectorAll('tr')].find((tr) => tr.querySelector('details.evidence') !== null && /2024/.test(tr.cells[0]?.textContent ?? '') && /^MPP\s2024-I$/.test(tr.cells[1]?.textContent?.trim() ?? ''))!,
    );
    const summary = (await row.asElement()!.$('details.evidence summary'))!;
    await summary.evaluate((s) => s.scrollIntoView({ block: 'center' }));
    await summary.click();
    const evidence = await row.asElement()!.$eval('details.evidence', (d) => ({
      open: (d as HTMLDetailsElement).open,
      text: (d as HTMLElement).innerText.replace(/\s+/g, ' '),
      links: [...d.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    }));
    assert.ok(evidence.open);
    assert.ok(evidence.links.includes('https://zoek.officielebekendmakingen.nl/kst-19637-3239.html'), evidence.links.join(' '));
    assert.match(evidence.text, /p\. \d/);
    assert.match(evidence.text, '69.800');
    const violations = await axe(page, `indicator page at ${width} px, evidence open`);
    const meta = await visibleText(page, '.page-meta');
    assert.match(meta, 'Laatst bijgewerkt: 26 september 2025');
    assert.match(meta, /Zo citeert u deze pagina: MPP migratieketen, ‘Totale asielinstroom’, http:\/\/127\.0\.0\.1:8080\/indicatoren\/totale-asielinstroom\/, laatst bijgewerkt 26 september 2025\./);
    await page.close();
    assert.equal(violations, []);
  });

  test(`cost question at ${width} px: each cost row has its source and price year, the assumed ones say so, and the € 27.850 of the calculation is explained`, async () => {
    const page = await open('/kosten/', width);
    const rows = await page.$$eval('table', (ts) => {
      const t = ts.find((x) => x.querySelector('caption')?.textContent === 'Kosten per opvangplek naar soort opvang')!;
      return [...t.tBodies[0]!.rows].map((r) => ({
        type: r.cells[0]!.textContent!.trim(),
        year: r.cells[1]!.textContent!.replace(/\s+/g, ' ').trim(),
        links: [...r.querySelectorAll('details.evidence a')].map((a) => a.getAttribute('href')),
        quote: (r.querySelector('details.evidence q')?.textContent ?? '').replace(/\s+/g, ' '),
      }));
    });
    const byType = Object.fromEntries(rows.map((r) => [r.type, r]));
    assert.is(byType['Hotel']!.year, '2023');
    assert.is(byType['Noodopvang, gemiddeld']!.year, '2023 (aangenomen)');
    assert.is(byType['Tijdelijke gemeentelijke opvang (TGO)']!.year, '2023 (aangenomen)');
    assert.is(byType['Reguliere opvang (azc)']!.year, '2023');
    for (const r of rows) {
      assert.equal(r.links, ['https://zoek.officielebekendmakingen.nl/kst-36600-XX-E.html'], r.type);
      assert.ok(r.quote.length > 20, `${r.type}: no quote`);
    }
    assert.match(byType['Hotel']!.quote, '€ 91.000');
    const text = await visibleText(page);
    assert.match(text, 'Daarom rekent de brief hier met € 27.850 voor een reguliere plek, niet met de € 27.100 uit de tabel hierboven.');
    assert.match(text, /2024 \(aangenomen\)\s*€ 61/);
    await page.close();
  });
}

test('researcher on a phone: a tap shows the tapped point, every later tap the point tapped (the old script showed the first point, then nothing)', async () => {
  const page = await open('/indicatoren/totale-asielinstroom/', 360, { touch: true });
  const chart = '#grafiek-indicator-asylum-inflow-total .chart-narrow';
  const at = async (label: string) =>
    (await page.evaluate(
      (sel: string, label: string) => {
        const box = document.querySelector(sel) as HTMLElement;
        box.scrollIntoView({ block: 'center' });
        const m = box.querySelector('svg')!.getScreenCTM()!;
        const p = (JSON.parse(box.dataset.points!) as [number, number, string][]).find((q) => q[2].startsWith(label))!;
        return { x: m.a * p[0] + m.e, y: m.d * p[1] + m.f, label: p[2] };
      },
      chart,
      label,
    )) as { x: number; y: number; label: string };
  const tip = () => page.$eval(`${chart} .chart-tip`, (t) => ((t as HTMLElement).hidden ? null : t.textContent));
  const a = await at('MPP 2024-I, 2024');
  await page.touchscreen.tap(a.x, a.y);
  assert.is(await tip(), a.label);
  const b = await at('Realisatie, 2015');
  await page.touchscreen.tap(b.x, b.y);
  assert.is(await tip(), b.label);
  await page.touchscreen.tap(a.x, a.y);
  assert.is(await tip(), a.label);
  assert.equal(errorsOf(page), []);
  await page.close();
});

test('downloads: the SVG and the PNG of a chart carry its title, its sources and the licence inside the image', async () => {
  const svg = await readFile(path.join(out, 'data/grafieken/indicator-asylum-inflow-total.svg'), 'utf8');
  const texts = [...svg.matchAll(/<text[^>]*font-size="(?:16|11)"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
  assert.match(texts, 'Totale asielinstroom: ramingen en realisatie');
  assert.match(texts, 'Kamerbrief Meerjaren Productie Prognose 2025');
  assert.match(texts, 'Licentie: CC0 1.0');
  assert.match(texts, '/indicatoren/totale-asielinstroom/');
  // The CBS figures' own licence where the chart uses one.
  const cbs = (await readdir(path.join(out, 'data/grafieken'))).filter((f) => f.endsWith('.svg'));
  let withCbs = 0;
  for (const f of cbs) if ((await readFile(path.join(out, 'data/grafieken', f), 'utf8')).includes('CC BY 4.0, bron CBS')) withCbs++;
  assert.ok(withCbs >= 1, 'no chart names the CBS licence');
  // The PNG is drawn from the framed SVG: taller than the chart alone, by the title and credit lines.
  const png = await readFile(path.join(out, 'data/grafieken/indicator-asylum-inflow-total.png'));
  const chartHeight = Number(/<svg x="0" y="[\d.]+"[^>]*\sheight="([\d.]+)"/.exec(svg)![1]);
  assert.ok(png.readUInt32BE(20) > 2 * (chartHeight + 80), `PNG ${png.readUInt32BE(20)} px high for a chart of ${chartHeight}`);
  // Show the PNG in Chromium and read it back: the title's pixels are dark on the white top band.
  const page = await open('/', 1280);
  const dark = await page.evaluate(async (src: string) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = 60;
    const g = c.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, 60).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i]! < 100 && d[i + 1]! < 100 && d[i + 2]! < 100) n++;
    return n;
  }, `${server.url}/data/grafieken/indicator-asylum-inflow-total.png`);
  await page.close();
  assert.ok(dark > 500, `only ${dark} dark pixels where the title is`);
});

test('on paper: an indicator page prints every table whole, each chart with its table, and writes out links to other sites', async () => {
  const page = await open('/indicatoren/totale-asielinstroom/', 700);
  await page.emulateMediaType('print');
  const found = (await page.evaluate(() => {
    const cut = [...document.querySelectorAll('main table')]
      .filter((t) => t.getBoundingClientRect().width > 0)
      .filter((t) => t.getBoundingClientRect().right > document.querySelector('main')!.getBoundingClientRect().right + 1)
      .map((t) => t.querySelector('caption')?.textContent ?? '?');
    const chartTables = [...document.querySelectorAll('.chart')].map((c) => ({
      id: c.id,
      svg: (c.querySelector('.chart-wide svg') as SVGElement | null)?.getBoundingClientRect().height ?? 0,
      rows: [...c.querySelectorAll('details.chart-data tbody tr')].filter((r) => r.getBoundingClientRect().height > 0).length,
    }));
    const link = document.querySelector('main a[href^="https://zoek.officielebekendmakingen.nl"]')!;
    return { cut, chartTables, after: getComputedStyle(link, '::after').content, nav: getComputedStyle(document.querySelector('.site-nav')!).display };
  })) as { cut: string[]; chartTables: { id: string; svg: number; rows: number }[]; after: string; nav: string };
  assert.equal(found.cut, []);
  assert.ok(found.chartTables.length >= 1);
  for (const c of found.chartTables) assert.ok(c.svg > 50 && c.rows > 0, JSON.stringify(c));
  assert.match(found.after, 'zoek.officielebekendmakingen.nl');
  assert.is(found.nav, 'none');
  await page.close();
});

test('hosting: _headers names the CSP with frame-ancestors, nosniff, and a year for the assets loaded by their hash', async () => {
  const headers = await readFile(path.join(out, '_headers'), 'utf8');
  assert.match(headers, /^\/\*\n {2}Content-Security-Policy: default-src 'self';[^\n]*frame-ancestors 'none'/m);
  assert.match(headers, /^ {2}X-Content-Type-Options: nosniff$/m);
  assert.match(headers, /^\/assets\/style\.css\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
  // Every asset given a year is loaded with its hash on every page.
  const home = await readFile(path.join(out, 'index.html'), 'utf8');
  for (const a of ['assets/style.css', 'assets/site.js', 'assets/nlds/tokens.css', 'assets/nlds/components.css']) {
    assert.match(home, new RegExp(`${a.replace(/[./]/g, '\\$&')}\\?v=[0-9a-f]{10}"`), a);
  }
});

test.run();
