/**
 * Input as it arrives from real editors and careless or hostile hands: other encodings, mixed line
 * ends, links that would run script, output folders that would eat the project. Each case asserts
 * the located message (or that the data reads right) as an analyst would check it.
 */
import { test } from 'uvu';
import Papa from 'papaparse';
import * as assert from 'uvu/assert';
import { mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadDataset } from '../../src/data/load.ts';
import { OutputFolderError } from '../../src/errors.ts';
import { checkOutputFolder, recoverInterrupted } from '../../src/runtime/output.ts';
import { spawnSync } from 'node:child_process';
import { bufferIo, invoke } from '../../src/cli/command.ts';
import * as message from '../../src/messages.ts';
import { command as synthCommand } from '../../scripts/synth.ts';
import { existsSync } from 'node:fs';
import { columnOf, DATA, lineOf, loadErrors, ROOT, scratchData } from '../support/helpers.ts';

/** Text as Windows-1252 bytes (what "CSV" in older Excel writes); fails on a character it cannot hold. */
function windows1252(text: string): Buffer {
  const high = new Map<string, number>();
  for (let b = 0x80; b <= 0x9f; b++) high.set(new TextDecoder('windows-1252').decode(Uint8Array.of(b)), b);
  return Buffer.from(
    [...text].map((c) => {
      const code = c.codePointAt(0)!;
      const byte = high.get(c) ?? (code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : undefined);
      if (byte === undefined) throw new Error(`fixture: ${c} has no Windows-1252 byte`);
      return byte;
    }),
  );
}

test('a Windows-1252 file (older Excel) is read as such, with a notice, and "ï" stays "ï"', async () => {
  const dir = await scratchData();
  const file = path.join(dir, 'indicators.csv');
  const text = await readFile(file, 'utf8');
  assert.ok(text.includes('Oekraïense'), 'fixture: the indicators name Oekraïense ontheemden');
  await writeFile(file, windows1252(text));
  const { data, notices } = await loadDataset(dir);
  assert.ok(data.indicators.some((i) => i.label.includes('Oekraïense')), 'ï decoded as ï');
  assert.is(notices.length, 1);
  assert.match(notices[0]!, 'indicators.csv');
  assert.match(notices[0]!, 'windows-1252');
});

test('a file that is neither UTF-8 nor Windows-1252 is refused at the byte, not garbled', async () => {
  const dir = await scratchData();
  const line = await lineOf(dir, 'sources.csv', 'tk-2025-mpp-2025');
  const file = path.join(dir, 'sources.csv');
  const bytes = await readFile(file);
  const at = bytes.indexOf('\ntk-2025-mpp-2025') + 1;
  // 0x81 is no UTF-8 lead byte and is left undefined by Windows-1252.
  await writeFile(file, Buffer.concat([bytes.subarray(0, at), Buffer.from([0x81]), bytes.subarray(at)]));
  const errors = await loadErrors(dir);
  assert.ok(errors.some((e) => e.startsWith(`${path.join(dir, 'sources.csv')}:${line}:1:`) && e.includes('neither UTF-8 nor Windows-1252')), errors.join('\n'));
});

test('a file mixing UTF-8 and Windows-1252 is refused at the first foreign byte', async () => {
  const dir = await scratchData();
  const file = path.join(dir, 'indicators.csv');
  const text = await readFile(file, 'utf8');
  const lines = text.split('\n');
  const last = lines.length - 1; // the empty string after the final newline
  const foreign = Buffer.from('x-mixed,Caf\u00e9,persons,\n', 'latin1');
  await writeFile(file, Buffer.concat([Buffer.from(text, 'utf8'), foreign]));
  const errors = await loadErrors(dir);
  assert.ok(
    errors.some((e) => e.startsWith(`${path.join(dir, 'indicators.csv')}:${last + 1}:12:`) && e.includes('mixes UTF-8')),
    errors.join('\n'),
  );
});

test('a UTF-16 file is refused with a message that says how to save it', async () => {
  const dir = await scratchData();
  const file = path.join(dir, 'costs.csv');
  const text = await readFile(file, 'utf8');
  await writeFile(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  const errors = await loadErrors(dir);
  assert.ok(errors.some((e) => e.includes('costs.csv:1:1:') && e.includes('UTF-16')), errors.join('\n'));
});

test('one CRLF line in an LF file reads like the others; an error on it names that line', async () => {
  const dir = await scratchData();
  const line = await lineOf(dir, 'prognoses.csv', ',47000,');
  const file = path.join(dir, 'prognoses.csv');
  const lines = (await readFile(file, 'utf8')).split('\n');
  lines[line - 1] = lines[line - 1] + '\r';
  await writeFile(file, lines.join('\n'));
  const { data } = await loadDataset(dir);
  const shipped = (await loadDataset(DATA)).data;
  assert.is(data.prognoses.length, shipped.prognoses.length);
  assert.ok(data.prognoses.some((p) => p.value === 47000 && p.edition === '2025'));

  lines[line - 1] = lines[line - 1]!.replace(',47000,', ',veel,');
  await writeFile(file, lines.join('\n'));
  const errors = await loadErrors(dir);
  assert.is(errors.length, 1, errors.join('\n'));
  assert.match(errors[0]!, `prognoses.csv:${line}:`);
  assert.match(errors[0]!, 'expected a number');
});

test('a javascript: or data: URL in sources.csv is a located error; https is fine', async () => {
  for (const bad of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'JaVaScRiPt:alert(1)', 'ftp://example.org/x', '//example.org']) {
    const dir = await scratchData();
    const file = path.join(dir, 'sources.csv');
    const rows = Papa.parse<string[]>(await readFile(file, 'utf8'), { skipEmptyLines: true }).data;
    const urlCol = rows[0]!.indexOf('url');
    rows[1]![urlCol] = bad;
    await writeFile(file, Papa.unparse(rows, { newline: '\n' }) + '\n');
    const errors = await loadErrors(dir);
    assert.ok(
      errors.some((e) => e.startsWith(`${file}:2:${urlCol + 1}:`) && e.includes('https://')),
      `${bad}: ${errors.join('\n')}`,
    );
  }
});

test('the output folder cannot be the data, the project, a folder holding them or a git repository', async () => {
  const keep = { data: DATA, project: ROOT };
  const refuse = (target: string, why: string) => {
    try {
      checkOutputFolder(target, keep);
    } catch (e) {
      assert.instance(e, OutputFolderError);
      assert.match((e as Error).message, why);
      return;
    }
    assert.unreachable(`${target} was accepted`);
  };
  refuse(DATA, 'data folder');
  refuse(path.join(DATA, 'site'), 'inside the data folder');
  refuse(ROOT, 'the project');
  refuse(path.dirname(ROOT), 'the project');
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'mpp-out-'));
  await symlink(DATA, path.join(tmp, 'link-to-data'));
  refuse(path.join(tmp, 'link-to-data'), 'data folder');
  await mkdir(path.join(tmp, 'repo', '.git'), { recursive: true });
  refuse(path.join(tmp, 'repo'), 'git repository');
  await mkdir(path.join(tmp, 'notes'));
  await writeFile(path.join(tmp, 'notes', 'todo.txt'), 'mine');
  refuse(path.join(tmp, 'notes'), 'not a previous build output');
  // A new folder, an empty one and a previous build are fine.
  checkOutputFolder(path.join(tmp, 'new', 'site'), keep);
  await mkdir(path.join(tmp, 'empty'));
  checkOutputFolder(path.join(tmp, 'empty'), keep);
  await mkdir(path.join(tmp, 'old-site'));
  await writeFile(path.join(tmp, 'old-site', '.mpp-build-output'), '');
  await writeFile(path.join(tmp, 'old-site', 'index.html'), '<!doctype html>');
  checkOutputFolder(path.join(tmp, 'old-site'), keep);
});

test('after a build killed mid-swap the previous output is put back, and stale temporary folders go', async () => {
  const dead = spawnSync(process.execPath, ['-e', '0']).pid!; // a process id that has ended
  const parent = await mkdtemp(path.join(os.tmpdir(), 'mpp-recover-'));
  const oldSite = path.join(parent, `.site.tmp-${dead}-aaaaaa.old`);
  await mkdir(oldSite);
  await writeFile(path.join(oldSite, 'index.html'), 'old');
  await mkdir(path.join(parent, `.site.tmp-${dead}-aaaaaa`));
  await mkdir(path.join(parent, `.site.tmp-${dead}-bbbbbb`));
  const running = path.join(parent, `.site.tmp-${process.pid}-cccccc`);
  await mkdir(running);
  await recoverInterrupted(path.join(parent, 'site'));
  assert.is(await readFile(path.join(parent, 'site', 'index.html'), 'utf8'), 'old');
  assert.equal((await readdir(parent)).sort(), [`.site.tmp-${process.pid}-cccccc`, 'site'], 'a running build keeps its folder');
  assert.ok(existsSync(running));
});

test('numbers a spreadsheet or a hand may write are refused with the expected form', async () => {
  for (const bad of ['1e5', 'Infinity', 'NaN', '0x10', '٤٧٠٠٠', '47 000', '+47000', '47000-', '4,7,0']) {
    const dir = await scratchData();
    const line = await lineOf(dir, 'prognoses.csv', ',47000,');
    const column = await columnOf(dir, 'prognoses.csv', 'value');
    const file = path.join(dir, 'prognoses.csv');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(',47000,', `,"${bad}",`));
    const errors = await loadErrors(dir);
    assert.ok(
      errors.some((e) => e.includes(`prognoses.csv:${line}:${column}:`) && /expected a number/.test(e)),
      `${JSON.stringify(bad)}: ${errors.join('\n')}`,
    );
  }
});

test('the synthetic generator never writes into data/, also through a symlink or from another folder', async () => {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'mpp-synth-'));
  await symlink(DATA, path.join(tmp, 'data-link'));
  const before = await readdir(DATA);
  // From the project, through a symlink; from another folder, by the data folder's own path.
  for (const [cwd, out] of [[ROOT, path.join(tmp, 'data-link')], [tmp, DATA], [tmp, path.relative(tmp, DATA)]] as const) {
    const io = bufferIo(cwd);
    assert.is(await invoke(synthCommand, ['--scale', '1', '--out', out], io), 2, `${cwd} → ${out}`);
    assert.match(io.stderr, message.synth.intoData(path.resolve(cwd, out)).split(':')[0]!);
  }
  assert.equal(await readdir(DATA), before);
  // Elsewhere it writes, and says where.
  const io = bufferIo(tmp);
  assert.is(await invoke(synthCommand, ['--out', 'synthetisch'], io), 0, io.stderr);
  assert.match(io.stdout, path.join(tmp, 'synthetisch'));
  assert.ok(existsSync(path.join(tmp, 'synthetisch', 'prognoses.csv')));
});

test.run();
