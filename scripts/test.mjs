#!/usr/bin/env node
/**
 * `npm test`: the type check and every test, as CI runs it, in a few processes at once.
 *
 * The suite is mostly waiting on one core at a time (a build in Node while Chromium idles, a
 * Chromium page while Node idles), so on a machine of two cores its parts run side by side:
 *   - the type check, `tsc --noEmit`;
 *   - the unit tier, test/unit (no browser, no build);
 *   - the slow tier, test/slow, in two uvu processes: FIRST below in one, every other file in the
 *     other. The split balances their times (measured with both running, in seconds: adversarial-build
 *     58, site 50, visual-diff 33, build 10; the other process: adversarial-round3 50, charts 30,
 *     cli-process 14, dev-loop 13, site-readers 13, removals 11, letters 5, the rest under 5 each).
 *     Both are given one folder for the shared build of the shipped site (test/support/shared-site.ts):
 *     the first file that asks builds it, in either process, and every other waits for that build.
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

/** The slow files of the first slow process (see above); a new file goes to the other one. */
const FIRST = ['adversarial-build.test.ts', 'build.test.ts', 'site.test.ts', 'visual-diff.test.ts'];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** uvu over exactly `files` of `tier`, in a process of its own. */
const uvu = (tier, files) => ({
  cmd: process.execPath,
  args: ['--import', 'tsx', path.join(ROOT, 'node_modules', 'uvu', 'bin.js'), `test/${tier}`, `^(${files.map(escape).join('|')})$`],
});

const tscPackage = require.resolve('typescript/package.json');
const tscBin = path.join(path.dirname(tscPackage), JSON.parse(readFileSync(tscPackage, 'utf8')).bin.tsc);

const slow = filesOf('slow');
const first = slow.filter((f) => FIRST.includes(f));
const second = slow.filter((f) => !FIRST.includes(f));
const sharedBuild = mkdtempSync(path.join(os.tmpdir(), 'mpp-test-shared-build-'));
process.once('exit', () => rmSync(sharedBuild, { recursive: true, force: true }));
const parts = [
  { name: 'type check (tsc --noEmit)', cmd: process.execPath, args: [tscBin, '--noEmit'] },
  { name: `test/unit (${filesOf('unit').length} files)`, ...uvu('unit', filesOf('unit')) },
  { name: `test/slow, first process (${first.join(', ')})`, ...uvu('slow', first) },
  { name: `test/slow, second process (${second.join(', ')})`, ...uvu('slow', second) },
].filter((p) => p.args.at(-1) !== '^()$');

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

const results = await Promise.all(parts.map(run));
const failed = parts.filter((_, i) => !results[i]).map((p) => p.name);
if (failed.length > 0) {
  process.stdout.write(`\nnpm test failed in: ${failed.join('; ')}\n`);
  process.exitCode = 1;
}
