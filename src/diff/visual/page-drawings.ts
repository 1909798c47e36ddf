/**
 * The pages of a PDF as PNG images with their text, from the content-hash cache when it holds them
 * (keyed on the PDF's bytes, pdf.js, the browser build and the scale), else drawn in Chromium
 * (rasterise.ts). One browser serves every PDF of a run; it is started only when a PDF is not in
 * the cache, so a second run on the same inputs starts none.
 */
import { acquireBrowser, browserIdentity, type BrowserLease } from '../../runtime/browser.ts';
import { contentHash, type ContentCache } from '../../runtime/cache.ts';
import { encodePng } from './pixels.ts';
import { PAGE_SCALE, PDFJS_VERSION, pdfRasteriser, type PdfRasteriser } from './rasterise.ts';

/** Raise when the drawing or the PNG encoding changes, so that older cache entries are not used. */
const DRAWING_VERSION = 'pdf-pages-1';

export interface PageDrawing {
  /** The page as PNG (pixels.ts `encodePng`): the same page always gives the same bytes. */
  png: Buffer;
  text: string;
}

export interface PageDrawer {
  draw(pdf: Uint8Array): Promise<PageDrawing[]>;
  /** Close the browser, if one was started. */
  close(): Promise<void>;
}

interface Index {
  texts: string[];
}

export function pageDrawer(cache?: ContentCache): PageDrawer {
  let started: Promise<{ lease: BrowserLease; rasteriser: PdfRasteriser }> | undefined;
  const rasteriser = async () => {
    started ??= (async () => {
      const lease = await acquireBrowser();
      try {
        return { lease, rasteriser: await pdfRasteriser(lease.browser) };
      } catch (e) {
        await lease.release();
        throw e;
      }
    })();
    return (await started).rasteriser;
  };
  const salt = [DRAWING_VERSION, PDFJS_VERSION, browserIdentity(), String(PAGE_SCALE)];
  return {
    async draw(pdf) {
      const key = contentHash(...salt, pdf);
      const pageKey = (n: number) => contentHash(key, 'page', String(n));
      const index = await cache?.get(key);
      if (index) {
        const { texts } = JSON.parse(index.toString('utf8')) as Index;
        const pngs = await Promise.all(texts.map((_, i) => cache!.get(pageKey(i + 1))));
        if (pngs.every((p) => p !== undefined)) return texts.map((text, i) => ({ png: pngs[i]!, text }));
      }
      const drawn = await (await rasteriser()).draw(pdf);
      const pages = drawn.map((d) => ({ png: encodePng(d.picture), text: d.text }));
      if (cache) {
        for (const [i, p] of pages.entries()) await cache.set(pageKey(i + 1), p.png);
        // The index last: an entry whose pages are not all written is never read as complete.
        await cache.set(key, JSON.stringify({ texts: pages.map((p) => p.text) } satisfies Index));
      }
      return pages;
    },
    async close() {
      const s = await started?.catch(() => undefined);
      if (!s) return;
      await s.rasteriser.close();
      await s.lease.release();
    },
  };
}
