/**
 * The main job: data in, site and letters out. Stages follow the data:
 * load and validate → model → charts → pages (and letters).
 * Everything is written into a fresh folder that replaces `outDir` only when the whole build succeeded.
 */
import { diskCache } from './cache.ts';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { browserIdentity, launchBrowser } from './browser.ts';
import { buildCharts } from './charts/index.ts';
import { plannedLetters, writeLetters } from './letters/index.ts';
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
  // The browser starts at most once per build. Without a letters cache every letter will be
  // printed, so it starts now, beside loading and the charts; with one, only when a letter misses.
  let browser: Promise<Browser> | undefined;
  const getBrowser = () => (browser ??= launchBrowser());
  const cold = !opts.cacheDir || !existsSync(path.join(opts.cacheDir, 'letters'));
  if (cold) getBrowser().catch(() => undefined); // a launch failure is reported where the letters need it
  try {
    const { data } = await progress.phase('load', async () => loadDataset(opts.dataDir));
    const model = await progress.phase('model', async () => deriveModel(data));
    const cache = (name: string) => (opts.cacheDir ? diskCache(opts.cacheDir, name) : undefined);
    const charts = await progress.phase('charts', async (tick) =>
      buildCharts(data, model, { onProgress: tick, cache: cache('charts') }),
    );
    const letters: LetterLink[] = plannedLetters(data, model);
    return await replaceFolder(opts.outDir, async (out) => {
      const dataFiles = await progress.phase('data files', async () => {
        return (await writeDataFiles(out, data)) + (await writeDerivedFiles(out, model));
      });
      // Pages (Node) and letters (Chromium) run side by side.
      const [pages, pdfs] = await Promise.all([
        progress.phase('pages', async () => writeSite(out.dir, buildView(data, model, charts, letters))),
        progress.phase('letters', async (tick) =>
          writeLetters(out, {
            data,
            model,
            charts,
            browser: getBrowser,
            cache: cache('letters'),
            cacheSalt: browserIdentity(),
            onProgress: tick,
          }),
        ),
      ]);
      return { pages, pdfs, dataFiles, charts: charts.length, ms: performance.now() - start };
    });
  } finally {
    if (browser) await (await browser.catch(() => undefined))?.close();
  }
}
