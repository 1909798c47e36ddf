/**
 * `npm run dev`: build once, serve the site on http://127.0.0.1:8080/ with live reload, and rebuild
 * on every save of a CSV, a template, the styles or the source, whether the editor writes the file
 * in place or replaces it. The builds run in one builder process that stays alive (src/dev/builder.ts),
 * so a data or template change is rebuilt without Node's start-up and imports, and printed with
 * pages kept open in the one Chromium this session runs; a change to the code (src/, scripts/,
 * .eleventy.js) starts a new builder, which compiles it. A failed build prints its located errors
 * here and as a banner on the served pages, above the last good site.
 *
 */
import chokidar from 'chokidar';
import { needsRestart, startBuilder } from '../src/dev/builder-process.ts';
import { scheduleRebuilds } from '../src/dev/rebuilds.ts';
import { startDevServer } from '../src/dev/server.ts';
import { BROWSER_ENDPOINT_ENV, disposeBrowserContext, launchBrowser, sharedEndpoint } from '../src/runtime/browser.ts';
import { defineCommand, main } from '../src/cli/command.ts';
import { UsageError } from '../src/errors.ts';
import * as message from '../src/messages.ts';

export const command = defineCommand({
  name: 'dev',
  usage: 'npm run dev -- [--data DIR] [--out DIR] [--port N] [--host ADDRESS]',
  summary: 'Build, serve the site with live reload, and rebuild on every save of a CSV, template or source file.',
  options: {
    data: { type: 'string', default: 'data', help: 'the data set' },
    out: { type: 'string', default: 'site', help: 'the output folder' },
    port: { type: 'string', default: '8080', help: 'the port to serve on (0: any free port)' },
    host: { type: 'string', default: '127.0.0.1', help: 'the address to serve on' },
  },
  async run({ values }, io) {
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(message.cli.notWholeNumber('--port', values.port, 0));
    const out = values.out;

    // One Chromium for the whole session, outliving builders: a new builder (after a code change)
    // connects to it instead of starting its own.
    const browser = await launchBrowser({ shared: true }).catch((e: Error) => {
      io.err(`${message.dev.noBrowserKept(e.message)}\n`);
      return undefined;
    });
    const env = browser ? { ...process.env, [BROWSER_ENDPOINT_ENV]: await sharedEndpoint(browser) } : process.env;
    const builder = startBuilder({
      args: ['--data', values.data, '--out', out],
      env,
      onPagesLeft: (context) => void (browser && disposeBrowserContext(browser, context)),
    });

    builder.start(); // loads its code while the watcher starts

    // Watching starts before the first build, so that a file saved while it runs is rebuilt after it;
    // the changes wait until the rebuilds are set up.
    const watched = [values.data, 'templates', 'src', 'scripts', '.eleventy.js'];
    const watcher = chokidar.watch(watched, { ignoreInitial: true, atomic: true });
    const early: string[] = [];
    let onChange: (file: string) => void = (file) => {
      early.push(file);
    };
    watcher.on('all', (_event, file) => {
      if (/\.(csv|njk|css|svg|ts|js|mjs|md)$/.test(file)) onChange(file);
    });
    await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));

    io.out('start: building…\n');
    const first = await builder.build();
    const server = await startDevServer({ root: out, host: values.host, port });
    server.setErrors(first.ok ? null : first.errors);

    const rebuilds = scheduleRebuilds(
      (changed) => {
        const restart = changed.some((f) => needsRestart(f));
        io.out(`\nchanged ${changed.join(', ')}: ${restart ? 'new builder for the changed code, ' : ''}building…\n`);
        if (restart) builder.restart();
        return builder.build();
      },
      (result) => {
        server.setErrors(result.ok ? null : result.errors);
        server.reload();
        io.out(result.ok ? `rebuilt (builder ${builder.pid()}); serving ${server.url}\n` : 'build failed: the errors are shown on the page too\n');
      },
    );

    onChange = (file) => rebuilds.changed(file);
    for (const file of early) rebuilds.changed(file);
    io.out(`serving ${server.url} (watching ${watched.join(', ')}; builder ${builder.pid()}; Ctrl-C stops)\n`);

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
    // Serves until a signal ends the process.
    await new Promise<never>(() => undefined);
  },
});

await main(command, import.meta.url);
