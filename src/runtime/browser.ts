/**
 * Finding and launching the system Chromium (puppeteer-core brings no browser of its own). One
 * browser serves a whole run: the PDFs and the accessibility checks open pages in it.
 */
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { FaultError } from '../errors.ts';
import * as message from '../messages.ts';

/** puppeteer-core, loaded when a browser is first needed (a build with every letter cached needs none). */
const puppeteer = async () => (await import('puppeteer-core')).default;

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
      throw new FaultError(message.browser.pathMissing(name, p));
    }
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new FaultError(message.browser.notFound(CANDIDATES));
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

/**
 * Start Chromium, talking to it over a pipe: a browser on a pipe exits when this process ends in any
 * way (SIGKILL included), so no Chromium is left running. With `shared`, it also listens for other
 * processes on a loopback port (see `sharedEndpoint`), for `npm run dev` to lend to its rebuilds.
 */
export async function launchBrowser(opts: { shared?: boolean } = {}): Promise<Browser> {
  // Looked for first, before anything is awaited: a browser that is not there fails the promise at once.
  const executablePath = findChromium();
  if (!opts.shared) return (await puppeteer()).launch({ executablePath, headless: true, pipe: true, args: CHROMIUM_ARGS });
  const profile = await mkdtemp(path.join(os.tmpdir(), 'mpp-chromium-'));
  const browser = await (await puppeteer()).launch({
    executablePath,
    headless: true,
    pipe: true,
    userDataDir: profile,
    args: [...CHROMIUM_ARGS, '--remote-debugging-address=127.0.0.1', '--remote-debugging-port=0'],
  });
  browser.once('disconnected', () => void rm(profile, { recursive: true, force: true }).catch(() => undefined));
  return browser;
}

/**
 * The DevTools WebSocket URL of a browser started with `shared`: Chromium writes the port it chose
 * and the browser's path into DevToolsActivePort in its profile.
 */
export async function sharedEndpoint(browser: Browser): Promise<string> {
  const arg = browser.process()?.spawnargs.find((a) => a.startsWith('--user-data-dir='));
  if (!arg) throw new Error('sharedEndpoint: the browser was not started with launchBrowser({ shared: true })');
  const file = path.join(arg.slice('--user-data-dir='.length), 'DevToolsActivePort');
  for (let i = 0; i < 100; i++) {
    const text = await readFile(file, 'utf8').catch(() => '');
    const [port, wsPath] = text.split('\n');
    if (port && wsPath) return `ws://127.0.0.1:${port.trim()}${wsPath.trim()}`;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Chromium wrote no ${file}`);
}

/**
 * Close a browser context another process made in `browser` (with its pages), by its id: the pages of
 * a `npm run dev` builder that was killed before it could close them. A context that is gone already
 * (the builder closed it on its way out) is no error.
 */
export async function disposeBrowserContext(browser: Browser, id: string): Promise<void> {
  const session = await browser.target().createCDPSession().catch(() => undefined);
  if (!session) return;
  try {
    await session.send('Target.disposeBrowserContext', { browserContextId: id });
  } catch {
    // already gone
  } finally {
    await session.detach().catch(() => undefined);
  }
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
    const running = await (await puppeteer()).connect({ browserWSEndpoint: endpoint, defaultViewport: null }).catch(() => undefined);
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
