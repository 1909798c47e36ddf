/**
 * Finding and launching the system Chromium (puppeteer-core brings no browser of its own). One
 * browser serves a whole run: the PDFs and the accessibility checks open pages in it.
 */
import { existsSync, statSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The browser binary: $CHROME_PATH or $PUPPETEER_EXECUTABLE_PATH, else the usual install paths. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  for (const name of ['CHROME_PATH', 'PUPPETEER_EXECUTABLE_PATH'] as const) {
    const p = env[name];
    if (p) {
      if (existsSync(p)) return p;
      throw new Error(`${name} is set to ${p}, but there is no file there.`);
    }
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    'No Chromium found. Install one (Debian: apt-get update && apt-get install -y chromium, or run npm run setup) ' +
      `or set CHROME_PATH to a Chromium or Chrome binary. Looked in: ${CANDIDATES.join(', ')}.`,
  );
}

/** Flags that keep a headless Chromium off the (closed) network and quiet. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--no-first-run',
  '--disable-quic',
  '--font-render-hinting=none',
];

export async function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
}

/** Names a running Chromium (its DevTools WebSocket URL) that builds use instead of starting one. */
export const BROWSER_ENDPOINT_ENV = 'MPP_BROWSER_WS';

/** A browser for one build, and how to let go of it when the build is done. */
export interface BrowserLease {
  browser: Browser;
  /** Closes a browser the lease started; only disconnects from a running one. */
  release(): Promise<void>;
}

/**
 * The browser for one build. `npm run dev` keeps one Chromium running between rebuilds and names it
 * in $MPP_BROWSER_WS; a build connects to it (and leaves it running), which saves the browser's
 * start-up on every rebuild. Otherwise, or when that browser is gone, a new one is started.
 */
export async function acquireBrowser(env: NodeJS.ProcessEnv = process.env): Promise<BrowserLease> {
  const endpoint = env[BROWSER_ENDPOINT_ENV];
  if (endpoint) {
    const running = await puppeteer.connect({ browserWSEndpoint: endpoint, defaultViewport: null }).catch(() => undefined);
    if (running) return { browser: running, release: () => running.disconnect() };
  }
  const browser = await launchBrowser();
  return { browser, release: () => browser.close() };
}

/** Names the browser build (path, size and date of the binary) for cache keys, without starting it. */
export function browserIdentity(): string {
  try {
    const p = findChromium();
    const s = statSync(p);
    return `${p}:${s.size}:${s.mtimeMs}`;
  } catch {
    return 'no-browser';
  }
}
