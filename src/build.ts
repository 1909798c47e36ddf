/**
 * The main job: data in, site and letters out. Stages follow the data:
 * load and validate → model → charts → pages (and letters).
 * Everything is written into a fresh folder that replaces `outDir` only when the whole build succeeded.
 */
import { diskCache } from './cache.ts';
import { buildCharts } from './charts/index.ts';
import { loadDataset } from './load.ts';
import { deriveModel } from './model/index.ts';
import { replaceFolder } from './output.ts';
import { createProgress, type Progress } from './progress.ts';
import { writeDataFiles } from './publish-data.ts';
import { writeDerivedFiles } from './publish-derived.ts';
import { writeSite } from './site/build-site.ts';
import { buildView, type LetterLink } from './site/view.ts';

export interface BuildOptions {
  dataDir: string;
  outDir: string;
  progress?: Progress;
  /** Folder for the content-hash cache of charts and letters; none when absent. */
  cacheDir?: string;
}

export interface BuildSummary {
  pages: number;
  pdfs: number;
  dataFiles: number;
  charts: number;
  ms: number;
}

export async function build(opts: BuildOptions): Promise<BuildSummary> {
  const progress = opts.progress ?? createProgress(null);
  const start = performance.now();
  const { data } = await progress.phase('load', async () => loadDataset(opts.dataDir));
  const model = await progress.phase('model', async () => deriveModel(data));
  const cache = (name: string) => (opts.cacheDir ? diskCache(opts.cacheDir, name) : undefined);
  const charts = await progress.phase('charts', async (tick) =>
    buildCharts(data, model, { onProgress: tick, cache: cache('charts') }),
  );
  const letters: LetterLink[] = [];
  return replaceFolder(opts.outDir, async (out) => {
    const dataFiles = await progress.phase('data files', async () => {
      return (await writeDataFiles(out, data)) + (await writeDerivedFiles(out, model));
    });
    const pages = await progress.phase('pages', async () => writeSite(out.dir, buildView(data, model, charts, letters)));
    return { pages, pdfs: 0, dataFiles, charts: charts.length, ms: performance.now() - start };
  });
}
