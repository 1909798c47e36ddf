/**
 * `npm run dev`: build once, serve the site on http://127.0.0.1:8080/ with live reload, and rebuild
 * on every save of a CSV, a template, the styles or the source, whether the editor writes the file
 * in place or replaces it. Each rebuild runs `scripts/build.ts` in a fresh process (a change to src/
 * takes effect) and prints with the one Chromium this session keeps running. A failed build prints
 * its located errors here and as a banner on the served pages, above the last good site.
 *
 * Usage: tsx scripts/dev.ts [--data DIR] [--out DIR] [--port N] [--host ADDRESS]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import chokidar from 'chokidar';
import { scheduleRebuilds, type BuildResult } from '../src/dev/rebuilds.ts';
import { startDevServer } from '../src/dev/server.ts';
import { BROWSER_ENDPOINT_ENV, launchBrowser, sharedEndpoint } from '../src/runtime/browser.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: 'data' },
    out: { type: 'string', default: 'site' },
    port: { type: 'string', default: '8080' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});
const out = values.out!;

// One Chromium for the whole session: each rebuild connects to it instead of starting its own,
// so a rebuild that reprints a letter does not wait for a browser to start.
const browser = await launchBrowser({ shared: true }).catch((e: Error) => {
  console.warn(`No browser kept between rebuilds (each rebuild starts its own when it needs one): ${e.message}`);
  return undefined;
});
const env = browser ? { ...process.env, [BROWSER_ENDPOINT_ENV]: await sharedEndpoint(browser) } : process.env;

let current: ChildProcess | undefined;
function build(): Promise<BuildResult> {
  const child = (current = spawn(
    process.execPath,
    ['--import', 'tsx', path.join('scripts', 'build.ts'), '--data', values.data!, '--out', out],
    { stdio: ['ignore', 'inherit', 'pipe'], env },
  ));
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    errors += chunk.toString('utf8');
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ ok: code === 0, errors })));
}

console.log('start: building…');
const first = await build();
const server = await startDevServer({ root: out, host: values.host!, port: Number(values.port) });
server.setErrors(first.ok ? null : first.errors);

const rebuilds = scheduleRebuilds(
  (changed) => {
    console.log(`\nchanged ${changed.join(', ')}: building…`);
    return build();
  },
  (result) => {
    server.setErrors(result.ok ? null : result.errors);
    server.reload();
    console.log(result.ok ? `rebuilt; serving ${server.url}` : 'build failed: the errors are shown on the page too');
  },
);

const watched = [values.data!, 'templates', 'src', '.eleventy.js'];
const watcher = chokidar.watch(watched, { ignoreInitial: true, atomic: true });
watcher.on('all', (_event, file) => {
  if (/\.(csv|njk|css|svg|ts|js|md)$/.test(file)) rebuilds.changed(file);
});
await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
console.log(`serving ${server.url} (watching ${watched.join(', ')}; Ctrl-C stops)`);

async function shutdown() {
  rebuilds.stop();
  current?.kill('SIGTERM');
  await watcher.close();
  await server.close();
  await browser?.close().catch(() => undefined);
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
