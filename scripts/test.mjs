#!/usr/bin/env node
/**
 * `npm test`: the type check and every test, as CI runs it, in a few processes at once.
 *
 * Its parts run side by side, so that both cores of the machine are busy from start to end (a
 * build in Node while Chromium idles, a Chromium page while Node idles, a test waiting on a timer):
 *   - the type check, `tsc --noEmit`;
 *   - the unit tier, test/unit (no browser, no build);
 *   - the slow tier, test/slow, in SLOW_PROCESSES uvu processes, its files shared out by their
 *     measured CPU time (CPU_SECONDS below) so that the processes end together. All are given one
 *     folder for the shared build of the shipped site (test/support/shared-site.ts): the first file
 *     that asks builds it, in any process, and every other waits for that build.
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

/**
 * CPU seconds each slow file used alone (Node and the Chromium it starts, from /proc/stat, on the
 * 2-core machine, measured 5 December 2026); a file not listed counts as 5. Only their ratios
 * matter: they share the files out.
 */
const CPU_SECONDS = {
  'site.test.ts': 75,
  'adversarial-build.test.ts': 46,
  'visual-diff.test.ts': 45,
  'adversarial-round3.test.ts': 25,
  'charts.test.ts': 19,
  'build.test.ts': 14,
  'letters.test.ts': 14,
  'site-readers.test.ts': 14,
  'removals.test.ts': 13,
  'dev-loop.test.ts': 13,
  'letters-form.test.ts': 11,
  'new-edition.test.ts': 10,
  'site-downloads.test.ts': 10,
  'letters-written.test.ts': 8,
  'cli-process.test.ts': 5,
  'print-faults.test.ts': 3,
  'site-editions.test.ts': 1,
};
/**
 * How many uvu processes share the slow files. The suite keeps both cores busy, so what it costs is
 * its CPU time: each process of its own costs a second of it to start (tsx and the modules a build
 * loads), so the files are run in a few processes, not one each. Three, not two: while one waits on
 * a process or a timer, the others use the cores.
 */
const SLOW_PROCESSES = 3;
const cost = (f) => CPU_SECONDS[f] ?? 5;
/** The slow files in SLOW_PROCESSES groups of about equal CPU time: each file, costliest first, to the group with the least so far. */
const groups = Array.from({ length: SLOW_PROCESSES }, () => ({ files: [], seconds: 0 }));
for (const f of filesOf('slow').sort((a, b) => cost(b) - cost(a) || a.localeCompare(b))) {
  const group = groups.reduce((least, g) => (g.seconds < least.seconds ? g : least));
  group.files.push(f);
  group.seconds += cost(f);
}
const sharedBuild = mkdtempSync(path.join(os.tmpdir(), 'mpp-test-shared-build-'));
process.once('exit', () => rmSync(sharedBuild, { recursive: true, force: true }));
/** All started at once; uvu runs the files of a process one after the other, in name order. */
const parts = [
  { name: 'type check (tsc --noEmit)', cmd: process.execPath, args: [tscBin, '--noEmit'] },
  { name: `test/unit (${filesOf('unit').length} files)`, ...uvu('unit', '\\.test\\.ts$') },
  ...groups
    .filter((g) => g.files.length > 0)
    .map((g) => ({ name: `test/slow: ${[...g.files].sort((a, b) => a.localeCompare(b)).join(', ')}`, ...uvu('slow', `^(?:${g.files.map(escape).join('|')})$`) })),
];

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
await Promise.all(
  parts.map(async (part) => {
    if (!(await run(part))) failed.push(part.name);
  }),
);
if (failed.length > 0) {
  process.stdout.write(`\nnpm test failed in: ${failed.join('; ')}\n`);
  process.exitCode = 1;
}
