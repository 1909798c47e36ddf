/**
 * Charts: specs from the model, rendered once to SVG and reused by the site and the letters.
 * An unchanged spec is not rendered again within a run (and, given a cache, across runs).
 */
import type { ContentCache } from '../runtime/cache.ts';
import type { Model } from '../model/index.ts';
import type { Dataset } from '../data/schema.ts';
import type { HoverPoint } from './hover-points.ts';
import { RENDERER_VERSION, renderChart, specHash } from './render.ts';
import { VARIANTS, type Variant } from './layout.ts';
import { chartSpecs, type ChartSpec, type ChartTable } from './specs.ts';

export { chartSpecs, type ChartSpec, type ChartTable, type Variant };

export interface Chart extends ChartSpec {
  /** The SVG at each layout: `narrow` and `wide` for the site, `print` for the letters. */
  svgs: Record<Variant, string>;
  /** Per layout, where each value is drawn and its label, for the site's hover script. */
  points: Record<Variant, HoverPoint[]>;
  hash: string;
}

export interface RenderOptions {
  cache?: ContentCache;
  onProgress?: (done: number, total: number) => void;
}

/** Render `specs` to SVG, in their order, taking from and filling `cache` when given. */
export async function renderCharts(specs: ChartSpec[], opts: RenderOptions = {}): Promise<Chart[]> {
  const out: Chart[] = [];
  for (const s of specs) {
    const hash = specHash({ variants: s.variants, description: s.description }, RENDERER_VERSION);
    const cached = (await opts.cache?.get(hash))?.toString('utf8');
    type Rendered = Pick<Chart, 'svgs' | 'points'>;
    let rendered = cached === undefined ? undefined : (JSON.parse(cached) as Rendered);
    if (rendered === undefined) {
      const svgs: Partial<Record<Variant, string>> = {};
      const points: Partial<Record<Variant, HoverPoint[]>> = {};
      for (const v of VARIANTS) ({ svg: svgs[v], points: points[v] } = await renderChart(s.variants[v], s.description));
      rendered = { svgs, points } as Rendered;
      await opts.cache?.set(hash, JSON.stringify(rendered));
    }
    out.push({ ...s, ...rendered, hash });
    opts.onProgress?.(out.length, specs.length);
    // Rendering is CPU work that never waits: let the event loop run between charts, so the letters
    // printing beside it (Chromium's replies) are not held up until all charts are done.
    await new Promise(setImmediate);
  }
  return out;
}

/** Every chart of the data set, rendered. */
export async function buildCharts(data: Dataset, model: Model, opts: RenderOptions = {}): Promise<Chart[]> {
  return renderCharts(chartSpecs(data, model), opts);
}
