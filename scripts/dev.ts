/**
 * `npm run dev`: build once, serve the site on http://127.0.0.1:8080/ with live reload, and rebuild
 * on every save of a CSV, a template, the styles or the source, whether the editor writes the file
 * in place or replaces it. The builds run in one builder process that stays alive (src/dev/builder.ts),
 * so a data or template change is rebuilt without Node's start-up and imports, and printed with
 * pages kept open in the one Chromium this session runs; a change to the code (src/, scripts/,
 * .eleventy.js) starts a new builder, which compiles it. A failed build prints its located errors
 * here and as a banner on the served pages, above the last good site.
 *
 * Usage: node scripts/run.mjs dev [--data DIR] [--out DIR] [--port N] [--host ADDRESS]
 */
import { parseArgs } from 'node:util';
import chokidar from 'chokidar';
import { needsRestart, startBuilder } from '../src/dev/builder-process.ts';
import { scheduleRebuilds } from '../src/dev/rebuilds.ts';
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

// One Chromium for the whole session, outliving builders: a new builder (after a code change)
// connects to it instead of starting its own.
const browser = await launchBrowser({ shared: true }).catch((e: Error) => {
  console.warn(`No browser kept between rebuilds (each build starts its own when it needs one): ${e.message}`);
  return undefined;
});
const env = browser ? { ...process.env, [BROWSER_ENDPOINT_ENV]: await sharedEndpoint(browser) } : process.env;
const builder = startBuilder({ args: ['--data', values.data!, '--out', out], env });

console.log('start: building…');
const first = await builder.build();
const server = await startDevServer({ root: out, host: values.host!, port: Number(values.port) });
server.setErrors(first.ok ? null : first.errors);

const rebuilds = scheduleRebuilds(
  (changed) => {
    const restart = changed.some((f) => needsRestart(f));
    console.log(`\nchanged ${changed.join(', ')}: ${restart ? 'new builder for the changed code, ' : ''}building…`);
    if (restart) builder.restart();
    return builder.build();
  },
  (result) => {
    server.setErrors(result.ok ? null : result.errors);
    server.reload();
    console.log(result.ok ? `rebuilt (builder ${builder.pid()}); serving ${server.url}` : 'build failed: the errors are shown on the page too');
  },
);

const watched = [values.data!, 'templates', 'src', 'scripts', '.eleventy.js'];
const watcher = chokidar.watch(watched, { ignoreInitial: true, atomic: true });
watcher.on('all', (_event, file) => {
  if (/\.(csv|njk|css|svg|ts|js|mjs|md)$/.test(file)) rebuilds.changed(file);
});
await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
console.log(`serving ${server.url} (watching ${watched.join(', ')}; builder ${builder.pid()}; Ctrl-C stops)`);

async function shutdown() {
  rebuilds.stop();
  await watcher.close();
  await builder.stop();
  await server.close();
  await browser?.close().catch(() => undefined);
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
