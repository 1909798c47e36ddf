/**
 * `npm run build`: validate the data and build the site and letters into site/.
 * Usage: tsx scripts/build.ts [--data DIR] [--out DIR] [--cache DIR | --no-cache]
 * On invalid data it prints every located error, exits 1 and leaves the previous output untouched.
 */
import { parseArgs } from 'node:util';
import { build } from '../src/build.ts';
import { DataValidationError, formatError } from '../src/data/errors.ts';
import { createProgress } from '../src/runtime/progress.ts';
import { OutputFolderError } from '../src/runtime/output.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: 'data' },
    out: { type: 'string', default: 'site' },
    cache: { type: 'string', default: '.cache' },
    'no-cache': { type: 'boolean', default: false },
  },
});

try {
  const summary = await build({
    dataDir: values.data!,
    outDir: values.out!,
    progress: createProgress(),
    cacheDir: values['no-cache'] ? undefined : values.cache,
  });
  console.log(
    `built ${values.out}/: ${summary.pages} pages, ${summary.pdfs} PDFs, ${summary.charts} charts, ` +
      `${summary.dataFiles} data files in ${(summary.ms / 1000).toFixed(1)} s`,
  );
} catch (e) {
  if (e instanceof DataValidationError) {
    console.error(`The data in ${values.data}/ has ${e.errors.length} error(s); ${values.out}/ was left as it was.\n`);
    for (const err of e.errors) console.error(formatError(err));
    process.exit(1);
  }
  if (e instanceof OutputFolderError) {
    console.error(e.message);
    process.exit(2);
  }
  throw e;
}
