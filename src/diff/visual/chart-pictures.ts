/**
 * The charts of two built sides, compared as pictures. A chart's drawing is its wide SVG; the build
 * already draws it as PNG with resvg (src/downloads/chart-files.ts), and those PNGs are the before
 * and after images, so no chart is drawn again. Only charts whose SVG bytes differ are compared
 * pixel by pixel; charts whose data the report says changed but whose SVG is the same are listed so.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { chartFiles } from '../../downloads/chart-files.ts';
import type { OutputFolder } from '../../runtime/output.ts';
import type { ChartChange } from '../types.ts';
import { writeComparison } from './comparison.ts';
import { pngSize } from './pixels.ts';
import type { ChartPicture, Images, PictureStatus } from './types.ts';

/** The chart ids a built site has files for. */
async function chartIds(site: string): Promise<string[]> {
  const dir = path.join(site, path.dirname(chartFiles('x').svg));
  if (!existsSync(dir)) return [];
  return (await readdir(dir)).filter((f) => f.endsWith('.svg')).map((f) => f.slice(0, -'.svg'.length));
}

interface ChartSide {
  svg: Buffer;
  png: Buffer;
  title: string;
}

async function readChart(site: string, id: string): Promise<ChartSide> {
  const f = chartFiles(id);
  const [svg, png, json] = await Promise.all([
    readFile(path.join(site, f.svg)),
    readFile(path.join(site, f.png)),
    readFile(path.join(site, f.json), 'utf8'),
  ]);
  return { svg, png, title: (JSON.parse(json) as { title: string }).title };
}

export const chartAnchor = (id: string) => `grafiek-${id}`;

/**
 * Compare the charts of the sites `base` and `head`, writing the images of every chart that looks
 * different into `out`. In the report's order of charts (`changes`), then the others by id.
 */
export async function compareChartPictures(base: string, head: string, changes: ChartChange[], out: OutputFolder): Promise<ChartPicture[]> {
  const before = new Set(await chartIds(base));
  const after = new Set(await chartIds(head));
  const reported = changes.map((c) => c.id);
  const ids = [...new Set([...reported, ...[...new Set([...before, ...after])].sort()])];
  const found: ChartPicture[] = [];
  for (const id of ids) {
    const a = before.has(id) ? await readChart(base, id) : null;
    const b = after.has(id) ? await readChart(head, id) : null;
    if (!a && !b) continue; // in the report, but drawn on neither side
    const size = { before: a && pngSize(a.png), after: b && pngSize(b.png) };
    const title = (b ?? a)!.title;
    const quiet = (status: PictureStatus): ChartPicture => ({ id, title, anchor: chartAnchor(id), status, images: NO_IMAGES, changedPixels: null, regions: [], zooms: [], size });
    if (a && b && a.svg.equals(b.svg)) {
      if (reported.includes(id)) found.push(quiet('same-drawing'));
      continue;
    }
    // resvg gives the same PNG bytes for the same pixels.
    if (a && b && a.png.equals(b.png)) {
      found.push(quiet('same-pixels'));
      continue;
    }
    const c = await writeComparison(out, `charts/${id}`, a?.png ?? null, b?.png ?? null);
    found.push({ id, title, anchor: chartAnchor(id), status: !a ? 'added' : !b ? 'removed' : 'changed', ...c, size });
  }
  return found;
}

const NO_IMAGES: Images = { before: null, after: null, diff: null };
