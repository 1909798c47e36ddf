/**
 * Letter pages as pictures: every page of a PDF drawn by pdf.js (pdfjs-dist) inside one Chromium,
 * with the page's text as pdf.js reads it. pdf.js and its worker are answered from node_modules on
 * an address that exists only inside the browser (`PDFJS_ORIGIN`); every other request is blocked,
 * so drawing a page asks nothing of the network.
 *
 * A page is drawn at `PAGE_SCALE` times its size in points (A4 595 × 842 pt → 1190 × 1684 px, 144
 * dpi) on white. The same PDF in the same Chromium and pdf.js gives the same pixels; the PNG bytes
 * are made in Node (pixels.ts), so they do not depend on the browser's encoder.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import { decodePng, type Picture } from './pixels.ts';

/** Drawn pixels per PDF point. */
export const PAGE_SCALE = 2;

/** Where the browser finds pdf.js: answered by the request handler, never looked up. */
const PDFJS_ORIGIN = 'https://pdfjs.mpp-render.invalid';

const require = createRequire(import.meta.url);
const PDFJS_ROOT = path.dirname(require.resolve('pdfjs-dist/package.json'));
/** The pdf.js version, for cache keys: another pdf.js may draw other pixels. */
export const PDFJS_VERSION: string = (require('pdfjs-dist/package.json') as { version: string }).version;

/** The files pdf.js may ask for, below its package folder: the library, its worker, fonts, maps. */
const SERVED = /^\/(build\/pdf(?:\.worker)?\.mjs|standard_fonts\/[\w.-]+|cmaps\/[\w.-]+|iccs\/[\w.-]+|wasm\/[\w.-]+)$/;

const TYPES: Record<string, string> = { '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html' };

/**
 * The page that draws: `openPdf(base64)` loads a document and returns its page count,
 * `drawPage(n)` draws page n (from 1) on a white canvas and returns its RGBA pixels (base64) and text.
 */
const RENDER_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>pdf</title></head><body>
<script type="module">
import * as pdfjs from '${PDFJS_ORIGIN}/build/pdf.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = '${PDFJS_ORIGIN}/build/pdf.worker.mjs';
let doc = null;
window.openPdf = async (b64) => {
  if (doc) await doc.destroy();
  const bin = atob(b64);
  const data = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) data[i] = bin.charCodeAt(i);
  doc = await pdfjs.getDocument({
    data, verbosity: 0, isEvalSupported: false, useSystemFonts: false,
    standardFontDataUrl: '${PDFJS_ORIGIN}/standard_fonts/', cMapUrl: '${PDFJS_ORIGIN}/cmaps/', cMapPacked: true,
    wasmUrl: '${PDFJS_ORIGIN}/wasm/', iccUrl: '${PDFJS_ORIGIN}/iccs/',
  }).promise;
  return doc.numPages;
};
window.drawPage = async (n, scale) => {
  const page = await doc.getPage(n);
  const viewport = page.getViewport({ scale });
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(viewport.width);
  canvas.height = Math.ceil(viewport.height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvas, canvasContext: ctx, viewport, background: '#ffffff', annotationMode: 0 }).promise;
  const content = await page.getTextContent();
  const text = content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? ' ' : '') : '')).join('');
  page.cleanup();
  const png = canvas.toDataURL('image/png');
  return { width: canvas.width, height: canvas.height, png: png.slice(png.indexOf(',') + 1), text };
};
window.pdfReady = true;
</script></body></html>`;

/** One drawn page: its pixels and its text, white space collapsed. */
export interface DrawnPage {
  picture: Picture;
  text: string;
}

export interface PdfRasteriser {
  /** Every page of the PDF, in order. */
  draw(pdf: Uint8Array): Promise<DrawnPage[]>;
  close(): Promise<void>;
}

async function answer(req: HTTPRequest, blocked: string[]): Promise<void> {
  const url = new URL(req.url());
  if (url.origin === PDFJS_ORIGIN) {
    if (url.pathname === '/render.html') {
      return req.respond({ status: 200, contentType: 'text/html', body: RENDER_HTML });
    }
    if (SERVED.test(url.pathname)) {
      const body = await readFile(path.join(PDFJS_ROOT, ...url.pathname.slice(1).split('/')));
      return req.respond({ status: 200, contentType: TYPES[path.extname(url.pathname)] ?? 'application/octet-stream', body });
    }
  }
  if (url.protocol === 'data:' || url.protocol === 'blob:') return req.continue();
  blocked.push(req.url());
  return req.abort('blockedbyclient');
}

/** A rasteriser on one page of `browser` (which stays the caller's). */
export async function pdfRasteriser(browser: Browser): Promise<PdfRasteriser> {
  const page: Page = await browser.newPage();
  const blocked: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.setRequestInterception(true);
    page.on('request', (req) =>
      void answer(req, blocked).catch((e) => {
        // A file of pdf.js that cannot be read fails its request, so pdf.js reports it instead of waiting.
        errors.push(`${req.url()}: ${e instanceof Error ? e.message : String(e)}`);
        void req.abort('failed').catch(() => undefined);
      }),
    );
    await page.goto(`${PDFJS_ORIGIN}/render.html`, { waitUntil: 'load' });
    await page.waitForFunction('window.pdfReady === true', { timeout: 30_000 });
  } catch (e) {
    await page.close().catch(() => undefined);
    throw new Error(`pdf.js did not start in Chromium: ${e instanceof Error ? e.message : String(e)}${errors.length ? ` (${errors.join('; ')})` : ''}`, { cause: e });
  }
  return {
    async draw(pdf) {
      blocked.length = 0;
      const count = (await page.evaluate(`window.openPdf(${JSON.stringify(Buffer.from(pdf).toString('base64'))})`)) as number;
      const pages: DrawnPage[] = [];
      for (let n = 1; n <= count; n++) {
        const drawn = (await page.evaluate(`window.drawPage(${n}, ${PAGE_SCALE})`)) as { width: number; height: number; png: string; text: string };
        const image = decodePng(Buffer.from(drawn.png, 'base64'));
        if (image.width !== drawn.width || image.height !== drawn.height) throw new Error(`page ${n}: Chromium drew ${image.width} × ${image.height} px, not ${drawn.width} × ${drawn.height}`);
        pages.push({ picture: image, text: drawn.text.replace(/\s+/g, ' ').trim() });
      }
      if (blocked.length > 0) throw new Error(`pdf.js asked for addresses outside its own files, which are blocked: ${[...new Set(blocked)].join(', ')}`);
      if (errors.length > 0) throw new Error(`pdf.js failed in Chromium: ${errors.join('; ')}`);
      return pages;
    },
    close: () => page.close().catch(() => undefined),
  };
}
