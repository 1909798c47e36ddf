/**
 * The shipped site, built once per test process and shared between the test files that read it
 * (site, charts, build, adversarial-build). uvu runs every file of `npm test` in one process, so
 * the first file that asks builds it and the others wait for the same build; a file run alone
 * builds it for itself.
 *
 * It is built in this process from the TypeScript sources (`build()` of src/build.ts), from data/,
 * with real PDFs, into a fresh content-hash cache: every chart is rendered and every letter printed
 * by this build (the cache starts empty), so it is what `npm run build -- --no-cache` writes (the
 * build test checks that byte for byte), and the cache it leaves is what `.cache` holds after
 * `npm run build` on a checkout, for the visual diff's test to start from (`sharedCache`).
 * Both are read-only by agreement: a test that changes a site works on a copy (`copySharedSite`),
 * never on this one, and a test that uses the cache copies it.
 */
import { rmSync } from 'node:fs';
import { cp, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from '../../src/build.ts';
import type { Browser, Page } from 'puppeteer-core';
import type { Printer } from '../../src/letters/print.ts';
import { DATA } from './helpers.ts';

let shared: Promise<{ site: string; cache: string }> | undefined;

function sharedBuild(): Promise<{ site: string; cache: string }> {
  return (shared ??= (async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'mpp-shared-site-'));
    process.once('exit', () => rmSync(root, { recursive: true, force: true }));
    const site = path.join(root, 'site');
    const cache = path.join(root, 'cache');
    await build({ dataDir: DATA, outDir: site, cacheDir: cache });
    return { site, cache };
  })());
}

/** The folder of the shared build of data/ (built on first use). Do not write into it. */
export async function sharedSite(): Promise<string> {
  return (await sharedBuild()).site;
}

/** The cache the shared build filled (built on first use). Do not write into it: copy it. */
export async function sharedCache(): Promise<string> {
  return (await sharedBuild()).cache;
}

/** A copy of the shared site at `dest` (which must not exist), for a test that changes or replaces it. */
export async function copySharedSite(dest: string): Promise<void> {
  await cp(await sharedSite(), dest, { recursive: true, errorOnExist: true, force: false });
}

/**
 * A printer that prints nothing: every letter is written as an empty file. For a build whose test
 * reads no PDF (the links to the letters still resolve), so that no Chromium is started for it.
 */
export const noPdfPrinter: Printer = {
  print: async (jobs) => jobs.map((j) => ({ name: j.name, bytes: new Uint8Array(0), pages: 0, artifacts: 0 })),
  close: async () => undefined,
};

/** Run `work` over `items`, at most `limit` at once; the results in the items' order. */
export async function inParallel<T, R>(items: readonly T[], limit: number, work: (item: T, index: number, worker: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (w: number) => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!, i, w);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, (_, w) => worker(w)));
  return results;
}

/** How many tabs a browser loop uses: Chromium renders each tab in a process of its own, so a few keep two cores busy while Node waits. */
export const TABS = 3;

/**
 * Run `work` over `items` in a few tabs of `browser` at once, each tab a page opened once (with
 * `open`, for its listeners or viewport) and used for one item after the other, as a loop over one
 * page would; the results in the items' order. The pages are closed at the end.
 */
export async function inTabs<T, R, S = undefined>(
  browser: Browser,
  items: readonly T[],
  open: (page: Page) => Promise<S>,
  work: (page: Page, item: T, state: S) => Promise<R>,
): Promise<R[]> {
  const tabs: Promise<{ page: Page; state: S }>[] = [];
  const tab = (w: number) =>
    (tabs[w] ??= browser.newPage().then(async (page) => ({ page, state: await open(page) })));
  try {
    return await inParallel(items, TABS, async (item, _, w) => {
      const { page, state } = await tab(w);
      return work(page, item, state);
    });
  } finally {
    await Promise.all(tabs.map(async (t) => (await t.catch(() => undefined))?.page.close()));
  }
}
