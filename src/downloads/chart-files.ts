/**
 * The data behind every chart, beside the chart: its figures as CSV (plain, and for Dutch Excel)
 * and JSON, the drawing as SVG and as PNG (resvg, twice the wide size). The site links them under
 * each chart; their paths are made here only.
 */
import type { Chart } from '../charts/index.ts';
import os from 'node:os';
import type { PngRenderer } from '../charts/png.ts';
import { eachLimited } from '../runtime/concurrency.ts';
import { toCsv, toExcelCsv } from '../data/csv.ts';
import type { OutputFolder } from '../runtime/output.ts';
import { type ChartCredit, framedSvg } from './chart-credits.ts';

/** Where a chart's files are, relative to the site root. */
export function chartFiles(id: string) {
  return {
    csv: `data/grafieken/${id}.csv`,
    excel: `data/excel/grafieken/${id}.csv`,
    json: `data/grafieken/${id}.json`,
    svg: `data/grafieken/${id}.svg`,
    png: `data/grafieken/${id}.png`,
  };
}

/** The drawing the downloads give: the wide one, as a reader sees it on a computer. */
const DRAWING = 'wide' as const;
const PNG_SCALE = 2;

/** The drawing a chart's downloads give: the wide one, framed by its title, sources, page and licence (chart-credits.ts). */
export const downloadSvg = (chart: Pick<Chart, 'id' | 'title' | 'description' | 'svgs'>, credit: (id: string) => ChartCredit): string =>
  framedSvg(chart, chart.svgs[DRAWING], credit(chart.id));

/** The PNG a chart's downloads give: ask for it as soon as the chart is rendered, and its drawing starts. */
export const chartPng = (renderer: PngRenderer, chart: Pick<Chart, 'id' | 'title' | 'description' | 'svgs'>, credit: (id: string) => ChartCredit): Promise<Buffer> =>
  renderer.png(downloadSvg(chart, credit), PNG_SCALE);

/** Write every chart's files; the PNGs come from `renderer`, which may have drawn them already. */
export async function writeChartFiles(out: OutputFolder, charts: Chart[], renderer: PngRenderer, credit: (id: string) => ChartCredit): Promise<number> {
  // A few charts at a time: at 100× there are hundreds, five files each.
  await eachLimited(charts, os.availableParallelism(), async (c) => {
    const f = chartFiles(c.id);
    await out.write(f.csv, toCsv(c.data.columns, c.data.rows, { forSpreadsheets: true }));
    await out.write(f.excel, toExcelCsv(c.data.columns, c.data.rows));
    const json = { id: c.id, title: c.title, description: c.description, columns: c.data.columns, rows: c.data.rows, table: c.table };
    await out.write(f.json, JSON.stringify(json, null, 2) + '\n');
    await out.write(f.svg, downloadSvg(c, credit));
    await out.write(f.png, await chartPng(renderer, c, credit));
  });
  return charts.length * 5;
}
