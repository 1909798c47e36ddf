/**
 * Charts: specs from the model, rendered once to SVG and reused by the site and the letters.
 * An unchanged spec is not rendered again within a run (and, given a cache, across runs).
 */
import type { Model } from '../model/index.ts';
import type { Dataset } from '../schema.ts';
import { RENDERER_VERSION, renderSvg, specHash } from './render.ts';
import { chartSpecs, type ChartSpec, type ChartTable } from './specs.ts';

export type { ChartSpec, ChartTable };

export interface Chart extends ChartSpec {
  svg: string;
  hash: string;
}

import type { ContentCache } from '../cache.ts';

export async function buildCharts(
  data: Dataset,
  model: Model,
  opts: { cache?: ContentCache; onProgress?: (done: number, total: number) => void } = {},
): Promise<Chart[]> {
  const specs = chartSpecs(data, model);
  const out: Chart[] = [];
  for (const s of specs) {
    const hash = specHash({ ...s.spec, description: s.description } as typeof s.spec, RENDERER_VERSION);
    let svg = (await opts.cache?.get(hash))?.toString('utf8');
    if (svg === undefined) {
      svg = await renderSvg(s.spec, s.description);
      await opts.cache?.set(hash, svg);
    }
    out.push({ ...s, svg, hash });
    opts.onProgress?.(out.length, specs.length);
  }
  return out;
}
