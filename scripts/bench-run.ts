/**
 * One measured build in its own process (so peak memory is this build's alone). Prints JSON:
 * phase timings, what was written and the peak resident set size. Used by scripts/bench.ts.
 */
import { parseArgs } from 'node:util';
import { build } from '../src/build.ts';
import { createProgress } from '../src/progress.ts';

const { values } = parseArgs({
  options: { data: { type: 'string' }, out: { type: 'string' }, cache: { type: 'string' } },
});
const progress = createProgress(null);
const summary = await build({ dataDir: values.data!, outDir: values.out!, progress, cacheDir: values.cache });
process.stdout.write(
  JSON.stringify({ timings: progress.timings, summary, maxRssKB: process.resourceUsage().maxRSS }) + '\n',
);
