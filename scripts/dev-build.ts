/**
 * The builder process of `npm run dev` (src/dev/builder.ts); started by scripts/dev.ts, not by hand.
 * Usage: node scripts/run.mjs dev-build --data DIR --out DIR [--cache DIR]
 */
import { defineCommand, main } from '../src/cli/command.ts';
import { serveBuilds } from '../src/dev/builder.ts';
import { UsageError } from '../src/errors.ts';
import * as message from '../src/messages.ts';

export const command = defineCommand({
  name: 'dev-build',
  usage: 'node scripts/run.mjs dev-build --data DIR --out DIR [--cache DIR] (started by npm run dev)',
  summary: 'The builder process of npm run dev: builds when its parent asks, over an IPC channel.',
  options: {
    data: { type: 'string', default: 'data', help: 'the data set' },
    out: { type: 'string', default: 'site', help: 'the output folder' },
    cache: { type: 'string', default: '.cache', help: 'the content-hash cache' },
  },
  async run({ values }) {
    if (!process.send) throw new UsageError(message.dev.notStartedByDev());
    await serveBuilds({ dataDir: values.data, outDir: values.out, cacheDir: values.cache });
  },
});

await main(command, import.meta.url);
