/**
 * One process of `npm test`'s slow tier (scripts/test.mjs): runs the test files it is given on
 * standard input, one name a line, one after the other, as `uvu` runs the files of one process
 * (uvu/run: the file is queued under its name, imported, and its tests run), and after each file
 * writes DONE_MARKER with uvu's exit code on a line of its own. It ends when its input ends.
 *
 * A process that runs several files pays once for starting (tsx, the modules a build loads) and
 * shares what a file may share with the next (the shared build, test/support/shared-site.ts);
 * test.mjs hands each file to whichever process is free, so the processes end together.
 *
 * Started as `node --import tsx scripts/test-worker.mjs <dir>`, <dir> the folder of the files.
 */
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

/** Written after each file: the marker, a space, uvu's exit code for the file. */
export const DONE_MARKER = '@@mpp-test-file-done';

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const dir = path.resolve(process.argv[2] ?? 'test/slow');
  globalThis.UVU_DEFER = 1; // uvu queues the tests of a file instead of running them at once
  process.env.FORCE_COLOR ??= '1';
  const uvu = await import('uvu');
  for await (const line of createInterface({ input: process.stdin })) {
    const name = line.trim();
    if (!name) continue;
    globalThis.UVU_QUEUE = [[name]];
    globalThis.UVU_INDEX = 0;
    process.exitCode = 0;
    try {
      await import(pathToFileURL(path.join(dir, name)).href);
      await uvu.exec(false);
    } catch (e) {
      process.stdout.write(`\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    }
    const code = process.exitCode ?? 0;
    process.exitCode = 0;
    process.stdout.write(`\n${DONE_MARKER} ${code}\n`);
  }
}
