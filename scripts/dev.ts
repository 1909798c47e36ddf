/**
 * `npm run dev`: build once, serve site/ with live reload, and rebuild whenever a CSV, a template,
 * the styles or the source change. A build with bad data prints its located errors and keeps the
 * last good site on screen.
 */
import { watch } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import EleventyDevServer from '@11ty/eleventy-dev-server';
import { build } from '../src/build.ts';
import { DataValidationError, formatError } from '../src/errors.ts';
import { createProgress } from '../src/progress.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: 'data' },
    out: { type: 'string', default: 'site' },
    port: { type: 'string', default: '8080' },
  },
});
const out = values.out!;

async function rebuild(reason: string): Promise<boolean> {
  console.log(`\n${reason}: building…`);
  try {
    const s = await build({ dataDir: values.data!, outDir: out, progress: createProgress() });
    console.log(`built ${s.pages} pages, ${s.pdfs} PDFs in ${(s.ms / 1000).toFixed(1)} s`);
    return true;
  } catch (e) {
    if (e instanceof DataValidationError) {
      console.error(`${e.errors.length} error(s) in the data; the site shown is the last good build:`);
      for (const err of e.errors) console.error('  ' + formatError(err));
      return false;
    }
    console.error(e);
    return false;
  }
}

await rebuild('start');
const server = EleventyDevServer.getServer('mpp', out, { liveReload: true, domDiff: false, showVersion: false });
server.serve(Number(values.port));

let timer: NodeJS.Timeout | undefined;
let pending = new Set<string>();
let running = Promise.resolve();
for (const dir of [values.data!, 'templates', 'src']) {
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
console.log(`watching ${values.data}/, templates/ and src/`);
