/**
 * The commands as users start them (`npm run <name>` runs `node scripts/run.mjs <file>`, the
 * compiled command): what reaches the terminal and the exit code. A wrong option: one line and the
 * usage, exit 2. A fault (here: $CHROME_PATH names no file): one line, exit 3, the stack only with
 * --debug. Invalid data: the located errors, exit 1. (test/unit/cli.test.ts checks every command
 * in-process; this checks that the process answers the same.)
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { EXIT } from '../../src/errors.ts';
import * as message from '../../src/messages.ts';
import { replaceIn, ROOT, scratchData } from '../support/helpers.ts';

function run(file: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, 'scripts', 'run.mjs'), file, ...args], { cwd: ROOT, env: { ...process.env, ...env } }, (e, out, err) =>
      resolve({ code: e ? Number((e as { code?: number }).code ?? 1) : 0, out, err }),
    );
  });
}

/** The npm scripts' command files and the names their messages use. */
const COMMANDS: [file: string, name: string][] = [
  ['build', 'build'],
  ['dev', 'dev'],
  ['diff', 'diff'],
  ['letter-draft', 'letter:draft'],
  ['synth', 'synth'],
  ['bench', 'bench'],
];

test('every npm command answers an unknown option with one line and its usage, exit 2', async () => {
  const results = await Promise.all(COMMANDS.map(async ([file, name]) => ({ name, ...(await run(file, ['--frob'])) })));
  for (const r of results) {
    assert.is(r.code, EXIT.usage, `${r.name}: ${r.err}`);
    const lines = r.err.trimEnd().split('\n');
    assert.is(lines.length, 2, `${r.name}: ${r.err}`);
    assert.is(lines[0], `${r.name}: ${message.cli.unknownOption('--frob')}`);
    assert.match(lines[1]!, /^usage: npm run /);
  }
});

test('a fault: one line and exit 3, and only once the data is checked; with --debug the stack too', async () => {
  const out = await mkdtemp(path.join(os.tmpdir(), 'mpp-fault-'));
  const missing = path.join(out, 'no-chromium-here');
  const args = ['--out', path.join(out, 'site'), '--no-cache'];
  const plain = await run('build', args, { CHROME_PATH: missing });
  assert.is(plain.code, EXIT.fault, plain.err);
  const line = plain.err.trimEnd().split('\n').filter((l) => l.startsWith('build: '));
  assert.is(line.length, 1, plain.err);
  assert.ok(line[0]!.includes(message.browser.pathMissing('CHROME_PATH', missing)), plain.err);
  assert.not.match(plain.err, /\n\s+at /, 'no stack trace without --debug');
  const debug = await run('build', [...args, '--debug'], { CHROME_PATH: missing });
  assert.is(debug.code, EXIT.fault);
  assert.match(debug.err, /\n\s+at /, 'the stack with --debug');
  // The data is checked before the missing browser is reported: invalid data says so, exit 1.
  const bad = await scratchData();
  await replaceIn(bad, 'realisations.csv', ',35535,', ',35.535,');
  const both = await run('build', ['--data', bad, ...args], { CHROME_PATH: missing });
  assert.is(both.code, EXIT.data, both.err);
  assert.match(both.err, 'realisations.csv:2:4: column "value"');
  assert.not.match(both.err, 'CHROME_PATH');
});

test('invalid data: the located errors and exit 1', async () => {
  const dir = await scratchData();
  await replaceIn(dir, 'realisations.csv', ',35535,', ',35.535,');
  const out = await mkdtemp(path.join(os.tmpdir(), 'mpp-data-error-'));
  // A cache with letters: the build starts Chromium only once a letter must be printed, which invalid data never reaches.
  await mkdir(path.join(out, 'cache', 'letters'), { recursive: true });
  const r = await run('build', ['--data', dir, '--out', path.join(out, 'site'), '--cache', path.join(out, 'cache')]);
  assert.is(r.code, EXIT.data, r.err);
  assert.match(r.err, `realisations.csv:2:4: column "value", found "35.535": ${message.cell.thousands('35.535')}`);
});

test.run();
