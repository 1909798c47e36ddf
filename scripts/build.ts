/**
 * `npm run build`: validate the data and build the site and letters into site/.
 * On invalid data it prints every located error, exits 1 and leaves the previous output untouched.
 * `--timings` writes the phases' start and wall times, the summary and the peak memory as JSON (for
 * `npm run bench`, which times the whole process from outside).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from '../src/build.ts';
import { defineCommand, main } from '../src/cli/command.ts';
import { DataValidationError, EXIT } from '../src/errors.ts';
import { describeFailure } from '../src/runtime/failure.ts';
import * as message from '../src/messages.ts';
import { LOCAL_SITE_URL } from '../src/site/site-url.ts';
import { createProgress } from '../src/runtime/progress.ts';

export const command = defineCommand({
  name: 'build',
  usage: 'npm run build -- [--data DIR] [--out DIR] [--cache DIR | --no-cache] [--timings FILE] [--debug]',
  summary: 'Validate the data and build the site and the PDF letters; on invalid data, print every located error and leave the output as it was.',
  options: {
    data: { type: 'string', default: 'data', help: 'the data set to build' },
    out: { type: 'string', default: 'site', help: 'the output folder' },
    cache: { type: 'string', default: '.cache', help: 'the content-hash cache of charts and letters' },
    'no-cache': { type: 'boolean', default: false, help: 'render every chart and letter anew' },
    timings: { type: 'string', help: 'write the phase timings as JSON to this file (for npm run bench)' },
  },
  async run({ values }, io) {
    const progress = createProgress(io.progress);
    // npm run build makes the site to publish (npm run dev has its own builder): without SITE_URL
    // every absolute address in it names the local server, which is never right on a host.
    if (!process.env.SITE_URL?.trim()) io.err(`${message.build.siteUrlMissing(LOCAL_SITE_URL)}\n`);
    try {
      // Relative folders are taken from the command's working folder (a test calls it in-process elsewhere).
      const summary = await build({
        dataDir: path.resolve(io.cwd, values.data),
        outDir: path.resolve(io.cwd, values.out),
        progress,
        cacheDir: values['no-cache'] ? undefined : path.resolve(io.cwd, values.cache),
        onNotice: (n) => io.err(`${n}\n`),
      });
      io.out(`${message.build.built(values.out, summary)}\n`);
      if (values.timings) {
        const usage = process.resourceUsage();
        const report = { phases: progress.timings, summary, maxRssKB: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 };
        writeFileSync(values.timings, JSON.stringify(report) + '\n');
      }
      return EXIT.ok;
    } catch (e) {
      // Invalid data: every located error, under a line that says the output was left alone.
      if (!(e instanceof DataValidationError)) throw e;
      io.err(describeFailure(e, { data: values.data, out: values.out })!);
      return EXIT.data;
    }
  },
});

await main(command, import.meta.url);
