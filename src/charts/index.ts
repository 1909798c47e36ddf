/**
 * Charts: specs from the model, rendered once to SVG and reused by the site and the letters.
 * A chart is drawn at the layouts its readers need (the site's narrow and wide ones; the print one
 * only for the charts a letter shows). An unchanged spec is not rendered again within a run (and,
 * given a cache, across runs); vega is loaded only when a chart is not in the cache.
 */
import type { ContentCache } from '../runtime/cache.ts';
import { contentHash } from '../runtime/cache.ts';
import { packageVersion } from '../runtime/versions.ts';
import type { Model } from '../model/index.ts';
import type { Dataset } from '../data/schema.ts';
import type { HoverPoint } from './hover-points.ts';
import { VARIANTS, type Variant } from './layout.ts';
import { chartSpecs, type ChartSpec, type ChartTable } from './specs.ts';

export { chartSpecs, type ChartSpec, type ChartTable, type Variant };

/** The layouts of the site's pages; the letters add `print`. */
export const SITE_VARIANTS = ['wide', 'narrow'] as const satisfies readonly Variant[];

export interface Chart<V extends Variant = (typeof SITE_VARIANTS)[number]> extends ChartSpec {
  /** The SVG at each layout drawn: `narrow` and `wide` for the site, `print` for the letters. */
  svgs: Record<V, string>;
  /** Per layout, where each value is drawn and its label, for the site's hover script. */
  points: Record<V, HoverPoint[]>;
}

export interface RenderOptions<V extends Variant> {
  /** The layouts to draw (default: the site's). */
  variants?: readonly V[];
  cache?: ContentCache;
  onProgress?: (done: number, total: number) => void;
  /** Told of each chart as soon as it is rendered (the build starts drawing its PNG then). */
  onRendered?: (chart: Chart<V>) => void;
}

/** Bump when rendering changes its output for the same spec, so cached SVGs are not reused. */
const RENDERER_VERSION = `vega-${packageVersion('vega')}/vl-${packageVersion('vega-lite')}/svg-7-points`;

/** The key under which one layout of a chart is cached: its spec, its text alternative and the renderer. */
export const variantKey = (spec: object, description: string): string =>
  contentHash(RENDERER_VERSION, JSON.stringify(spec), description);

type Rendered = { svg: string; points: HoverPoint[] };

/** Render `specs` to SVG, in their order, taking from and filling `cache` when given. */
export async function renderCharts<V extends Variant = (typeof SITE_VARIANTS)[number]>(
  specs: ChartSpec[],
  opts: RenderOptions<V> = {},
): Promise<Chart<V>[]> {
  const asked: readonly Variant[] = opts.variants ?? SITE_VARIANTS;
  const variants = VARIANTS.filter((x): x is V => asked.includes(x)); // in the order of VARIANTS
  const out: Chart<V>[] = [];
  let render: typeof import('./render.ts').renderChart | undefined;
  for (const s of specs) {
    const svgs = {} as Record<V, string>;
    const points = {} as Record<V, HoverPoint[]>;
    for (const v of variants) {
      const key = variantKey(s.variants[v], s.description);
      const cached = (await opts.cache?.get(key))?.toString('utf8');
      let r = cached === undefined ? undefined : (JSON.parse(cached) as Rendered);
      if (r === undefined) {
        render ??= (await import('./render.ts')).renderChart;
        r = await render(s.variants[v], s.description);
        await opts.cache?.set(key, JSON.stringify(r));
        // Rendering is CPU work that never waits: let the event loop run between renders, so the
        // letters printing beside it (Chromium's replies) are not held up until all charts are done.
        await new Promise(setImmediate);
      }
      svgs[v] = r.svg;
      points[v] = r.points;
    }
    const chart = { ...s, svgs, points };
    out.push(chart);
    opts.onRendered?.(chart);
    opts.onProgress?.(out.length, specs.length);
  }
  return out;
}

/** Every chart of the data set, rendered at every layout. */
export async function buildCharts(data: Dataset, model: Model, opts: Omit<RenderOptions<Variant>, 'variants'> = {}): Promise<Chart<Variant>[]> {
  return renderCharts(chartSpecs(data, model), { ...opts, variants: VARIANTS });
}
