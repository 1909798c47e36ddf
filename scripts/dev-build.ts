/**
 * The builder process of `npm run dev` (src/dev/builder.ts); started by scripts/dev.ts, not by hand.
 * Usage: node scripts/run.mjs dev-build --data DIR --out DIR [--cache DIR]
 */
import { parseArgs } from 'node:util';
import { serveBuilds } from '../src/dev/builder.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: 'data' },
    out: { type: 'string', default: 'site' },
    cache: { type: 'string', default: '.cache' },
  },
});
if (!process.send) {
  console.error('dev-build is started by npm run dev, with an IPC channel.');
  process.exit(2);
}
await serveBuilds({ dataDir: values.data!, outDir: values.out!, cacheDir: values.cache! });
