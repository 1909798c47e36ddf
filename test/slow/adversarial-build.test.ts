/**
 * Whole builds under attack, as processes: killed with SIGKILL at several moments (the output is
 * the old or the new site, never a mix; no Chromium is left; the cache never makes a build differ),
 * hostile text in every kind of text field (inert in pages, letters and downloads), and git refs that
 * try to be commands. East of UTC (same bytes) is checked by the kill test, west by build.test.ts.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { execFile, spawn } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, readlink, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { bufferIo, invoke } from '../../src/cli/command.ts';
import { command as buildCommand } from '../../scripts/build.ts';
import { command as diffCommand } from '../../scripts/diff.ts';
import { filesBelow, fingerprint, ROOT, scratchData } from '../support/helpers.ts';
import { copySharedSite, sharedCache, sharedSite } from '../support/shared-site.ts';
import { setMedio2025, useEditedSeeds } from '../support/seed-edits.ts';

const run = promisify(execFile);

/** East of UTC, with a locale whose case rules and digits differ from English: Chatham (UTC+13:45 in January) in Turkish. */
const EAST = { TZ: 'Pacific/Chatham', LC_ALL: 'tr_TR.UTF-8', LANG: 'tr_TR.UTF-8', LANGUAGE: 'tr' };

/** The compiled command users run (`npm run build`), as a process: for what only a process shows (a kill, the environment it starts with). */
const BUILD = [path.join(ROOT, 'scripts', 'run.mjs'), 'build'];

async function build(data: string, out: string, extra: string[] = [], env: NodeJS.ProcessEnv = {}, cwd = ROOT) {
  try {
    const r = await run(process.execPath, [...BUILD, '--data', data, '--out', out, ...extra], {
      cwd,
      env: { ...process.env, CI: '1', ...env },
      maxBuffer: 16 << 20,
    });
    return { code: 0, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stderr: string };
    return { code: err.code, stderr: err.stderr };
  }
}

/**
 * PIDs of running Chromium processes started from `dir` (a Chromium's working directory is that of
 * the build that started it; the kill test starts its builds in a folder of its own): on a machine
 * where other checkouts run their own builds and tests at the same time, and while `npm test` runs
 * the other slow test files in a second process from this checkout, their browsers come and go and
 * are none of this test's business.
 * A zombie (state Z, "<defunct>") has exited and only waits to be reaped: where PID 1 does not reap
 * (a container without an init), a killed build's Chromium helpers stay listed as zombies, though
 * nothing runs.
 */
async function chromiums(dir: string): Promise<Set<number>> {
  const { stdout } = await run('ps', ['-eo', 'pid=,stat=,comm=']);
  const running = stdout
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter(([, stat, comm]) => /chrom/i.test(comm ?? '') && !(stat ?? '').startsWith('Z'))
    .map(([pid]) => Number(pid));
  // Without /proc (not Linux) every Chromium counts, as before.
  if (!existsSync('/proc/self/cwd')) return new Set(running);
  const root = realpathSync(dir);
  const ours = await Promise.all(running.map((pid) => readlink(`/proc/${pid}/cwd`).then((cwd) => cwd === root, () => false)));
  return new Set(running.filter((_, i) => ours[i]));
}

test('a build killed at any moment leaves the old or the new site, no Chromium, and a cache that changes nothing; nor does the time zone', async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'mpp-kill-'));
  const out = path.join(root, 'site');
  const cache = path.join(root, 'cache');
  // The working directory of every build this test starts: Chromiums running from it are theirs.
  const cwd = await mkdtemp(path.join(os.tmpdir(), 'mpp-kill-cwd-'));
  const changed = await scratchData();
  const prognoses = path.join(changed, 'prognoses.csv');
  await useEditedSeeds(); // the quote says 48.500 too, and a copy of the seeds prints it
  await writeFile(prognoses, setMedio2025(await readFile(prognoses, 'utf8'), 48500));

  // The old site: a copy of the shared build of the shipped data (no cache, real PDFs), which this
  // test may damage; the new one is built by the compiled command meanwhile, on the other core,
  // without a cache and east of UTC, in Chatham (UTC+13:45 on 1 January, so the two sides of a
  // year's first midnight differ by a day) with a Turkish locale: the build after the kills, made
  // here with the cache they left, must equal it, so neither the cache nor the clock may change a byte.
  assert.is.not(new Date('2025-01-01T00:00:00Z').getTimezoneOffset(), -825, 'this process is not in Chatham\'s zone');
  const fresh = path.join(root, 'fresh');
  const [shipped, freshBuild] = await Promise.all([sharedSite(), build(changed, fresh, ['--no-cache'], EAST, cwd)]);
  await copySharedSite(out);
  assert.is(await fingerprint(out), await fingerprint(shipped), 'the old site is the shipped build');
  const oldSite = await fingerprint(out);
  assert.is(freshBuild.code, 0);
  const newSite = await fingerprint(fresh);
  assert.is.not(oldSite, newSite);

  const before = await chromiums(cwd);
  for (const ms of [200, 900, 1800, 2700, 3600, 4500]) {
    const child = spawn(process.execPath, [...BUILD, '--data', changed, '--out', out, '--cache', cache], {
      cwd,
      env: { ...process.env, CI: '1' },
      stdio: 'ignore',
    });
    const exited = new Promise((r) => child.once('exit', r));
    await new Promise((r) => setTimeout(r, ms));
    child.kill('SIGKILL');
    await exited;
    await new Promise((r) => setTimeout(r, 500));
    const now = await fingerprint(out);
    // Killed between moving the old site aside and the new one in, there is briefly no site/: the
    // next build puts the old one back (checked below).
    assert.ok([oldSite, newSite, 'missing'].includes(now), `after a kill at ${ms} ms site/ is a mix`);
    // A Chromium on a pipe notices that its parent is gone and shuts down within moments.
    let left: number[] = [];
    for (let i = 0; i < 50; i++) {
      left = [...(await chromiums(cwd))].filter((p) => !before.has(p));
      if (left.length === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(left, [], `Chromium left running 5 s after a kill at ${ms} ms`);
  }
  assert.is((await build(changed, out, ['--cache', cache], {}, cwd)).code, 0, 'a build after the kills succeeds');
  assert.is(await fingerprint(out), newSite, 'with the cache the kills left, the build here equals the --no-cache build made east of UTC');
  assert.equal((await readdir(root)).sort(), ['cache', 'fresh', 'site'], 'no temporary folder is left behind');
  await rm(cwd, { recursive: true, force: true });
});

const HOSTILE = {
  html: '<script>alert(1)</script><img src=x onerror=alert(2)>',
  nunjucks: '{{ 7*7 }} {% raw %}',
  formula: '=HYPERLINK("http://example.invalid","x")',
};

test('hostile text in labels, titles, notes and quotes is inert in pages, letters and downloads', async () => {
  const data = await scratchData();
  const edit = async (file: string, mutate: (rows: Record<string, string>[]) => void) => {
    const full = path.join(data, file);
    const parsed = Papa.parse<Record<string, string>>(await readFile(full, 'utf8'), { header: true, skipEmptyLines: true });
    mutate(parsed.data);
    await writeFile(full, Papa.unparse(parsed.data, { columns: parsed.meta.fields, newline: '\n' }) + '\n');
  };
  const label = `Totale asielinstroom ${HOSTILE.html} ${HOSTILE.nunjucks}`;
  await edit('indicators.csv', (rows) => {
    rows.find((r) => r.id === 'asylum-inflow-total')!.label = label;
  });
  await edit('sources.csv', (rows) => {
    rows[0]!.title = `${HOSTILE.html} ${HOSTILE.nunjucks} ${rows[0]!.title}`;
  });
  await edit('prognoses.csv', (rows) => {
    const r = rows.find((x) => x.edition === '2025' && x.indicator === 'asylum-inflow-total' && x.scenario === 'medio' && x.period === '2025')!;
    r.note = HOSTILE.formula;
    r.location = `\t${HOSTILE.formula}`;
  });
  const root = await mkdtemp(path.join(os.tmpdir(), 'mpp-hostile-'));
  const out = path.join(root, 'site');
  // A copy of the cache the shared build filled, as .cache is on a checkout: what the hostile text
  // changes (every chart, page and letter that shows it) is made anew, keyed on its content.
  const cache = path.join(root, 'cache');
  await cp(await sharedCache(), cache, { recursive: true });
  // The build command in this process: what is tested is what it writes, not how a process starts.
  const io = bufferIo(ROOT);
  const result = { code: await invoke(buildCommand, ['--data', data, '--out', out, '--cache', cache], io), stderr: io.stderr };
  assert.is(result.code, 0, result.stderr);

  const all = await filesBelow(out);
  let labelShown = 0;
  for (const f of all.filter((f) => f.endsWith('.html'))) {
    const html = await readFile(path.join(out, f), 'utf8');
    assert.not.match(html, '<script>alert(1)', `${f}: the script tag is live`);
    assert.not.match(html, '<img src=x onerror', `${f}: the img tag is live`);
    if (html.includes('&lt;script&gt;alert(1)&lt;/script&gt;')) labelShown++;
    if (html.includes('Totale asielinstroom &lt;script')) assert.match(html, '{{ 7*7 }} {% raw %}', `${f}: template text was evaluated`);
  }
  assert.ok(labelShown > 3, `the hostile text is shown, escaped, on several pages (${labelShown})`);

  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const letter = all.find((f) => f.startsWith('brieven/') && f.endsWith('.pdf') && f.includes('2025'))!;
  const doc = await pdfjs.getDocument({ data: new Uint8Array(await readFile(path.join(out, letter))), useSystemFonts: false }).promise;
  let text = '';
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    text += content.items.map((i) => ('str' in i ? i.str : '')).join('') + '\n';
  }
  assert.match(text.replace(/\s+/g, ' '), '{{ 7*7 }}', `${letter}: the label is printed as text`);

  for (const f of all.filter((f) => f.endsWith('.csv'))) {
    const rows = Papa.parse<string[]>(await readFile(path.join(out, f), 'utf8'), { skipEmptyLines: true }).data;
    for (const [i, row] of rows.entries()) {
      for (const cell of row) {
        // A number is not a formula: written plainly, or with a decimal comma in the form for Dutch Excel.
        const number = f.startsWith('data/excel/') ? /^-?\d+(,\d+)?$/ : /^-?\d+(\.\d+)?(e-?\d+)?$/;
        if (/^[=+\-@\t\r]/.test(cell) && !number.test(cell)) {
          assert.unreachable(`${f} row ${i + 1}: a cell Excel would run as a formula: ${JSON.stringify(cell)}`);
        }
      }
    }
  }
  const downloaded = await readFile(path.join(out, 'data', 'prognoses.csv'), 'utf8');
  assert.match(downloaded, `'${HOSTILE.formula.replace(/"/g, '""')}`, 'the note is kept, neutralised');
});

test('npm run diff: refs that look like commands or options are refused as refs, and nothing runs', async () => {
  const repo = await mkdtemp(path.join(os.tmpdir(), 'mpp-diff-refs-'));
  const sh = (args: string[]) => run('git', args, { cwd: repo });
  await cp(path.join(ROOT, 'data'), path.join(repo, 'data'), { recursive: true });
  await sh(['init', '-q', '-b', 'main']);
  await sh(['add', 'data']);
  await sh(['-c', 'user.email=t@example.invalid', '-c', 'user.name=t', 'commit', '-q', '-m', 'data']);
  for (const ref of ['main;touch pwned', '$(touch pwned)', '`touch pwned`', '-x', '--output=pwned', 'main && touch pwned']) {
    // The diff command in this process, in the repository: a ref reaches git as an argument or not at all.
    const io = bufferIo(repo);
    const code = await invoke(diffCommand, ['--base', ref], io);
    const stderr = io.stderr;
    assert.is(code, 2, `--base ${ref}: exit ${code} ${stderr}`);
    assert.match(stderr, '--base', `--base ${ref}: ${stderr}`);
    assert.not.ok(existsSync(path.join(repo, 'pwned')), `--base ${ref} ran a command`);
  }
});

test.run();
