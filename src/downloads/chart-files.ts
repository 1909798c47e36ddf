/**
 * The data behind every chart, beside the chart: its figures as CSV (plain, and for Dutch Excel)
 * and JSON, the drawing as SVG and as PNG (resvg, twice the wide size). The site links them under
 * each chart; their paths are made here only.
 */
import type { Chart } from '../charts/index.ts';
import os from 'node:os';
import { pngRenderer } from '../charts/png.ts';
import { eachLimited } from '../runtime/concurrency.ts';
import { toCsv, toExcelCsv } from '../data/csv.ts';
import type { ContentCache } from '../runtime/cache.ts';
import type { OutputFolder } from '../runtime/output.ts';

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

export async function writeChartFiles(out: OutputFolder, charts: Chart[], cache?: ContentCache): Promise<number> {
  const renderer = pngRenderer(cache);
  try {
    // The PNGs are drawn on libuv's threads, one per core at a time (each holds its pixels until it
    // is encoded); the other files are written meanwhile.
    await eachLimited(charts, os.availableParallelism(), async (c) => {
      const f = chartFiles(c.id);
      await out.write(f.csv, toCsv(c.data.columns, c.data.rows, { forSpreadsheets: true }));
      await out.write(f.excel, toExcelCsv(c.data.columns, c.data.rows));
      const json = { id: c.id, title: c.title, description: c.description, columns: c.data.columns, rows: c.data.rows, table: c.table };
      await out.write(f.json, JSON.stringify(json, null, 2) + '\n');
      const svg = c.svgs[DRAWING];
      await out.write(f.svg, svg.startsWith('<?xml') ? svg : `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`);
      await out.write(f.png, await renderer.png(svg, PNG_SCALE));
    });
  } finally {
    await renderer.close();
  }
  return charts.length * 5;
}
