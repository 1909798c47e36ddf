/**
 * The charts as a reader sees them: the built site in Chromium, the rendered SVG measured.
 * Time is placed by date, every edition's band is drawn from its minimum to its maximum, no chart
 * text is drawn below 11 px on a 360 px screen, and no text runs out of its SVG at 360, 768 and
 * 1280 px. The data is the shipped data, whose realisations fill forecast against realisation.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launchBrowser } from '../../src/runtime/browser.ts';
import { loadDataset } from '../../src/data/load.ts';
import { comparePeriods } from '../../src/data/period.ts';
import { deriveModel, type Model } from '../../src/model/index.ts';
import { editionStyles } from '../../src/charts/series.ts';
import { DATA } from '../support/helpers.ts';
import { inParallel, sharedSite, TABS } from '../support/shared-site.ts';
import { serve } from '../support/site-server.ts';

let out = '';
let model: Model;
let chartPages: string[] = [];
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

test.before(async () => {
  // The shipped site, built once for every test file that reads it (read-only here).
  out = await sharedSite();
  model = deriveModel((await loadDataset(DATA)).data);
  const pages = (await readdir(out, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
  for (const p of pages) if ((await readFile(path.join(out, p), 'utf8')).match(/class="chart[ "]/)) chartPages.push(p);
  browser = await launchBrowser();
  server = await serve(out);
});
test.after(async () => {
  await browser?.close();
  await server?.close();
});

const url = (p: string) => `${server.url}/${p.replace(/index\.html$/, '')}`;

async function open(p: string, width: number): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  await page.goto(url(p), { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** In the page: the visible chart SVG of a figure, and a y scale read from its value axis labels. */
const IN_PAGE = `
window.visibleSvg = (figureId) => [...document.querySelectorAll('#' + CSS.escape(figureId) + ' .chart-svg svg')].find((s) => s.checkVisibility());
window.valueScale = (svg) => {
  // The value axis labels ("40.000") are the texts drawn right-aligned left of the plot.
  const ticks = [...svg.querySelectorAll('.role-axis-label text[text-anchor="end"]')]
    .map((t) => ({ v: Number(t.textContent.replace(/\\./g, '').replace(',', '.')), r: t.getBoundingClientRect() }))
    .filter((t) => Number.isFinite(t.v));
  const [a, b] = [ticks[0], ticks[ticks.length - 1]];
  const ya = a.r.top + a.r.height / 2, yb = b.r.top + b.r.height / 2;
  return (v) => ya + ((v - a.v) * (yb - ya)) / (b.v - a.v);
};
`;

test('the total-inflow chart places periods by date: 2022 → 2024 is twice 2021 → 2022', async () => {
  const page = await open('indicatoren/totale-asielinstroom/index.html', 1280);
  // The points in the SVG are in the order of the chart's data: realisations by period.
  const actual = model.actuals
    .filter((a) => a.indicator === 'asylum-inflow-total' && a.region === null)
    .map((a) => a.period)
    .sort(comparePeriods);
  const x = (await page.evaluate(`${IN_PAGE}; (() => {
    const svg = visibleSvg('grafiek-indicator-asylum-inflow-total');
    const centre = (el) => { const r = el.getBoundingClientRect(); return r.left + r.width / 2; };
    return {
      realised: [...svg.querySelectorAll('.realisations_points_marks path')].map(centre),
      forecast: [...svg.querySelectorAll('.forecasts_points_marks path')].map(centre),
    };
  })()`)) as { realised: number[]; forecast: number[] };
  await page.close();
  // Forecast points are in edition order, then period order (vintages.ts).
  const forecastOrder = model.editionOrder.flatMap((e) =>
    model.vintages
      .filter((v) => v.indicator === 'asylum-inflow-total' && v.region === null && v.forecasts.some((f) => f.edition === e))
      .map((v) => v.period),
  );
  assert.is(x.realised.length, actual.length, 'a point per realisation');
  assert.is(x.forecast.length, forecastOrder.length, 'a point per forecast');
  const at = (period: string) => {
    const i = actual.indexOf(period);
    if (i >= 0) return x.realised[i]!;
    const j = forecastOrder.indexOf(period);
    assert.ok(j >= 0, `no point for ${period}`);
    return x.forecast[j]!;
  };
  const one = at('2022') - at('2021');
  const two = at('2024') - at('2022');
  assert.ok(one > 20, `2021 → 2022 is ${one} px`);
  // Years placed at their middle: 730.5 days against 365, within half a pixel of twice.
  assert.ok(Math.abs(two - 2 * one) < 0.5, `2022 → 2024 is ${two} px, 2021 → 2022 is ${one} px`);
});

test('a band is drawn for each edition with a minimum and a maximum, from the one to the other', async () => {
  const page = await open('indicatoren/totale-asielinstroom/index.html', 1280);
  const styles = editionStyles(model.editionOrder);
  const bands = (await page.evaluate(`${IN_PAGE}; (() => {
    const svg = visibleSvg('grafiek-indicator-asylum-inflow-total');
    const y = valueScale(svg);
    const inverse = (px) => { const a = y(0), b = y(1e6); return ((px - a) / (b - a)) * 1e6; };
    return [...svg.querySelectorAll('.band_area_marks path, .band_bar_marks path')].map((p) => {
      const r = p.getBoundingClientRect();
      return { fill: p.getAttribute('fill'), max: inverse(r.top), min: inverse(r.bottom) };
    });
  })()`)) as { fill: string; min: number; max: number }[];
  await page.close();
  const banded = model.editionOrder
    .map((e) => {
      const fs = model.vintages
        .filter((v) => v.indicator === 'asylum-inflow-total' && v.region === null)
        .flatMap((v) => v.forecasts.filter((f) => f.edition === e && f.minimum !== null && f.maximum !== null));
      return { e, fs };
    })
    .filter((x) => x.fs.length > 0);
  assert.ok(banded.length >= 3, 'MPP 2024-I, 2024-II and 2025 give a minimum and a maximum');
  for (const { e, fs } of banded) {
    const mine = bands.filter((b) => b.fill === styles.get(e)!.colour);
    assert.ok(mine.length > 0, `no band for ${e}`);
    const min = Math.min(...mine.map((b) => b.min));
    const max = Math.max(...mine.map((b) => b.max));
    const want = { min: Math.min(...fs.map((f) => f.minimum!)), max: Math.max(...fs.map((f) => f.maximum!)) };
    // Within 1 % of the axis (100.000): under a pixel at this size.
    assert.ok(Math.abs(min - want.min) < 1000 && Math.abs(max - want.max) < 1000, `${e}: band ${min}–${max}, want ${want.min}–${want.max}`);
  }
});

/** The widths the charts are measured at: a phone, a tablet, a desktop. */
const WIDTHS = [360, 768, 1280] as const;
type Measured = { texts: { text: string; px: number; out: number }[]; charts: number };

/**
 * Every visible chart text on a page at each of WIDTHS: its drawn font size and whether it stays
 * inside its SVG. The page is opened once and set to each width in turn: which chart SVG shows and
 * how wide it is drawn is decided by the style sheet alone (no script looks at the width), so a page
 * set to a width is laid out as one opened at it.
 */
async function measure(p: string): Promise<Map<number, Measured>> {
  const page = await open(p, WIDTHS[0]);
  const byWidth = new Map<number, Measured>();
  for (const width of WIDTHS) {
    if (width !== WIDTHS[0]) {
      await page.setViewport({ width, height: 900 });
      await page.evaluate(() => document.fonts.ready);
    }
    byWidth.set(
      width,
      (await page.evaluate(() => {
        const texts: { text: string; px: number; out: number }[] = [];
        for (const svg of document.querySelectorAll<SVGSVGElement>('.chart-svg svg')) {
          if (!svg.checkVisibility()) continue;
          const box = svg.getBoundingClientRect();
          const scale = box.width / svg.viewBox.baseVal.width;
          for (const t of svg.querySelectorAll('text')) {
            if (Number(getComputedStyle(t).opacity) === 0 || t.textContent === '') continue;
            const r = t.getBoundingClientRect();
            const out = Math.max(box.left - r.left, r.right - box.right, box.top - r.top, r.bottom - box.bottom, 0);
            texts.push({ text: t.textContent ?? '', px: parseFloat(getComputedStyle(t).fontSize) * scale, out });
          }
        }
        return { texts, charts: document.querySelectorAll('.chart-svg svg').length };
      })) as Measured,
    );
  }
  await page.close();
  return byWidth;
}

/** Every chart page measured once (in several tabs at once), read by the two tests below in page order. */
let measuredPages: Promise<Map<number, Measured>[]> | undefined;
const measureAll = () => (measuredPages ??= inParallel(chartPages, TABS, (p) => measure(p)));

test('at 360 px no chart text is drawn below 11 px', async () => {
  assert.ok(chartPages.length > 20, `${chartPages.length} pages with charts`);
  assert.ok(chartPages.includes('indicatoren/bezetting-coa/index.html'));
  const measured = await measureAll();
  let smallest = { px: Infinity, where: '' };
  for (const [i, p] of chartPages.entries()) {
    const { texts } = measured[i]!.get(360)!;
    assert.ok(texts.length > 0, `${p}: no chart text visible`);
    for (const t of texts) if (t.px < smallest.px) smallest = { px: t.px, where: `${p}: "${t.text}"` };
  }
  assert.ok(smallest.px >= 11, `smallest chart text ${smallest.px.toFixed(1)} px at ${smallest.where}`);
});

test('no chart text runs out of its SVG at 360, 768 and 1280 px', async () => {
  const over: string[] = [];
  const measured = await measureAll();
  // Read in the order of the loops: width, then page.
  for (const width of WIDTHS) {
    for (const [i, p] of chartPages.entries()) {
      for (const t of measured[i]!.get(width)!.texts) if (t.out > 0.5) over.push(`${width} px ${p}: "${t.text}" by ${t.out.toFixed(1)} px`);
    }
  }
  assert.equal(over.slice(0, 20), [], `${over.length} texts overflow`);
});

test('the forecast-against-realisation chart shows the realised period with each forecast', async () => {
  const html = await readFile(path.join(out, 'indicatoren/totale-asielinstroom/index.html'), 'utf8');
  assert.match(html, 'Raming tegenover realisatie');
  assert.match(html, 'id="grafiek-realised-asylum-inflow-total"');
  // MPP 2024-I: 69.800 (medio, band 49.800 – 78.500) for 2024; realised ca. 45.640 + ca. 760 = 46.400
  // (the minister's answer of 4 March 2025, summed by the model): 69.800 − 46.400 = +23.400, 23.400 / 46.400 = +50 %.
  // The table as markup, without the NL Design System classes, the spans that keep an edition's
  // name on one line, and with plain spaces.
  const table = html.slice(html.indexOf('id="grafiek-realised-asylum-inflow-total"')).replace(/ class="[^"]*"/g, '').replace(/<\/?span>/g, '').replace(/\u00a0/g, ' ');
  assert.match(table, /<th scope="row">2024<\/th><td>MPP 2024-I<\/td><td>69\.800<\/td><td>49\.800 – 78\.500<\/td><td>ca\. 46\.400 \(berekend\)<\/td><td>\+23\.400<\/td><td>\+50%<\/td>/);
  const page = await open('indicatoren/totale-asielinstroom/index.html', 360);
  const marks = (await page.evaluate(`${IN_PAGE}; (() => {
    const svg = visibleSvg('grafiek-realised-asylum-inflow-total');
    return { points: svg.querySelectorAll('.forecast_0_marks path').length, rules: svg.querySelectorAll('.realisation_0_marks line').length };
  })()`)) as { points: number; rules: number };
  await page.close();
  assert.equal(marks, { points: 1, rules: 1 });
  // Every indicator with a forecast period that has a realisation has the chart: inflow and COA occupancy.
  assert.match(await readFile(path.join(out, 'indicatoren/bezetting-coa/index.html'), 'utf8'), 'id="grafiek-realised-coa-occupancy"');
  // The Staat van Migratie's count of Ukrainians at the end of 2024 does not state its scope and is its own indicator
  // (re-audit, issue 26): MPP 2024-I's ca. 136.000 per 1 januari 2025 has no realisation beside it, so no such chart.
  assert.not.match(await readFile(path.join(out, 'indicatoren/oekraiense-ontheemden-in-nederland/index.html'), 'utf8'), 'id="grafiek-realised-ukraine-residents"');
});

test.run();
