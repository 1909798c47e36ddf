/**
 * A printer that loads the printing code (puppeteer-core, pdf-lib: print.ts) when it is made, so
 * that a build in which every letter comes from the cache never loads them.
 */
import type { Browser, BrowserContext } from 'puppeteer-core';
import type { Printer } from './print.ts';

export type { Printer };

/** `pagePrinter(browser, letters, warmUp)` of print.ts, imported on first use. */
export function lazyPrinter(browser: Promise<Browser | BrowserContext>, letters?: number, warmUp = false): Printer {
  browser.catch(() => undefined); // a browser that fails before print.ts is loaded: reported to the print call too
  const made = import('./print.ts').then((m) => m.pagePrinter(browser, letters, warmUp));
  made.catch(() => undefined); // reported to the print call that needs it
  return {
    print: async (jobs, onProgress) => (await made).print(jobs, onProgress),
    close: async () => (await made.catch(() => undefined))?.close(),
  };
}
