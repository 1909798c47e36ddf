/**
 * Charts: specs from the model, rendered once to SVG and reused by the site and the letters.
 * An unchanged spec is not rendered again within a run (and, given a cache, across runs).
 */
import type { ContentCache } from '../runtime/cache.ts';
import type { Model } from '../model/index.ts';
import type { Dataset } from '../data/schema.ts';
import { RENDERER_VERSION, renderSvg, specHash } from './render.ts';
import { VARIANTS, type Variant } from './layout.ts';
import { chartSpecs, type ChartSpec, type ChartTable } from './specs.ts';

export { chartSpecs, type ChartSpec, type ChartTable, type Variant };

export interface Chart extends ChartSpec {
  /** The SVG at each layout: `narrow` and `wide` for the site, `print` for the letters. */
  svgs: Record<Variant, string>;
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
    let svgs = cached === undefined ? undefined : (JSON.parse(cached) as Record<Variant, string>);
    if (svgs === undefined) {
      const rendered: Partial<Record<Variant, string>> = {};
      for (const v of VARIANTS) rendered[v] = await renderSvg(s.variants[v], s.description);
      svgs = rendered as Record<Variant, string>;
      await opts.cache?.set(hash, JSON.stringify(svgs));
    }
    out.push({ ...s, svgs, hash });
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
