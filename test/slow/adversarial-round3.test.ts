/**
 * Reliability, round three (issue 24), the cases that need a whole build, Chromium or a process of
 * their own, each run compiled (`node scripts/run.mjs`) as users run it. Each test states the attack
 * and the answer expected: a located error with the old site kept, a save that reaches the page,
 * no page left open, a compiled folder rebuilt or kept. The odd clocks (the same bytes west and east
 * of UTC) are in build.test.ts and adversarial-build.test.ts, whose whole builds they reuse.
 * The build-free cases are in test/unit/hostile-round3.test.ts.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as message from '../../src/messages.ts';
import { filesBelow, fingerprint, ROOT, scratchData } from '../support/helpers.ts';
import { setMedio2025, useEditedSeeds } from '../support/seed-edits.ts';

const execFileAsync = promisify(execFile);

/** `node scripts/run.mjs <args>` in `cwd` (the project unless given); never throws. */
async function runCompiled(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const cwd = opts.cwd ?? ROOT;
  try {
    const r = await execFileAsync(process.execPath, [path.join(cwd, 'scripts', 'run.mjs'), ...args], {
      cwd,
      env: { ...process.env, CI: '1', ...opts.env },
      maxBuffer: 64 << 20,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Poll `check` until it gives a value (not undefined) or `ms` pass. */
async function until<T>(check: () => Promise<T | undefined> | T | undefined, what: string, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await wait(100);
  }
}

const root = mkdtemp(path.join(os.tmpdir(), 'mpp-round3-'));

// Odd clocks (the same bytes west and east of UTC) are compared where a whole build without a cache
// is made anyway: west in build.test.ts, east in adversarial-build.test.ts's kill test.

// ---------------------------------------------------------------------------------------------
// Hostile pull requests: a link under data/

test('symlink: a build whose data/sources/x.txt links to a secret outside data/ exits 1 with the located error, prints nothing of it, and keeps the previous site', async () => {
  const dir = await root;
  const previous = path.join(dir, 'west');
  const before = await fingerprint(previous);
  const data = await scratchData();
  const secret = path.join(dir, 'config');
  await writeFile(secret, '[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0LXRva2Vu\n');
  const excerpt = path.join(data, 'sources', 'cbs-statline-80059ned-2023.txt');
  await rm(excerpt);
  await symlink(secret, excerpt);
  const r = await runCompiled(['build', '--data', data, '--out', previous]);
  assert.is(r.code, 1, r.stderr);
  assert.match(r.stderr, `${excerpt}:1:1: ${message.file.link(secret)}`);
  assert.not.match(r.stdout + r.stderr, 'c2VjcmV0', 'nothing of the target is printed');
  assert.is(await fingerprint(previous), before, 'the previous site is left as it was');
});

// ---------------------------------------------------------------------------------------------
// Long dev sessions: one `npm run dev` for the save during the first build and the killed builder

interface Dev {
  child: ChildProcess;
  log: () => string;
  url: string;
  data: string;
}
let dev: Dev | undefined;

const PAGE = 'edities/2025/';

/** The page targets of the session's Chromium, read from its DevTools HTTP endpoint. */
async function chromiumPages(devPid: number): Promise<string[]> {
  const { stdout } = await execFileAsync('ps', ['-eo', 'pid=,ppid=,args=']);
  const line = stdout.split('\n').find((l) => {
    const [, ppid] = l.trim().split(/\s+/);
    return Number(ppid) === devPid && l.includes('--remote-debugging-port=0') && l.includes('--user-data-dir=');
  });
  if (!line) throw new Error('no shared Chromium under npm run dev');
  const profile = /--user-data-dir=(\S+)/.exec(line)![1]!;
  const port = (await readFile(path.join(profile, 'DevToolsActivePort'), 'utf8')).split('\n')[0]!.trim();
  const list = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { id: string; type: string }[];
  return list.filter((t) => t.type === 'page').map((t) => t.id).sort();
}

test('npm run dev: a CSV saved while the first build runs reaches the page (it was ignored: old value, no banner)', async () => {
  const data = await scratchData();
  const out = path.join(await root, 'dev-site');
  const file = path.join(data, 'prognoses.csv');
  const original = await readFile(file, 'utf8');
  assert.ok(original.includes(',47000,'), 'fixture: MPP 2025 medio total inflow 2025 is 47000');
  await useEditedSeeds(); // the saves below change a value with its quote
  const child = spawn(process.execPath, ['scripts/run.mjs', 'dev', '--data', data, '--out', out, '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, CI: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (c: Buffer) => (log += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (log += c.toString()));
  dev = { child, log: () => log, url: '', data };
  // Saved after the first build has read the data (its load phase is over) and before it ends.
  await until(() => (/^load\s+\d+ ms$/m.test(log) ? true : undefined), `the first build's load phase:\n${log}`);
  assert.not.match(log, 'serving http', 'fixture: the first build is still running');
  await writeFile(file, setMedio2025(original, 47311));
  dev.url = await until(() => /serving (http:\/\/127\.0\.0\.1:\d+\/) \(watching/.exec(log)?.[1], `npm run dev to serve:\n${log}`);
  const page = new URL(PAGE, dev.url).href;
  const html = await until(async () => {
    const h = await fetch(page).then((r) => r.text()).catch(() => '');
    return h.includes('47.311') ? h : undefined;
  }, `the saved value 47.311 on the page:\n${log}`);
  assert.not.match(html, '47.000');
  assert.not.match(html, 'mpp-dev-errors');
});

test('npm run dev: a builder killed with SIGKILL leaves no page open in the shared Chromium; the next builder opens its own', async () => {
  assert.ok(dev?.url, 'the dev session of the test before');
  const { child, log, data } = dev!;
  const perBuilder = os.availableParallelism(); // the builder keeps one page per core
  const before = await chromiumPages(child.pid!);
  const builder = Number([...log().matchAll(/builder (\d+)/g)].at(-1)![1]);
  process.kill(builder, 'SIGKILL');
  const after = await until(async () => {
    const pages = await chromiumPages(child.pid!);
    return pages.length === before.length - perBuilder ? pages : undefined;
  }, `the killed builder's ${perBuilder} pages to close (open: ${before.length})`, 10_000);
  assert.ok(after.every((p) => before.includes(p)), 'only pages closed');

  // The next save starts a new builder, with pages of its own: as many as one builder has.
  const file = path.join(data, 'prognoses.csv');
  await writeFile(file, setMedio2025(await readFile(file, 'utf8'), 47312));
  await until(async () => ((await fetch(new URL(PAGE, dev!.url)).then((r) => r.text()).catch(() => '')).includes('47.312') ? true : undefined), `47.312:\n${log()}`);
  assert.is((await chromiumPages(child.pid!)).length, after.length + perBuilder, 'pages of one builder, not of two');
});

test.after(async () => {
  if (!dev) return;
  dev.child.kill('SIGTERM');
  await new Promise((r) => (dev!.child.exitCode !== null ? r(null) : dev!.child.once('exit', r)));
});

// ---------------------------------------------------------------------------------------------
// The compiled-command cache dist/

/** A copy of the project's code (no dist/), with the project's node_modules. */
async function scratchProject(): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'mpp-dist-')), 'project');
  await mkdir(dir);
  for (const f of ['src', 'scripts', 'templates', 'data', '.eleventy.js', 'package.json', 'package-lock.json']) {
    await cp(path.join(ROOT, f), path.join(dir, f), { recursive: true });
  }
  await symlink(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

const compiledFolders = async (project: string) => (await readdir(path.join(project, 'dist'))).filter((d) => /^[0-9a-f]{16}$/.test(d)).sort();

test('dist/: a damaged compiled folder (a file emptied, a chunk deleted, the manifest missing, a file changed) is found and compiled again; a killed compile\'s leftovers go', async () => {
  const project = await scratchProject();
  const help = async () => {
    const r = await runCompiled(['build', '--help'], { cwd: project });
    assert.is(r.code, 0, r.stderr);
    assert.match(r.stdout, 'usage: npm run build');
  };
  await help();
  const [hash] = await compiledFolders(project);
  const dir = path.join(project, 'dist', hash!);
  const whole = await fingerprint(dir);
  const chunk = (await readdir(dir)).find((f) => /^chunk-.*\.js$/.test(f))!;
  // What a compile killed midway leaves (a process id that cannot be running) is cleared by the next compile.
  await mkdir(path.join(project, 'dist', '.tmp-4194305-1'));
  for (const damage of [
    () => truncate(path.join(dir, 'build.js'), 0),
    () => rm(path.join(dir, chunk)),
    () => rm(path.join(dir, '.complete.json')),
    () => appendFile(path.join(dir, 'build.js'), 'throw new Error("damaged");\n'),
  ]) {
    await damage();
    await help();
    assert.is(await fingerprint(dir), whole, `compiled again, whole (${damage.toString()})`);
  }
  assert.equal(await compiledFolders(project), [hash]);
  assert.not.ok(existsSync(path.join(project, 'dist', '.tmp-4194305-1')), 'a killed compile\'s folder is cleared');
});

test('dist/: a running build keeps its compiled folder while four newer ones are compiled, and finishes', async () => {
  const project = await scratchProject();
  const out = path.join(project, 'site');
  const child = spawn(process.execPath, ['scripts/run.mjs', 'build', '--out', out, '--cache', path.join(ROOT, '.cache')], {
    cwd: project,
    env: { ...process.env, CI: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  // As soon as the build has its compiled folder (moved into place whole), it is held still while
  // four newer folders are compiled.
  const hash = await until(async () => (await compiledFolders(project).catch(() => []))[0], 'the build to compile its folder');
  child.kill('SIGSTOP');
  try {
    for (let i = 1; i <= 4; i++) {
      await appendFile(path.join(project, 'src', 'errors.ts'), `// change ${i}\n`);
      const r = await runCompiled(['build', '--help'], { cwd: project });
      assert.is(r.code, 0, r.stderr);
    }
    const folders = await compiledFolders(project);
    assert.is(folders.length, 5, `four newer folders and the build's: ${folders.join(', ')}`);
    assert.ok(folders.includes(hash), 'the running build\'s folder is kept');
  } finally {
    child.kill('SIGCONT');
  }
  assert.is(await exited, 0, stderr);
  assert.ok(existsSync(path.join(out, 'index.html')), 'the build finished');
  // Once the build has ended its folder is no longer held: the next compile keeps the newest four.
  await appendFile(path.join(project, 'src', 'errors.ts'), '// change 5\n');
  assert.is((await runCompiled(['build', '--help'], { cwd: project })).code, 0);
  const left = await compiledFolders(project);
  assert.is(left.length, 4, left.join(', '));
  assert.not.ok(left.includes(hash));
});

test.run();
