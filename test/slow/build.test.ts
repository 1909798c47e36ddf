/**
 * `npm run build`: writes the normalised data; on bad data exits non-zero and leaves site/ as it was;
 * compiled or from the sources, the same bytes.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { bufferIo, invoke } from '../../src/cli/command.ts';
import { command as buildCommand } from '../../scripts/build.ts';
import { appendLine, columnOf, fingerprint, ROOT, scratchData } from '../support/helpers.ts';
import { sharedSite } from '../support/shared-site.ts';

const run = promisify(execFile);

/** The build as `npm run build` runs it: a process running the compiled command (scripts/run.mjs). */
async function buildCli(data: string, out: string, env: NodeJS.ProcessEnv, ...extra: string[]) {
  try {
    const r = await run(process.execPath, ['scripts/run.mjs', 'build', '--data', data, '--out', out, ...extra], {
      cwd: ROOT,
      env: { ...process.env, CI: '1', ...env },
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** The build command called in this process, from the TypeScript sources: its exit code and what it printed. */
async function buildInProcess(data: string, out: string, ...extra: string[]) {
  const io = bufferIo(ROOT);
  const code = await invoke(buildCommand, ['--data', data, '--out', out, ...extra], io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

/**
 * One compiled build of data/ without a cache (every chart rendered and every letter printed by
 * it), made on first use and read by both tests: the first takes it as the previous output (in a
 * copy), the second compares it with the build from the sources. It runs west of UTC, in Los
 * Angeles with the C locale, where the first midnight of a year is still the day before: the
 * comparison shows at once that the zone and the locale change nothing (east of UTC: the kill
 * test in adversarial-build.test.ts).
 */
const WEST = { TZ: 'America/Los_Angeles', LC_ALL: 'C', LANG: 'C' };
let compiledBuild: Promise<{ out: string; result: Awaited<ReturnType<typeof buildCli>> }> | undefined;
const compiled = () =>
  (compiledBuild ??= (async () => {
    const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'mpp-compiled-')), 'site');
    return { out, result: await buildCli('data', out, WEST, '--no-cache') };
  })());

test('a build writes the normalised data; a failed build leaves the previous output untouched', async () => {
  const good = await compiled();
  assert.is(good.result.code, 0, good.result.stderr);
  const prognoses = JSON.parse(await readFile(path.join(good.out, 'data', 'prognoses.json'), 'utf8'));
  assert.ok(prognoses.some((p: { edition: string; value: number }) => p.edition === '2025' && p.value === 55300));
  // The failed build is given a copy of that output, so the compiled build stays as it was for the next test.
  const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'mpp-site-')), 'site');
  await cp(good.out, out, { recursive: true });
  const before = await fingerprint(out);

  const bad = await scratchData();
  const line = await appendLine(bad, 'prognoses.csv', 'mpp,2025,asylum-inflow-total,,medio,2030,veel,,applications,,,tk-2025-mpp-2025,,p. 1,,');
  // The failure is the command's own answer (exit code, located message); no process is needed for it.
  const failed = await buildInProcess(bad, out);
  assert.is.not(failed.code, 0);
  assert.match(failed.stderr, `${path.join(bad, 'prognoses.csv')}:${line}:${await columnOf(bad, 'prognoses.csv', 'value')}:`);
  assert.match(failed.stderr, 'expected a number');
  assert.is(await fingerprint(out), before, 'site/ changed after a failed build');
  const siblings = await readdir(path.dirname(out));
  assert.equal(siblings, ['site'], 'no temporary folder is left behind');
});

test('two builds of the same data give the same bytes, compiled west of UTC (Los Angeles, C locale) or from source here: pages, data, charts, PNGs and PDFs', async () => {
  // No cache: both builds render every chart and print every letter themselves. One runs the
  // TypeScript sources (the shared build of the shipped site, made in this process with build()), the
  // other the compiled command users run, as a process, in another zone and locale: neither the
  // compiling nor the clock changes anything.
  assert.is.not(new Date('2025-01-01T00:00:00Z').getTimezoneOffset(), 480, 'this process is not in Los Angeles\'s zone');
  const a = await sharedSite().then(
    (dir) => ({ code: 0, stderr: '', dir }),
    (e: Error) => ({ code: 1, stderr: e.stack ?? e.message, dir: '' }),
  );
  const { out: bDir, result: b } = await compiled();
  assert.is(a.code, 0, a.stderr);
  assert.is(b.code, 0, b.stderr);
  const revisions = await readFile(path.join(a.dir, 'data', 'derived', 'revisions.csv'), 'utf8');
  assert.match(revisions, '2025,2024-II,asylum-inflow-total,,2025,medio,medio,66000,47000,-19000,');
  const pdfs = (await readdir(path.join(a.dir, 'brieven'))).filter((f) => f.endsWith('.pdf'));
  // The two written letters and the draft of the newest edition's letter to municipalities.
  assert.equal(pdfs.sort(), ['mpp-2024-I-gemeenten.pdf', 'mpp-2025-gemeenten.pdf', 'mpp-2025-tweede-kamer.pdf']);
  // The PNGs resvg draws (a chart, an edition's preview) are among the files compared.
  for (const png of ['data/grafieken/indicator-asylum-inflow-total.png', 'assets/og/2025.png']) {
    assert.is((await readFile(path.join(a.dir, png))).subarray(1, 4).toString('latin1'), 'PNG', png);
  }
  assert.is(await fingerprint(a.dir), await fingerprint(bDir));
  // The year ticks carry their own years also west of UTC, where 1 January 00:00 UTC is still the day
  // before: the COA occupancy chart's ticks read 2022 to 2026, so 2024 is among them.
  assert.match(await readFile(path.join(bDir, 'data', 'grafieken', 'indicator-coa-occupancy.svg'), 'utf8'), '>2024<');
});

test.run();
