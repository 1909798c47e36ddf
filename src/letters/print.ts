/**
 * Printing letters to PDF with one shared Chromium: a pool of pages (at most one per core) takes
 * the letters one by one. Each page loads its HTML with `setContent`; the font files are answered
 * from node_modules (render.ts, FONT_ORIGIN), every other request is blocked (charts are inline),
 * and a letter that asks for one fails.
 */
import os from 'node:os';
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import { finishPdf, type PdfMetadata } from './pdf.ts';
import { fontAssets } from './render.ts';

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

/**
 * Print every job with `browser`, using up to `os.availableParallelism()` pages at once. Results
 * come back in the order of `jobs`, whatever order the pages finish in.
 */
export async function printAll(
  browser: Browser,
  jobs: PrintJob[],
  onProgress?: (done: number, total: number) => void,
): Promise<PrintedPdf[]> {
  const results: PrintedPdf[] = new Array(jobs.length);
  const workers = Math.max(1, Math.min(os.availableParallelism(), jobs.length));
  let next = 0;
  let done = 0;
  onProgress?.(0, jobs.length);
  await Promise.all(
    Array.from({ length: workers }, async () => {
      if (next >= jobs.length) return;
      const page = await browser.newPage();
      const blocked: string[] = [];
      try {
        await preparePage(page, blocked);
        while (next < jobs.length) {
          const i = next++;
          results[i] = await printOne(page, jobs[i]!, blocked);
          onProgress?.(++done, jobs.length);
        }
      } finally {
        await page.close();
      }
    }),
  );
  return results;
}
