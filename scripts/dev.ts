/**
 * `npm run dev`: build once, serve site/ with live reload, and rebuild whenever a CSV, a template,
 * the styles or the source change. Each rebuild runs `scripts/build.ts` in a fresh process, so a
 * change to src/ or to a letter template takes effect (nothing stale stays loaded), and prints
 * with the one Chromium this session keeps running. A build with bad data prints its located errors
 * and keeps the last good site on screen.
 */
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import EleventyDevServer from '@11ty/eleventy-dev-server';
import { BROWSER_ENDPOINT_ENV, launchBrowser } from '../src/runtime/browser.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: 'data' },
    out: { type: 'string', default: 'site' },
    port: { type: 'string', default: '8080' },
  },
});
const out = values.out!;

// One Chromium for the whole session: each rebuild connects to it instead of starting its own,
// so a rebuild that reprints a letter does not wait for a browser to start.
const browser = await launchBrowser().catch((e: Error) => {
  console.warn(`No browser kept between rebuilds (each rebuild starts its own when it needs one): ${e.message}`);
  return undefined;
});
const env = browser ? { ...process.env, [BROWSER_ENDPOINT_ENV]: browser.wsEndpoint() } : process.env;

function rebuild(reason: string): Promise<boolean> {
  console.log(`\n${reason}: building…`);
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join('scripts', 'build.ts'), '--data', values.data!, '--out', out],
    { stdio: 'inherit', env },
  );
  return new Promise((resolve) => child.on('close', (code) => resolve(code === 0)));
}

await rebuild('start');
const server = EleventyDevServer.getServer('mpp', out, { liveReload: true, domDiff: false, showVersion: false });
server.serve(Number(values.port));

let timer: NodeJS.Timeout | undefined;
let pending = new Set<string>();
let running = Promise.resolve();
for (const dir of [values.data!, 'templates', 'src', '.eleventy.js']) {
  watch(dir, { recursive: true }, (_event, file) => {
    if (!file || !/\.(csv|njk|css|svg|ts|js)$/.test(String(file))) return;
    pending.add(path.join(dir, String(file)));
    clearTimeout(timer);
    timer = setTimeout(() => {
      const changed = [...pending].sort().join(', ');
      pending = new Set();
      running = running.then(async () => {
        if (await rebuild(`changed ${changed}`)) server.reload({ files: [], build: {} });
      });
    }, 150);
  });
}
console.log(`watching ${values.data}/, templates/, src/ and .eleventy.js`);
