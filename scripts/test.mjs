#!/usr/bin/env node
/**
 * `npm test`: the type check and every test, as CI runs it, in a few processes at once.
 *
 * Its parts run side by side, so that both cores of the machine are busy from start to end (a
 * build in Node while Chromium idles, a Chromium page while Node idles, a test waiting on a timer):
 *   - the type check, `tsc --noEmit`;
 *   - the unit tier, test/unit (no browser, no build);
 *   - the slow tier, test/slow, in SLOW_PROCESSES processes (scripts/test-worker.mjs) that take its
 *     files in turn, costliest first by their measured CPU time (CPU_SECONDS below), each the next
 *     file when it is free, so that they end together. All are given one folder for the shared
 *     build of the shipped site (test/support/shared-site.ts): the first file that asks builds it,
 *     in any process, and every other waits for that build.
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
import { DONE_MARKER } from './test-worker.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** The test files of a tier, sorted as uvu sorts them. */
const filesOf = (tier) =>
  readdirSync(path.join(ROOT, 'test', tier))
    .filter((f) => f.endsWith('.test.ts'))
    .sort((a, b) => a.localeCompare(b));

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
 * How many processes share the slow files (scripts/test-worker.mjs). The suite keeps both cores
 * busy, so what it costs is its CPU time: a process of its own for each file cost a second of it to
 * start (tsx and the modules a build loads), so a few processes take the files in turn, costliest
 * first, each the next file when it is free, so that they end together. Three, not two: while one
 * waits on a process or a timer, the others use the cores.
 */
const SLOW_PROCESSES = 3;
const cost = (f) => CPU_SECONDS[f] ?? 5;
const slowQueue = filesOf('slow').sort((a, b) => cost(b) - cost(a) || a.localeCompare(b));
const sharedBuild = mkdtempSync(path.join(os.tmpdir(), 'mpp-test-shared-build-'));
process.once('exit', () => rmSync(sharedBuild, { recursive: true, force: true }));
const env = { ...process.env, MPP_TEST_SHARED_BUILD: sharedBuild };

/** Started at once, beside the slow tier. */
const parts = [
  { name: 'type check (tsc --noEmit)', cmd: process.execPath, args: [tscBin, '--noEmit'] },
  { name: `test/unit (${filesOf('unit').length} files)`, ...uvu('unit', '\\.test\\.ts$') },
];

/** One part's output, printed whole. */
const report = (name, status, seconds, output) => {
  process.stdout.write(`\n=== ${name}: ${status}, ${seconds.toFixed(1)} s ===\n`);
  process.stdout.write(output);
};

function run(part) {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(part.cmd, part.args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks = [];
    child.stdout.on('data', (c) => chunks.push(c));
    child.stderr.on('data', (c) => chunks.push(c));
    let ended = false;
    const done = (code, signal) => {
      if (ended) return;
      ended = true;
      report(part.name, signal ? `killed by ${signal}` : `exit ${code}`, (performance.now() - start) / 1000, Buffer.concat(chunks));
      resolve(code === 0 && !signal);
    };
    child.on('error', (e) => {
      chunks.push(Buffer.from(`${e.message}\n`));
      done(1, null);
    });
    child.on('close', done);
  });
}

/**
 * A slow-tier process: takes files from slowQueue until it is empty, and reports each file as a
 * part of its own (its output whole, its time, its exit code). A process that ends in the middle of
 * a file fails that file, and the next file starts a new process.
 */
async function slowWorker(failed) {
  while (slowQueue.length > 0) {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'test-worker.mjs'), path.join(ROOT, 'test', 'slow')], {
      cwd: ROOT,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let current = null;
    let output = '';
    let start = 0;
    const next = () => {
      current = slowQueue.shift() ?? null;
      output = '';
      start = performance.now();
      if (current) child.stdin.write(`${current}\n`);
      else child.stdin.end();
    };
    await new Promise((resolve) => {
      child.stdout.setEncoding('utf8');
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (c) => (output += c));
      child.stdout.on('data', (c) => {
        output += c;
        const m = new RegExp(`\\n${DONE_MARKER} (\\d+)\\n`).exec(output);
        if (!m || !current) return;
        const code = Number(m[1]);
        report(`test/slow/${current}`, `exit ${code}`, (performance.now() - start) / 1000, output.slice(0, m.index) + '\n');
        if (code !== 0) failed.push(`test/slow/${current}`);
        next();
      });
      child.on('error', (e) => (output += `${e.message}\n`));
      child.on('close', (code, signal) => {
        if (current) {
          report(`test/slow/${current}`, `the process ended (${signal ?? `exit ${code}`})`, (performance.now() - start) / 1000, output);
          failed.push(`test/slow/${current}`);
        }
        resolve();
      });
      next();
    });
  }
}

const failed = [];
await Promise.all([
  ...parts.map(async (part) => {
    if (!(await run(part))) failed.push(part.name);
  }),
  ...Array.from({ length: SLOW_PROCESSES }, () => slowWorker(failed)),
]);
if (failed.length > 0) {
  process.stdout.write(`\nnpm test failed in: ${failed.join('; ')}\n`);
  process.exitCode = 1;
}
