/**
 * Printing letters to PDF with one shared Chromium: a pool of pages (at most one per core) takes
 * the letters one by one. Each page loads its HTML with `setContent`; the font files are answered
 * from node_modules (render.ts, FONT_ORIGIN), every other request is blocked (charts are inline),
 * and a letter that asks for one fails.
 */
import os from 'node:os';
import { type Browser, BrowserContext, type HTTPRequest, type Page, ProtocolError, TimeoutError } from 'puppeteer-core';
import { finishPdf, type PdfMetadata } from './pdf/index.ts';
import { fontAssets, fontFaces } from './render.ts';
import { FaultError } from '../errors.ts';
import * as message from '../messages.ts';

export interface PrintJob {
  /** For messages: which letter this is. */
  name: string;
  html: string;
  meta: PdfMetadata;
}

export interface PrintedPdf {
  name: string;
  bytes: Uint8Array;
  pages: number;
  /** Painting operations Chromium left untagged that were marked as artifacts (page margin boxes, backgrounds). */
  artifacts: number;
}

/** The options for `page.pdf`: A4 from the CSS `@page` rule, tagged, with an outline from the headings. */
export const PDF_OPTIONS = {
  format: 'a4',
  preferCSSPageSize: true,
  printBackground: true,
  displayHeaderFooter: false,
  tagged: true,
  outline: true,
  timeout: 120_000,
} as const;

async function preparePage(page: Page, blocked: string[]): Promise<void> {
  const fonts = fontAssets();
  await page.setRequestInterception(true);
  page.on('request', (req: HTTPRequest) => {
    const url = req.url();
    const font = fonts.get(url);
    if (font) {
      void req.respond({
        status: 200,
        contentType: 'font/woff2',
        headers: { 'access-control-allow-origin': '*', 'cache-control': 'max-age=31536000, immutable' },
        body: font,
      });
    } else if (url.startsWith('data:') || url === 'about:blank') {
      void req.continue();
    } else {
      blocked.push(url);
      void req.abort('blockedbyclient');
    }
  });
  await page.emulateMediaType('print');
}

async function printOne(page: Page, job: PrintJob, blocked: string[]): Promise<PrintedPdf> {
  blocked.length = 0;
  await page.setContent(job.html, { waitUntil: 'load', timeout: 60_000 });
  // Strings, not functions: tsx would wrap a function's source in helpers the page does not have.
  await page.evaluate('document.fonts.ready.then(() => true)');
  const fontsLoaded = await page.evaluate(`document.fonts.check('9.5pt "Fira Sans"') && document.fonts.check('bold 9.5pt "Fira Sans"')`);
  if (!fontsLoaded) throw new FaultError(message.letterPrint.fonts(job.name));
  if (blocked.length > 0) {
    throw new FaultError(message.letterPrint.network(job.name, [...new Set(blocked)]));
  }
  const printed = await page.pdf(PDF_OPTIONS);
  const { bytes, artifacts, pages } = await finishPdf(printed, job.meta);
  return { name: job.name, bytes, pages, artifacts };
}

/** Pages of one browser, each ready to print a letter (interception set, print media, fonts decoded). */
interface PagePool {
  pages: PoolPage[];
  /** A fresh, ready page in place of one that died. */
  replace(entry: PoolPage): Promise<void>;
  close(): Promise<void>;
}

interface PoolPage {
  page: Page;
  blocked: string[];
}

/**
 * Whether an error is the browser's fault (a page or Chromium that crashed, closed or stopped
 * answering), not the letter's: only those are worth one more try.
 */
export function isBrowserFault(e: unknown): boolean {
  if (e instanceof ProtocolError || e instanceof TimeoutError) return true; // TargetCloseError and ConnectionClosedError are ProtocolErrors
  return e instanceof Error && /Target closed|Session closed|Page crashed|frame was detached|detached frame|Connection closed|Protocol error/i.test(e.message);
}

/** The letter's name on an error, with what happened, for a message a person can act on. */
function letterFailure(job: PrintJob, e: unknown, retried: boolean): Error {
  const what = e instanceof Error ? e.message : String(e);
  if (!isBrowserFault(e)) return e instanceof FaultError ? e : new FaultError(message.letterPrint.failed(job.name, what), { cause: e });
  return new FaultError(message.letterPrint.chromium(job.name, retried, what), { cause: e });
}

/**
 * Open `size` pages and ready them. With `warmUp`, each also loads a page with the letters' fonts
 * and prints it once, so that the first letter does not pay for decoding the fonts or starting the
 * PDF backend: worth it when the pool opens before the letters are ready, not when they wait.
 */
async function openPool(browser: Browser | BrowserContext, size: number, warmUp = false): Promise<PagePool> {
  const connected = () => (browser instanceof BrowserContext ? browser.browser().connected && !browser.closed : browser.connected);
  const pages: PoolPage[] = [];
  const opened: Page[] = [];
  const close = async () => {
    await Promise.all(opened.map((page) => page.close().catch(() => undefined)));
  };
  /** A new page, readied; a page that dies while it is readied is opened once more. */
  const ready = async (withWarmUp: boolean): Promise<PoolPage> => {
    for (let attempt = 0; ; attempt++) {
      const page = await browser.newPage();
      opened.push(page);
      const entry = { page, blocked: [] as string[] };
      try {
        await preparePage(page, entry.blocked);
        if (withWarmUp) {
          await page.setContent(WARM_UP(), { waitUntil: 'load' });
          await page.evaluate('document.fonts.ready.then(() => true)');
          await page.pdf(PDF_OPTIONS);
        }
        return entry;
      } catch (e) {
        await page.close().catch(() => undefined);
        if (attempt > 0 || !isBrowserFault(e) || !connected()) throw e;
      }
    }
  };
  try {
    pages.push(...(await Promise.all(Array.from({ length: size }, () => ready(warmUp)))));
  } catch (e) {
    await close();
    throw e;
  }
  const replace = async (entry: PoolPage) => {
    await entry.page.close().catch(() => undefined);
    Object.assign(entry, await ready(false));
  };
  return { pages, replace, close };
}

/** A page that uses every font face of the letters. */
const WARM_UP = () =>
  `<!doctype html><html lang="nl"><head><style>${fontFaces()} body { font-family: 'Fira Sans'; }</style></head>` +
  `<body><p>Meerjaren Productie Prognose ĳ € 1.234</p><p><b>vet</b> <strong style="font-weight:600">half vet</strong> <i>cursief</i></p></body></html>`;

/**
 * Print every job with the pages of `pool`, one job per page at a time. Results come back in the
 * order of `jobs`, whatever order the pages finish in.
 */
async function printWith(
  pool: PagePool,
  jobs: PrintJob[],
  onProgress?: (done: number, total: number) => void,
): Promise<PrintedPdf[]> {
  const results: PrintedPdf[] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  onProgress?.(0, jobs.length);
  await Promise.all(
    pool.pages.map(async (entry) => {
      while (next < jobs.length) {
        const i = next++;
        const job = jobs[i]!;
        try {
          results[i] = await printOne(entry.page, job, entry.blocked);
        } catch (first) {
          // A page or browser that failed gets one more try on a fresh page; a letter's own fault does not.
          if (!isBrowserFault(first)) throw letterFailure(job, first, false);
          try {
            await pool.replace(entry);
            results[i] = await printOne(entry.page, job, entry.blocked);
          } catch (second) {
            throw letterFailure(job, second, true);
          }
        }
        onProgress?.(++done, jobs.length);
      }
    }),
  );
  return results;
}


/** Prints letters with a pool of pages that it opens and readies as soon as the browser is there. */
export interface Printer {
  print(jobs: PrintJob[], onProgress?: (done: number, total: number) => void): Promise<PrintedPdf[]>;
  /** Close the pool's pages (not the browser, which belongs to the caller). */
  close(): Promise<void>;
}

/**
 * A printer on `browser` (or on one browser context of it: the pages of `npm run dev`'s builder) for
 * `letters` letters (unknown: as many as there are cores), with one page per letter and at most one per core. The pool is opened now, so the browser's start-up and (with
 * `warmUp`, see openPool) the pages' warm-up run while the caller still renders what the letters need.
 */
export function pagePrinter(browser: Browser | BrowserContext | Promise<Browser | BrowserContext>, letters?: number, warmUp = false): Printer {
  const size = Math.max(1, Math.min(os.availableParallelism(), letters ?? Infinity));
  const pool = Promise.resolve(browser).then((b) => openPool(b, size, warmUp));
  pool.catch(() => undefined); // reported to the print call that needs it
  return {
    print: async (jobs, onProgress) => printWith(await pool, jobs, onProgress),
    close: async () => (await pool.catch(() => undefined))?.close(),
  };
}

/** Print every job with `browser`, using up to `os.availableParallelism()` pages at once. */
export async function printAll(
  browser: Browser,
  jobs: PrintJob[],
  onProgress?: (done: number, total: number) => void,
): Promise<PrintedPdf[]> {
  if (jobs.length === 0) return [];
  const printer = pagePrinter(browser, jobs.length);
  try {
    return await printer.print(jobs, onProgress);
  } finally {
    await printer.close();
  }
}
