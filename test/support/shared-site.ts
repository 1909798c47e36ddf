/**
 * The shipped site, built once and shared between the test files that read it (site, site-readers,
 * charts, build, adversarial-build; visual-diff its cache). uvu runs the files of a process one after
 * the other: the first file that asks builds it and the others wait for the same build; a file run
 * alone builds it for itself. `npm test` (scripts/test.mjs) runs each slow file in a process of
 * its own, three at a time, and gives all of them one folder (SHARED_BUILD_ENV): the site is built
 * once for all.
 *
 * It is built in this process from the TypeScript sources (`build()` of src/build.ts), from data/,
 * with real PDFs, into a fresh content-hash cache: every chart is rendered and every letter printed
 * by this build (the cache starts empty), so it is what `npm run build -- --no-cache` writes (the
 * build test checks that byte for byte), and the cache it leaves is what `.cache` holds after
 * `npm run build` on a checkout, for the visual diff's test to start from (`sharedCache`).
 * Both are read-only by agreement: a test that changes a site works on a copy (`copySharedSite`),
 * never on this one, and a test that uses the cache copies it.
 */
import { existsSync, rmSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from '../../src/build.ts';
import type { Browser, Page } from 'puppeteer-core';
import type { Printer } from '../../src/letters/print.ts';
import { DATA } from './helpers.ts';

let shared: Promise<{ site: string; cache: string }> | undefined;

/**
 * A folder that the test processes of one `npm test` share (scripts/test.mjs makes it, and removes
 * it at the end): the first process that asks builds the site there, the others wait for that build.
 */
export const SHARED_BUILD_ENV = 'MPP_TEST_SHARED_BUILD';

function sharedBuild(): Promise<{ site: string; cache: string }> {
  return (shared ??= (async () => {
    const across = process.env[SHARED_BUILD_ENV];
    if (across) return buildAcrossProcesses(across);
    const root = await mkdtemp(path.join(os.tmpdir(), 'mpp-shared-site-'));
    process.once('exit', () => rmSync(root, { recursive: true, force: true }));
    const site = path.join(root, 'site');
    const cache = path.join(root, 'cache');
    await build({ dataDir: DATA, outDir: site, cacheDir: cache });
    return { site, cache };
  })());
}

/**
 * The shared build in `root`, made once for all the test processes given that folder: the one that
 * creates `root/lock` first builds it and writes `root/done` ("ok", or what failed); the others wait
 * for `done`, or fail when the building process has ended without writing it.
 */
async function buildAcrossProcesses(root: string): Promise<{ site: string; cache: string }> {
  const site = path.join(root, 'site');
  const cache = path.join(root, 'cache');
  const done = path.join(root, 'done');
  const lock = path.join(root, 'lock');
  try {
    await mkdir(lock);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    for (;;) {
      if (existsSync(done)) {
        const result = await readFile(done, 'utf8');
        if (result !== 'ok') throw new Error(`the shared build failed in another test process:\n${result}`);
        return { site, cache };
      }
      const pid = Number(await readFile(path.join(lock, 'pid'), 'utf8').catch(() => '0'));
      if (pid > 0 && !alive(pid)) throw new Error(`the test process ${pid} that made the shared build ended without finishing it`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  await writeFile(path.join(lock, 'pid'), String(process.pid));
  try {
    await build({ dataDir: DATA, outDir: site, cacheDir: cache });
  } catch (e) {
    await writeFile(done, e instanceof Error ? (e.stack ?? e.message) : String(e));
    throw e;
  }
  await writeFile(done, 'ok');
  return { site, cache };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
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
