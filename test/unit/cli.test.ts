/**
 * The command line of every command in scripts/, called in-process: a wrong option or argument is
 * one line naming the mistake and the usage line, exit 2, never a stack trace; invalid data exits 1
 * with the located errors; a fault in the program is one line and exit 3, its stack only with
 * --debug. (test/slow/cli-process.test.ts checks the same of the compiled commands as processes.)
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { bufferIo, type Command, defineCommand, invoke } from '../../src/cli/command.ts';
import { EXIT, FaultError } from '../../src/errors.ts';
import * as message from '../../src/messages.ts';
import { command as bench } from '../../scripts/bench.ts';
import { command as benchFloor } from '../../scripts/bench-floor.ts';
import { command as build } from '../../scripts/build.ts';
import { command as devBuild } from '../../scripts/dev-build.ts';
import { command as dev } from '../../scripts/dev.ts';
import { command as diff } from '../../scripts/diff.ts';
import { command as fontWidths } from '../../scripts/font-widths.ts';
import { command as letterDraft } from '../../scripts/letter-draft.ts';
import { command as synth } from '../../scripts/synth.ts';
import { replaceIn, ROOT, scratchData } from '../support/helpers.ts';

/** Every command a user or the build runs, as its file in scripts/ exports it. */
const COMMANDS = [build, dev, devBuild, diff, letterDraft, synth, bench, benchFloor, fontWidths] as unknown as Command[];

async function run(command: Command, argv: string[], cwd = ROOT) {
  const io = bufferIo(cwd);
  const code = await invoke(command, argv, io);
  return { code, out: io.stdout, err: io.stderr };
}

test('every command in scripts/ is in this list', async () => {
  const { readdir } = await import('node:fs/promises');
  const files = (await readdir(path.join(ROOT, 'scripts'))).filter((f) => f.endsWith('.ts')).sort();
  assert.is(files.length, COMMANDS.length, `scripts/ has ${files.join(', ')}`);
});

for (const command of COMMANDS as Command[]) {
  test(`${command.name}: an unknown option is one line and the usage, exit 2`, async () => {
    const r = await run(command, ['--frob']);
    assert.is(r.code, EXIT.usage);
    assert.is(r.err, `${command.name}: ${message.cli.unknownOption('--frob')}\n${message.cli.usage(command.usage)}\n`);
    assert.is(r.out, '');
  });

  test(`${command.name}: --help prints the usage and every option, exit 0`, async () => {
    const r = await run(command, ['--help']);
    assert.is(r.code, EXIT.ok);
    assert.ok(r.out.startsWith(message.cli.usage(command.usage)), r.out);
    for (const name of [...Object.keys(command.options), 'debug', 'help']) assert.ok(r.out.includes(`--${name}`), `--${name} in:\n${r.out}`);
  });
}

test('build --timings without its file: the option named, exit 2', async () => {
  const r = await run(build, ['--timings']);
  assert.is(r.code, EXIT.usage);
  assert.is(r.err.split('\n')[0], `build: ${message.cli.missingValue('--timings')}`);
  assert.not.match(r.err, /\n\s+at /, 'no stack trace');
});

test('an argument a command does not take, and one it lacks: exit 2', async () => {
  const extra = await run(build, ['site']);
  assert.is(extra.code, EXIT.usage);
  assert.is(extra.err.split('\n')[0], `build: ${message.cli.unexpectedArgument('site')}`);
  const missing = await run(letterDraft, ['2025']);
  assert.is(missing.code, EXIT.usage);
  assert.is(missing.err.split('\n')[0], `letter:draft: ${message.cli.missingArguments(letterDraft.positionals!)}`);
});

test('invalid data: the located errors, exit 1, and the build starts no browser for it', async () => {
  const dir = await scratchData();
  await replaceIn(dir, 'realisations.csv', ',35535,', ',35.535,');
  const out = await mkdtemp(path.join(os.tmpdir(), 'mpp-cli-'));
  // A cache with letters: the build then starts Chromium only once a letter must be printed.
  const cache = path.join(out, 'cache');
  await mkdir(path.join(cache, 'letters'), { recursive: true });
  const r = await run(build, ['--data', dir, '--out', path.join(out, 'site'), '--cache', cache]);
  assert.is(r.code, EXIT.data);
  assert.match(r.err, `realisations.csv:2:`);
  assert.match(r.err, message.cell.thousands('35.535'));
});

test('build without SITE_URL warns that the published addresses name the local server; with it, no warning', async () => {
  const dir = await scratchData();
  await replaceIn(dir, 'realisations.csv', ',35535,', ',35.535,'); // fails at loading: no site is built
  const out = await mkdtemp(path.join(os.tmpdir(), 'mpp-cli-'));
  const cache = path.join(out, 'cache'); // with letters in it, the build starts no browser before it loads the data
  await mkdir(path.join(cache, 'letters'), { recursive: true });
  const saved = process.env.SITE_URL;
  try {
    delete process.env.SITE_URL;
    const without = await run(build, ['--data', dir, '--out', path.join(out, 'site'), '--cache', cache]);
    assert.ok(without.err.includes(message.build.siteUrlMissing('http://127.0.0.1:8080/')), without.err);
    process.env.SITE_URL = 'https://mpp.example.nl/';
    const withUrl = await run(build, ['--data', dir, '--out', path.join(out, 'site'), '--cache', cache]);
    assert.not.ok(withUrl.err.includes('SITE_URL'), withUrl.err);
  } finally {
    if (saved === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = saved;
  }
});

test('a fault in the program: one line, exit 3; the stack only with --debug', async () => {
  const faulty = defineCommand({
    name: 'faulty',
    usage: 'faulty',
    summary: 'fails',
    options: {},
    async run() {
      const inner = new Error('ENOSPC: no space left on device');
      throw new FaultError('could not write site/index.html', { cause: inner });
    },
  }) as unknown as Command;
  const plain = await run(faulty, []);
  assert.is(plain.code, EXIT.fault);
  assert.is(plain.err, 'faulty: could not write site/index.html\n');
  const debug = await run(faulty, ['--debug']);
  assert.is(debug.code, EXIT.fault);
  assert.match(debug.err, /^faulty: could not write site\/index.html\n/);
  assert.match(debug.err, /\n\s+at /, 'the stack');
  assert.match(debug.err, /ENOSPC/, 'the cause and its stack');

  const bug = defineCommand({ name: 'bug', usage: 'bug', summary: 'a bug', options: {}, async run() { throw new TypeError("Cannot read properties of undefined (reading 'x')"); } }) as unknown as Command;
  const r = await run(bug, []);
  assert.is(r.code, EXIT.fault);
  assert.is(r.err, `bug: ${message.cli.fault("Cannot read properties of undefined (reading 'x')")}\n`);
});

test.run();
