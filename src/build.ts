/**
 * The main job: data in, site and letters out. Stages follow the data:
 * load and validate → model → the letters' charts → letters (Chromium prints them while Node
 * renders the other charts) → pages.
 * Everything is written into a fresh folder that replaces `outDir` only when the whole build succeeded.
 */
import { SOURCE_FORM } from './data/vocabulary.ts';
import { diskCache } from './runtime/cache.ts';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { acquireBrowser, browserIdentity, type BrowserLease } from './runtime/browser.ts';
import { type Chart, chartSpecs, renderCharts } from './charts/index.ts';
import { VARIANTS } from './charts/layout.ts';
import { composeLetters, letterChartIds, writeLetters } from './letters/index.ts';
import { lazyPrinter, type Printer } from './letters/printer.ts';
import { refreshLetterTemplates } from './letters/templates.ts';
import { rememberLetters, unseenLetters } from './letters/foresee.ts';
import { loadWrittenLetters } from './letters/written/load.ts';
import { loadCheckedDataset } from './sources/quotes.ts';
import { deriveModel } from './model/index.ts';
import { checkOutputFolder, replaceFolder } from './runtime/output.ts';
import { PROJECT_ROOT } from './runtime/paths.ts';
import { createProgress, type Progress } from './runtime/progress.ts';
import { writeDataFiles } from './downloads/input-files.ts';
import { writeDerivedFiles } from './downloads/derived-files.ts';
import { chartPng, writeChartFiles } from './downloads/chart-files.ts';
import { chartCredits } from './downloads/chart-credits.ts';
import { siteUrl } from './site/site-url.ts';
import { pngRenderer } from './charts/png.ts';
import { writeSite } from './site/build-site.ts';
import { writeOgImages } from './site/og-image.ts';
import { buildView, type LetterLink } from './site/view.ts';

export interface BuildOptions {
  dataDir: string;
  outDir: string;
  progress?: Progress;
  /** Told what the reader of the output should know, such as a file read as Windows-1252 (default: stderr). */
  onNotice?: (message: string) => void;
  /** Folder for the content-hash cache of charts and letters; none when absent. */
  cacheDir?: string;
  /**
   * A printer whose browser and pages outlive the build (`npm run dev` keeps one for all its
   * rebuilds); the build uses it and leaves it open. Without one, the build starts its own browser
   * when a letter must be printed and closes it at the end.
   */
  printer?: Printer;
  /**
   * `pictures`: only what `npm run diff -- --visual` compares, the charts' files (SVG, PNG and
   * table under data/grafieken/) and the letters; no pages, data downloads or preview images.
   */
  only?: 'pictures';
}

export interface BuildSummary {
  pages: number;
  pdfs: number;
  dataFiles: number;
  charts: number;
  ms: number;
}

export async function build(opts: BuildOptions): Promise<BuildSummary> {
  checkOutputFolder(opts.outDir, { data: opts.dataDir, project: PROJECT_ROOT });
  refreshLetterTemplates(); // a long-lived process (npm run dev) sees an edited letter template
  const progress = opts.progress ?? createProgress(null);
  const start = performance.now();
  // One browser per build at most. Without a letters cache every letter will be printed, so it
  // starts now and readies (warms up) its pages beside loading and the charts; with a cache, as soon
  // as the letters are composed when one of them is new (foresee.ts), else only when a letter misses
  // the cache, with as many pages as there are letters to print (at most one per core).
  let lease: Promise<BrowserLease> | undefined;
  let printer: Printer | undefined;
  const getPrinter = (letters?: number) =>
    opts.printer ?? (printer ??= lazyPrinter((lease ??= acquireBrowser()).then((l) => l.browser), letters, letters === undefined));
  let closing: Promise<void> | undefined;
  const closeBrowser = () =>
    (closing ??= (async () => {
      await printer?.close();
      await (await lease?.catch(() => undefined))?.release();
    })());
  if (!opts.printer && (!opts.cacheDir || !existsSync(path.join(opts.cacheDir, 'letters')))) getPrinter();
  // A browser started now that cannot be (no Chromium, $CHROME_PATH naming no file) has failed by the
  // time the data is loaded: the build stops once the data is checked (its errors come first), not
  // after rendering the charts.
  let browserFault: { error: unknown } | undefined;
  void lease?.catch((error: unknown) => (browserFault = { error }));
  try {
    const { data, notices } = await progress.phase('load', async () => loadCheckedDataset(opts.dataDir));
    for (const n of notices) (opts.onNotice ?? console.warn)(n);
    const model = await progress.phase('model', async () => deriveModel(data));
    // The letters staff wrote are checked against the data before anything is written.
    const { letters: written, senders } = await loadWrittenLetters(opts.dataDir, data, model);
    if (browserFault) throw browserFault.error;
    const cache = (name: string) => (opts.cacheDir ? diskCache(opts.cacheDir, name) : undefined);
    // The PNGs (chart downloads, preview images) are drawn on a thread of their own, each chart's as
    // soon as the chart is rendered, so the drawing runs beside the charts, letters and pages.
    const pngs = pngRenderer(cache('png'));
    const credit = chartCredits(data, model, siteUrl());
    const drawPng = (c: Chart) => void chartPng(pngs, c, credit).catch(() => undefined); // awaited when its file is written
    try {
      return await replaceFolder(opts.outDir, async (out) => {
        // The charts the letters show are rendered first, so Chromium prints the letters while Node
        // renders the other charts. The pages come after the letters: Eleventy holds the main thread
        // for long stretches, and every round trip of the printing would wait for it (measured: the
        // build is faster this way than with both at once).
        // Each letter is composed once, with its figures referring to the charts by id; the SVGs are
        // added when the letters are printed.
        const specs = chartSpecs(data, model);
        const composed = composeLetters(data, model, specs, { written, senders });
        // A letter composed differently from every earlier build will be printed: start the browser now,
        // beside the letter charts, rather than when their SVGs show the letter's HTML is not cached.
        // Pages for those letters, not warmed up: the letters are ready about when the pages are
        // (measured: 4 % faster than warming them up first, with one value changed).
        const unseen = printer === undefined && !opts.printer ? await unseenLetters(composed, specs, cache('letter-index')) : 0;
        if (unseen > 0) getPrinter(unseen);
        const forLetters = new Set(letterChartIds(composed));
        const letterCharts = await progress.phase('letter charts', async (tick) =>
          renderCharts(specs.filter((s) => forLetters.has(s.id)), { variants: VARIANTS, onProgress: tick, onRendered: drawPng, cache: cache('charts') }),
        );
        // Work that runs beside the main line; awaited where its result is needed, and always before
        // the folder is kept or removed. A failure is reported where it is awaited.
        const besides: Promise<unknown>[] = [];
        const beside = <T>(p: Promise<T>): Promise<T> => {
          p.catch(() => undefined);
          besides.push(p);
          return p;
        };
        const printing = beside(progress.phase('letters', async (tick) =>
          writeLetters(out, {
            letters: composed,
            charts: letterCharts,
            printer: getPrinter,
            cache: cache('letters'),
            cacheSalt: browserIdentity(),
            onProgress: tick,
          }).then(async (n) => {
            await rememberLetters(composed, specs, cache('letter-index'));
            return n;
          }),
        ));
        try {
          const otherCharts = await progress.phase('site charts', async (tick) =>
            renderCharts(specs.filter((s) => !forLetters.has(s.id)), { onProgress: tick, onRendered: drawPng, cache: cache('charts') }),
          );
          const byId = new Map([...letterCharts, ...otherCharts].map((c) => [c.id, c]));
          const charts = specs.map((s) => byId.get(s.id)!);
          if (opts.only === 'pictures') {
            const files = await writeChartFiles(out, charts, pngs, credit);
            return { pages: 0, pdfs: await printing, dataFiles: files, charts: charts.length, ms: performance.now() - start };
          }
          // The downloads (their PNGs drawn on libuv's threads) and the preview images are written
          // while the letters finish printing and Eleventy renders the pages.
          const dataFiles = beside(progress.phase('data files', async () => {
            return (
              (await writeDataFiles(out, data, opts.dataDir)) +
              (await writeDerivedFiles(out, model, data)) +
              (await writeChartFiles(out, charts, pngs, credit))
            );
          }));
          const letters: LetterLink[] = composed.map((l) => {
            const reproduction = l.doc.type === 'written' ? l.doc.reproduction : null;
            if (!reproduction) return l.planned;
            const form = SOURCE_FORM[reproduction.source.form];
            return { ...l.planned, title: `${l.planned.title}: weergave van de ${form.done} ${form.noun}`, official: { url: reproduction.source.url } };
          });
          const view = buildView(data, model, charts, letters);
          const previews = beside(progress.phase('preview images', async () => writeOgImages(out, view, pngs)));
          const pdfs = await printing;
          void closeBrowser(); // Chromium shuts down while Eleventy renders
          const pages = await progress.phase('pages', async () => writeSite(out.dir, view));
          await previews;
          return { pages, pdfs, dataFiles: await dataFiles, charts: charts.length, ms: performance.now() - start };
        } finally {
          // On a failure elsewhere the letters and the files still finish (or fail) before the folder is removed.
          await Promise.allSettled(besides);
        }
      });
    } finally {
      await pngs.close();
    }
  } finally {
    await closeBrowser();
  }
}
