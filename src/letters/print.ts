/**
 * Printing letters to PDF with one shared Chromium: a pool of pages (at most one per core) takes
 * the letters one by one. Each page loads its HTML with `setContent`; the font files are answered
 * from node_modules (render.ts, FONT_ORIGIN), every other request is blocked (charts are inline),
 * and a letter that asks for one fails.
 */
import os from 'node:os';
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import { finishPdf, type PdfMetadata } from './pdf/index.ts';
import { fontAssets, fontFaces } from './render.ts';

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
  if (!fontsLoaded) throw new Error(`${job.name}: the Fira Sans fonts did not load`);
  if (blocked.length > 0) {
    throw new Error(`${job.name}: the letter asked for network resources, which are blocked: ${[...new Set(blocked)].join(', ')}`);
  }
  const printed = await page.pdf(PDF_OPTIONS);
  const { bytes, artifacts, pages } = await finishPdf(printed, job.meta);
  return { name: job.name, bytes, pages, artifacts };
}

/** Pages of one browser, each ready to print a letter (interception set, print media, fonts decoded). */
interface PagePool {
  pages: { page: Page; blocked: string[] }[];
  close(): Promise<void>;
}

/**
 * Open `size` pages and ready them. With `warmUp`, each also loads a page with the letters' fonts
 * and prints it once, so that the first letter does not pay for decoding the fonts or starting the
 * PDF backend: worth it when the pool opens before the letters are ready, not when they wait.
 */
async function openPool(browser: Browser, size: number, warmUp = false): Promise<PagePool> {
  const pages: PagePool['pages'] = [];
  const close = async () => {
    await Promise.all(pages.map(({ page }) => page.close().catch(() => undefined)));
  };
  try {
    await Promise.all(
      Array.from({ length: size }, async () => {
        const page = await browser.newPage();
        const entry = { page, blocked: [] as string[] };
        pages.push(entry);
        await preparePage(page, entry.blocked);
        if (!warmUp) return;
        await page.setContent(WARM_UP(), { waitUntil: 'load' });
        await page.evaluate('document.fonts.ready.then(() => true)');
        await page.pdf(PDF_OPTIONS);
      }),
    );
  } catch (e) {
    await close();
    throw e;
  }
  return { pages, close };
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
    pool.pages.map(async ({ page, blocked }) => {
      while (next < jobs.length) {
        const i = next++;
        results[i] = await printOne(page, jobs[i]!, blocked);
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
 * A printer on `browser` for `letters` letters (unknown: as many as there are cores), with one page
 * per letter and at most one per core. The pool is opened now, so the browser's start-up and (with
 * `warmUp`, see openPool) the pages' warm-up run while the caller still renders what the letters need.
 */
export function pagePrinter(browser: Browser | Promise<Browser>, letters?: number, warmUp = false): Printer {
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
