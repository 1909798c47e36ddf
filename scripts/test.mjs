#!/usr/bin/env node
/**
 * `npm test`: the type check and every test, as CI runs it, in a few processes at once.
 *
 * The suite is mostly waiting on one core at a time (a build in Node while Chromium idles, a
 * Chromium page while Node idles), so on a machine of two cores its parts run side by side:
 *   - the type check, `tsc --noEmit`;
 *   - the unit tier, test/unit (no browser, no build);
 *   - the slow tier, test/slow, one uvu process per file, SLOW_WORKERS at a time, longest first by
 *     their measured times (SECONDS below), so that no core idles at the end waiting on one long
 *     process. All are given one folder for the shared build of the shipped site
 *     (test/support/shared-site.ts): the first file that asks builds it, in any process, and every
 *     other waits for that build.
 * Each part's output is kept and printed whole when it ends (never interleaved with another's),
 * with uvu's own totals, which CI sums (.ci/run). The exit code is 1 when any part failed.
 *
 * `npm run test:unit` and `npm run test:slow` still run one tier in one process, as before.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** The test files of a tier, sorted as uvu sorts them. */
const filesOf = (tier) =>
  readdirSync(path.join(ROOT, 'test', tier))
    .filter((f) => f.endsWith('.test.ts'))
    .sort((a, b) => a.localeCompare(b));

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** uvu over the files of `tier` whose names match `pattern`, in a process of its own. */
const uvu = (tier, pattern) => ({
  cmd: process.execPath,
  args: ['--import', 'tsx', path.join(ROOT, 'node_modules', 'uvu', 'bin.js'), `test/${tier}`, pattern],
});

const tscPackage = require.resolve('typescript/package.json');
const tscBin = path.join(path.dirname(tscPackage), JSON.parse(readFileSync(tscPackage, 'utf8')).bin.tsc);

/** Seconds each slow file took in `npm test` on 2 cores, three at a time (measured 5 December 2026); a file not listed counts as 5. */
const SECONDS = {
  'visual-diff.test.ts': 106,
  'site.test.ts': 97,
  'adversarial-build.test.ts': 95,
  'adversarial-round3.test.ts': 82,
  'charts.test.ts': 43,
  'cli-process.test.ts': 40,
  'dev-loop.test.ts': 21,
  'removals.test.ts': 21,
  'new-edition.test.ts': 17,
  'letters.test.ts': 16,
  'site-readers.test.ts': 15,
  'build.test.ts': 12,
  'letters-form.test.ts': 12,
  'letters-written.test.ts': 11,
  'site-downloads.test.ts': 10,
};
/** How many slow files run at once, each in a uvu process of its own. */
const SLOW_WORKERS = 3;
/** The slow files, longest first: a worker that is free takes the next, so the workers end together. */
const slowQueue = filesOf('slow').sort((a, b) => (SECONDS[b] ?? 5) - (SECONDS[a] ?? 5) || a.localeCompare(b));
const sharedBuild = mkdtempSync(path.join(os.tmpdir(), 'mpp-test-shared-build-'));
process.once('exit', () => rmSync(sharedBuild, { recursive: true, force: true }));
/** Started at once. */
const atOnce = [
  { name: 'type check (tsc --noEmit)', cmd: process.execPath, args: [tscBin, '--noEmit'] },
  { name: `test/unit (${filesOf('unit').length} files)`, ...uvu('unit', '\\.test\\.ts$') },
];
/** Taken in turn by SLOW_WORKERS workers. */
const queued = slowQueue.map((f) => ({ name: `test/slow/${f}`, ...uvu('slow', `^${escape(f)}$`) }));

function run(part) {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(part.cmd, part.args, {
      cwd: ROOT,
      env: { ...process.env, MPP_TEST_SHARED_BUILD: sharedBuild },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks = [];
    child.stdout.on('data', (c) => chunks.push(c));
    child.stderr.on('data', (c) => chunks.push(c));
    let ended = false;
    const done = (code, signal) => {
      if (ended) return;
      ended = true;
      const seconds = ((performance.now() - start) / 1000).toFixed(1);
      const status = signal ? `killed by ${signal}` : `exit ${code}`;
      process.stdout.write(`\n=== ${part.name}: ${status}, ${seconds} s ===\n`);
      process.stdout.write(Buffer.concat(chunks));
      resolve(code === 0 && !signal);
    };
    child.on('error', (e) => {
      chunks.push(Buffer.from(`${e.message}\n`));
      done(1, null);
    });
    child.on('close', done);
  });
}

const failed = [];
const runOrNote = async (part) => {
  if (!(await run(part))) failed.push(part.name);
};
const worker = async () => {
  for (let part = queued.shift(); part; part = queued.shift()) await runOrNote(part);
};
await Promise.all([...atOnce.map(runOrNote), ...Array.from({ length: SLOW_WORKERS }, worker)]);
if (failed.length > 0) {
  process.stdout.write(`\nnpm test failed in: ${failed.join('; ')}\n`);
  process.exitCode = 1;
}
