/**
 * `npm run build`: validate the data and build the site and letters into site/.
 * Usage: node scripts/run.mjs build [--data DIR] [--out DIR] [--cache DIR | --no-cache] [--timings FILE]
 * On invalid data it prints every located error, exits 1 and leaves the previous output untouched.
 * `--timings` writes the phases' start and wall times, the summary and the peak memory as JSON (for
 * `npm run bench`, which times the whole process from outside).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { build } from '../src/build.ts';
import { describeFailure } from '../src/runtime/failure.ts';
import { createProgress } from '../src/runtime/progress.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: 'data' },
    out: { type: 'string', default: 'site' },
    cache: { type: 'string', default: '.cache' },
    'no-cache': { type: 'boolean', default: false },
    timings: { type: 'string' },
  },
});
const progress = createProgress();

try {
  const summary = await build({
    dataDir: values.data!,
    outDir: values.out!,
    progress,
    cacheDir: values['no-cache'] ? undefined : values.cache,
  });
  console.log(
    `built ${values.out}/: ${summary.pages} pages, ${summary.pdfs} PDFs, ${summary.charts} charts, ` +
      `${summary.dataFiles} data files in ${(summary.ms / 1000).toFixed(1)} s`,
  );
  if (values.timings) {
    const usage = process.resourceUsage();
    const report = { phases: progress.timings, summary, maxRssKB: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 };
    writeFileSync(values.timings, JSON.stringify(report) + '\n');
  }
} catch (e) {
  const failure = describeFailure(e, { data: values.data!, out: values.out! });
  if (!failure) throw e;
  process.stderr.write(failure.text);
  process.exit(failure.exitCode);
}
