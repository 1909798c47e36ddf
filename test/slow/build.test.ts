/** `npm run build`: writes the normalised data; on bad data exits non-zero and leaves site/ as it was. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { appendLine, columnOf, ROOT, scratchData } from '../support/helpers.ts';

const run = promisify(execFile);
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

/** The build as `npm run build` runs it (compiled, scripts/run.mjs), or from the TypeScript sources through tsx. */
const COMMANDS = {
  compiled: [process.execPath, 'scripts/run.mjs', 'build'],
  source: [TSX, 'scripts/build.ts'],
} as const;

async function buildCli(data: string, out: string, ...extra: string[]) {
  return buildWith('compiled', data, out, ...extra);
}

async function buildWith(how: keyof typeof COMMANDS, data: string, out: string, ...extra: string[]) {
  const [cmd, ...args] = COMMANDS[how];
  try {
    const r = await run(cmd, [...args, '--data', data, '--out', out, ...extra], {
      cwd: ROOT,
      env: { ...process.env, CI: '1' },
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** A fingerprint of every file below `dir`: names and contents. */
async function fingerprint(dir: string): Promise<string> {
  const h = createHash('sha256');
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
  for (const f of files) h.update(path.relative(dir, f)).update(await readFile(f));
  return `${files.length}:${h.digest('hex')}`;
}

test('a build writes the normalised data; a failed build leaves the previous output untouched', async () => {
  const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'mpp-site-')), 'site');
  const good = await buildCli('data', out);
  assert.is(good.code, 0, good.stderr);
  const prognoses = JSON.parse(await readFile(path.join(out, 'data', 'prognoses.json'), 'utf8'));
  assert.ok(prognoses.some((p: { edition: string; value: number }) => p.edition === '2025' && p.value === 55300));
  const before = await fingerprint(out);

  const bad = await scratchData();
  const line = await appendLine(bad, 'prognoses.csv', 'mpp,2025,asylum-inflow-total,,medio,2030,veel,,applications,,,tk-2025-mpp-2025,,p. 1,,');
  const failed = await buildCli(bad, out);
  assert.is.not(failed.code, 0);
  assert.match(failed.stderr, `${path.join(bad, 'prognoses.csv')}:${line}:${await columnOf(bad, 'prognoses.csv', 'value')}:`);
  assert.match(failed.stderr, 'expected a number');
  assert.is(await fingerprint(out), before, 'site/ changed after a failed build');
  const siblings = await readdir(path.dirname(out));
  assert.equal(siblings, ['site'], 'no temporary folder is left behind');
});

test('two builds of the same data give the same bytes, compiled or from source: pages, data, charts, PNGs and PDFs', async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'mpp-repro-'));
  // No cache: both builds render every chart and print every letter themselves. One runs the
  // TypeScript sources, the other the compiled command users run: the compiling changes nothing.
  const a = await buildWith('source', 'data', path.join(root, 'a'), '--no-cache');
  const b = await buildWith('compiled', 'data', path.join(root, 'b'), '--no-cache');
  assert.is(a.code, 0, a.stderr);
  assert.is(b.code, 0, b.stderr);
  const revisions = await readFile(path.join(root, 'a', 'data', 'derived', 'revisions.csv'), 'utf8');
  assert.match(revisions, '2025,2024-II,asylum-inflow-total,,2025,medio,medio,66000,47000,-19000,');
  const pdfs = (await readdir(path.join(root, 'a', 'brieven'))).filter((f) => f.endsWith('.pdf'));
  // The two written letters and the draft of the newest edition's letter to municipalities.
  assert.equal(pdfs.sort(), ['mpp-2024-I-gemeenten.pdf', 'mpp-2025-gemeenten.pdf', 'mpp-2025-tweede-kamer.pdf']);
  // The PNGs resvg draws (a chart, an edition's preview) are among the files compared.
  for (const png of ['data/grafieken/indicator-asylum-inflow-total.png', 'assets/og/2025.png']) {
    assert.is((await readFile(path.join(root, 'a', png))).subarray(1, 4).toString('latin1'), 'PNG', png);
  }
  assert.is(await fingerprint(path.join(root, 'a')), await fingerprint(path.join(root, 'b')));
});

test.run();
