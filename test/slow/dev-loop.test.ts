/**
 * The analyst's loop, end to end: `npm run dev` on a free port, a CSV value saved five times (three
 * times by replacing the file, as vim and Excel do, twice in place), each value checked on the served
 * page; a bad value shows the located error as a banner above the old page, and the fix removes it.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { needsRestart } from '../../src/dev/builder-process.ts';
import { ROOT, scratchData } from '../support/helpers.ts';
import { setMedio2025, useEditedSeeds } from '../support/seed-edits.ts';

const PAGE = 'edities/2025/';

function startDev(data: string, out: string): Promise<{ child: ChildProcess; url: string; log: () => string }> {
  const child = spawn(
    process.execPath,
    // The compiled command `npm run dev` runs (its builder process is compiled too).
    [path.join(ROOT, 'scripts', 'run.mjs'), 'dev', '--data', data, '--out', out, '--port', '0'],
    { cwd: ROOT, env: { ...process.env, CI: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout!.on('data', (c: Buffer) => (log += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (log += c.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm run dev did not start:\n${log}`)), 120_000);
    child.stdout!.on('data', () => {
      const m = /serving (http:\/\/127\.0\.0\.1:\d+\/) \(watching/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]!, log: () => log });
      }
    });
    child.on('exit', (code) => reject(new Error(`npm run dev exited with ${code}:\n${log}`)));
  });
}

/** Poll the page until `until` holds for its HTML (a rebuild takes a few seconds). */
async function waitForPage(url: string, until: (html: string) => boolean, what: string, log: () => string): Promise<string> {
  const deadline = Date.now() + 90_000;
  let html = '';
  while (Date.now() < deadline) {
    html = await fetch(url).then((r) => r.text()).catch(() => '');
    if (until(html)) return html;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}; the dev server printed:\n${log()}`);
}

test('every save reaches the served page, replaced or written in place; a bad value shows a banner', async () => {
  const data = await scratchData();
  const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'mpp-dev-out-')), 'site');
  const file = path.join(data, 'prognoses.csv');
  const original = await readFile(file, 'utf8');
  assert.ok(original.includes(',47000,'), 'fixture: MPP 2025 medio total inflow 2025 is 47000');
  await useEditedSeeds(); // every value saved below has its quote, which a copy of the seeds prints
  const { child, url, log } = await startDev(data, out);
  try {
    const page = new URL(PAGE, url).href;
    await waitForPage(page, (h) => h.includes('47.000'), 'the first build', log);
    let current = 47000;
    const save = async (value: number | string, how: 'replace' | 'in place') => {
      const text = setMedio2025(original, value);
      if (how === 'replace') {
        const tmp = `${file}.tmp~`;
        await writeFile(tmp, text);
        await rename(tmp, file);
      } else {
        await writeFile(file, text);
      }
    };
    const shown = (n: number) => n.toLocaleString('nl-NL');
    for (const [value, how] of [
      [47311, 'replace'],
      [47312, 'replace'],
      [47313, 'replace'],
      [47314, 'in place'],
      [47315, 'in place'],
    ] as const) {
      await save(value, how);
      await waitForPage(page, (h) => h.includes(shown(value)) && !h.includes(shown(current)), `${value} (${how})`, log);
      current = value;
    }
    await save('veel', 'replace');
    const failed = await waitForPage(page, (h) => h.includes('mpp-dev-errors'), 'the error banner', log);
    const column = original.split('\n')[0]!.split(',').indexOf('value') + 1;
    assert.match(failed, new RegExp(`prognoses\\.csv:\\d+:${column}:`), 'the banner names file, line and column');
    assert.match(failed, 'expected a number');
    assert.match(failed, shown(current), 'the last good page is still served');
    await save(47316, 'in place');
    // The new site is served the moment the build swaps it in; the banner goes when the build has ended.
    const fixed = await waitForPage(page, (h) => h.includes(shown(47316)) && !h.includes('mpp-dev-errors'), 'the fixed value without the banner', log);
    assert.not.match(fixed, shown(current));
    // Every build of this session ran in the one builder process: a data change restarts nothing.
    const builders = new Set([...log().matchAll(/builder (\d+)/g)].map((m) => m[1]));
    assert.is(builders.size, 1, `one builder process for all rebuilds, found ${[...builders].join(', ')}`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
});

test('a change to the code starts a new builder; data, templates and styles are rebuilt in the running one', () => {
  for (const f of ['src/build.ts', 'src/charts/render.ts', 'scripts/build.ts', '.eleventy.js', 'package-lock.json']) {
    assert.ok(needsRestart(path.join(ROOT, f), ROOT), f);
  }
  for (const f of ['data/prognoses.csv', 'data/letters/2025/tweede-kamer.md', 'templates/site/editie.njk', 'templates/letters/letter.css', 'templates/site/assets/site.css']) {
    assert.not.ok(needsRestart(path.join(ROOT, f), ROOT), f);
  }
});

test.run();
