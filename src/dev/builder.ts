/**
 * The builder of `npm run dev`: one process that stays alive across rebuilds, so a rebuild pays
 * neither Node's start-up nor the imports (vega, Eleventy, puppeteer), and prints with pages it keeps
 * open in the one Chromium the session runs. It builds when its parent asks (`{ type: 'build' }`
 * over the IPC channel) and answers `{ type: 'built', ok, errors, ms }`. Its parent restarts it when
 * a source file changes; data and template changes are rebuilt here.
 */
import os from 'node:os';
import { build } from '../build.ts';
import { lazyPrinter, type Printer } from '../letters/printer.ts';
import { acquireBrowser, type BrowserLease } from '../runtime/browser.ts';
import { describeFailure } from '../runtime/failure.ts';
import { createProgress } from '../runtime/progress.ts';

export type BuilderRequest = { type: 'build' };
export type BuilderReply =
  | { type: 'ready' }
  /** The browser context this builder's pages are in: its parent closes it when the builder dies. */
  | { type: 'pages'; context: string }
  | { type: 'built'; ok: boolean; errors: string; ms: number };

export interface BuilderOptions {
  dataDir: string;
  outDir: string;
  cacheDir: string;
}

/** Serve build requests on this process's IPC channel until the channel closes. */
export async function serveBuilds(opts: BuilderOptions): Promise<void> {
  const send = (reply: BuilderReply) => process.send!(reply);
  // The session's Chromium (named in $MPP_BROWSER_WS), with one page per core readied now and
  // kept open for every rebuild. Without a browser each build starts its own when it must print.
  const lease: BrowserLease | undefined = await acquireBrowser().catch((e: Error) => {
    console.warn(`No browser kept between rebuilds: ${e.message}`);
    return undefined;
  });
  // The pages are in a browser context of their own, whose id the parent is told: a builder that is
  // killed cannot close its pages, and the parent then closes the context, and with it the pages.
  const context = await lease?.browser.createBrowserContext().catch(() => undefined);
  if (context?.id) send({ type: 'pages', context: context.id });
  const printer: Printer | undefined = lease ? lazyPrinter(Promise.resolve(context ?? lease.browser), os.availableParallelism(), true) : undefined;

  let queue = Promise.resolve();
  process.on('message', (m: BuilderRequest) => {
    if (m?.type !== 'build') return;
    queue = queue.then(async () => {
      const start = performance.now();
      try {
        await build({ ...opts, progress: createProgress(), printer });
        send({ type: 'built', ok: true, errors: '', ms: performance.now() - start });
      } catch (e) {
        const errors = describeFailure(e, { data: opts.dataDir, out: opts.outDir }) ?? (e instanceof Error ? (e.stack ?? e.message) : String(e));
        process.stderr.write(errors);
        send({ type: 'built', ok: false, errors, ms: performance.now() - start });
      }
    });
  });
  process.once('disconnect', () => {
    void (async () => {
      await queue;
      await printer?.close();
      await context?.close().catch(() => undefined);
      await lease?.release();
      process.exit(0);
    })();
  });
  send({ type: 'ready' });
}
