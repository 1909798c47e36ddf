/**
 * Reliability, round three (issue 24), the cases that need no build, browser or process: each test
 * states the attack and the answer expected (a located error, the same bytes, a refused option).
 * The cases that need a whole build, Chromium or a process are in test/slow/adversarial-round3.test.ts.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { appendFile, mkdtemp, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chartSpecs } from '../../src/charts/index.ts';
import { renderChart } from '../../src/charts/render.ts';
import { loadDataset } from '../../src/data/load.ts';
import { deriveModel } from '../../src/model/index.ts';
import { DataValidationError, formatError, MAX_REPORTED_ERRORS } from '../../src/errors.ts';
import { loadWrittenLetters } from '../../src/letters/written/load.ts';
import { describeFailure } from '../../src/runtime/failure.ts';
import * as message from '../../src/messages.ts';
import YAML from 'yaml';
import { bufferIo, invoke } from '../../src/cli/command.ts';
import { command as diffCommand } from '../../scripts/diff.ts';
import { checkOutputFolder, OUTPUT_MARKER, replaceFolder } from '../../src/runtime/output.ts';
import { OutputFolderError } from '../../src/errors.ts';
import { columnOf, DATA, lineOf, loadErrors, replaceIn, ROOT, scratchData } from '../support/helpers.ts';

/** Run `fn` with the process in time zone `tz` (Node reads TZ again when it is assigned). */
async function inZone<T>(tz: string, fn: () => Promise<T>): Promise<T> {
  const before = process.env.TZ;
  process.env.TZ = tz;
  try {
    return await fn();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

test('time zone: every chart with a tick on 1 January rendered west of UTC (Los Angeles) has the bytes it has east of UTC (Kiritimati): no year label a year early', async () => {
  const { data } = await loadDataset(DATA);
  const specs = chartSpecs(data, deriveModel(data));
  // 1 January 2024, 00:00 UTC is still 2023 in Los Angeles and already 2 p.m. in Kiritimati.
  const year = (tz: string) => inZone(tz, async () => new Date(Date.UTC(2024, 0, 1)).getFullYear());
  assert.equal([await year('America/Los_Angeles'), await year('Pacific/Kiritimati')], [2023, 2024], 'fixture: TZ is read at run time');
  // The charts with a tick at midnight UTC on 1 January: the ones a local-time axis labels a year early
  // west of UTC (a tick in mid-year, as on a chart of calendar years, keeps its year in any zone).
  const atNewYear = (spec: object) =>
    [...JSON.stringify(spec).matchAll(/"values":\[([^\]]*)\]/g)]
      .flatMap((m) => m[1]!.split(',').map(Number))
      .some((t) => Number.isFinite(t) && new Date(t).toISOString().slice(5) === '01-01T00:00:00.000Z');
  const picked = specs.filter((s) => atNewYear(s.variants.wide));
  assert.ok(picked.length >= 20, `fixture: charts with a tick on 1 January (${picked.length})`);
  let dated = 0;
  for (const s of picked) {
    const west = await inZone('America/Los_Angeles', () => renderChart(s.variants.wide, s.title));
    const east = await inZone('Pacific/Kiritimati', () => renderChart(s.variants.wide, s.title));
    assert.is(west.svg, east.svg, `${s.id}: the SVG depends on the time zone`);
    if (/20\d\d</.test(east.svg)) dated++;
  }
  assert.ok(dated >= 20, `fixture: charts labelled with years (${dated})`);
});

test('symlink: data/sources/x.txt → a secret outside data/ (as ../../.git/config), named as an excerpt, is a located error and is never read', async () => {
  const dir = await scratchData();
  const secret = path.join(await mkdtemp(path.join(os.tmpdir(), 'mpp-secret-')), 'config');
  await writeFile(secret, '[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0LXRva2Vu\n');
  const excerpt = 'cbs-statline-80059ned-2023.txt';
  await rm(path.join(dir, 'sources', excerpt));
  await symlink(path.relative(path.join(dir, 'sources'), secret), path.join(dir, 'sources', excerpt));
  // A linked table and a linked letters folder: the same answer.
  await rename(path.join(dir, 'costs.csv'), `${secret}.csv`);
  await symlink(`${secret}.csv`, path.join(dir, 'costs.csv'));
  await rename(path.join(dir, 'letters'), `${secret}-letters`);
  await symlink(`${secret}-letters`, path.join(dir, 'letters'));
  const errors = await loadErrors(dir);
  for (const f of [path.join('sources', excerpt), 'costs.csv', 'letters']) {
    const at = `${path.join(dir, f)}:1:1: a symbolic link`;
    assert.ok(errors.some((e) => e.startsWith(at)), `${at} …\n${errors.join('\n')}`);
  }
  assert.ok(errors.every((e) => !e.includes('c2VjcmV0') && !e.includes('extraheader')), 'nothing of the target is shown');
  assert.not.ok(errors.some((e) => e.includes('missing file')), 'a linked table is reported as a link, not as missing');
  const target = path.relative(path.join(dir, 'sources'), secret);
  assert.ok(errors.includes(`${path.join(dir, 'sources', excerpt)}:1:1: ${message.file.link(target)}`), 'the message names the target');
});

test('symlink: a link inside data/ that points inside data/ is refused too (a link is never the data)', async () => {
  const dir = await scratchData();
  await symlink('sources.csv', path.join(dir, 'sources', 'alias.txt'));
  const errors = await loadErrors(dir);
  assert.equal(errors, [`${path.join(dir, 'sources', 'alias.txt')}:1:1: ${message.file.link('sources.csv')}`]);
  // The data folder itself may be reached through a link (synth's --out, a scratch copy).
  const via = path.join(await mkdtemp(path.join(os.tmpdir(), 'mpp-via-')), 'data');
  const clean = await scratchData();
  await symlink(clean, via);
  assert.equal(await loadErrors(via), []);
  assert.ok((await readFile(path.join(via, 'sources.csv'), 'utf8')).length > 0);
});

test('npm run diff -- --visual site: the project\'s site folder, or any folder holding a built site, is refused (exit 2) and left as it was', async () => {
  const siteMarker = path.join(ROOT, 'site', OUTPUT_MARKER);
  const before = await readFile(siteMarker, 'utf8').catch(() => 'absent');
  for (const visual of ['site', path.join(ROOT, 'site'), './site/']) {
    const io = bufferIo(ROOT);
    const code = await invoke(diffCommand, ['--base-dir', 'data', '--head-dir', 'data', '--visual', visual], io);
    assert.is(code, 2, `--visual ${visual}: ${io.stderr}`);
    assert.match(io.stderr, message.output.isSite(path.join(ROOT, 'site')), `--visual ${visual}`);
  }
  assert.is(await readFile(siteMarker, 'utf8').catch(() => 'absent'), before, 'site/ untouched');

  // A built site elsewhere (its marker says so) is refused too; an earlier review folder is replaced.
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'mpp-kinds-'));
  const built = path.join(tmp, 'public');
  await replaceFolder(built, async (out) => out.write('index.html', '<!doctype html>'));
  const keep = { data: DATA, project: ROOT };
  assert.throws(() => checkOutputFolder(built, keep, { name: '--visual', example: 'diff-visual', kind: 'review' }),
    (e: unknown) => e instanceof OutputFolderError && e.message.includes(message.output.otherKind(OUTPUT_MARKER, 'site')));
  const io = bufferIo(tmp);
  assert.is(await invoke(diffCommand, ['--base-dir', DATA, '--head-dir', DATA, '--visual', built], io), 2, io.stderr);
  assert.is(await readFile(path.join(built, 'index.html'), 'utf8'), '<!doctype html>');
  const review = path.join(tmp, 'review');
  await replaceFolder(review, async (out) => out.write('index.html', 'review'), 'review');
  checkOutputFolder(review, keep, { name: '--visual', example: 'diff-visual', kind: 'review' });
  // and the other way round: a build does not replace a review page.
  assert.throws(() => checkOutputFolder(review, keep), (e: unknown) => e instanceof OutputFolderError && e.message.includes(message.output.otherKind(OUTPUT_MARKER, 'review')));
});

test('workflow: a failing pull request cannot publish the site, nor the job\'s token; artifacts hold only output folders', async () => {
  const doc = YAML.parse(await readFile(path.join(ROOT, '.github', 'workflows', 'pull-request.yml'), 'utf8'));
  const steps = (Object.values(doc.jobs) as { steps: Record<string, any>[] }[])[0]!.steps;
  const checkout = steps.find((s) => String(s.uses).startsWith('actions/checkout@'))!;
  assert.is(checkout.with['persist-credentials'], false, 'the token is not left in .git/config');
  const uploads = steps.filter((s) => String(s.uses).startsWith('actions/upload-artifact@'));
  const paths = (s: Record<string, any>) => String(s.with.path).split('\n').map((p) => p.trim()).filter(Boolean);
  const site = uploads.filter((s) => paths(s).some((p) => p.startsWith('site')));
  assert.is(site.length, 1, 'one step uploads the site');
  assert.equal(paths(site[0]!), ['site/'], 'the site upload holds the output folder only');
  // success(): every earlier step passed. A step with !cancelled() or always() would run after a failure.
  assert.ok(site[0]!.if === undefined || /^\$\{\{\s*success\(\)\s*\}\}$/.test(site[0]!.if), `site upload if: ${site[0]!.if}`);
  const index = (pred: (s: Record<string, any>) => boolean) => steps.findIndex(pred);
  assert.ok(index((s) => s.run === 'npm test') < steps.indexOf(site[0]!), 'the site is uploaded after the tests passed');
  assert.ok(steps.indexOf(site[0]!) < index((s) => s.id === 'diff'), 'before the diff, whose step runs also after a failure');
  for (const s of uploads) {
    assert.is(s.with['include-hidden-files'] ?? false, false, `${s.name}: no hidden files`);
    for (const p of paths(s)) assert.ok(['site/', 'diff-report.md', 'diff-visual/'].includes(p), `${s.name} uploads ${p}`);
  }
});

test('150.000 errors in one CSV: a located list of the first 1000 and a located count of the rest, no stack overflow (build and diff)', async () => {
  const dir = await scratchData();
  const file = path.join(dir, 'prognoses.csv');
  const first = (await readFile(file, 'utf8')).trimEnd().split('\n').length + 1;
  await appendFile(file, 'x\n'.repeat(150_000)); // each line one cell where the header has 16
  let error: unknown;
  try {
    await loadDataset(dir);
  } catch (e) {
    error = e;
  }
  assert.instance(error, DataValidationError, String(error));
  const e = error as DataValidationError;
  assert.is(e.total, 150_000);
  assert.is(e.errors.length, MAX_REPORTED_ERRORS + 1);
  assert.is(formatError(e.errors[0]!).split(': ')[0], `${file}:${first}:2`);
  const more = first + MAX_REPORTED_ERRORS;
  assert.is(formatError(e.errors.at(-1)!), `${file}:${more}:2: ${message.file.moreErrors(150_000 - MAX_REPORTED_ERRORS, MAX_REPORTED_ERRORS)}`);
  assert.match(message.file.moreErrors(1, MAX_REPORTED_ERRORS), 'at most 1000 errors', 'the message says the limit');
  const shown = describeFailure(e, { data: dir, out: 'site' })!;
  assert.match(shown, message.build.invalidData(dir, 150_000, 'site'));
  assert.is(shown.trimEnd().split('\n').length, 2 + MAX_REPORTED_ERRORS + 1);

  const io = bufferIo(ROOT);
  assert.is(await invoke(diffCommand, ['--base-dir', DATA, '--head-dir', dir], io), 1, io.stderr);
  assert.match(io.stdout, '150.000 fouten');
  assert.match(io.stdout, `${MAX_REPORTED_ERRORS} errors are reported per run`);
});

/** The line, value column and file of the MPP 2025 medio inflow for 2025 in a scratch copy. */
const MEDIO = ',2025,asylum-inflow-total,,medio,2025,47000,';
async function medioCell(dir: string, column = 'value') {
  return { file: path.join(dir, 'prognoses.csv'), line: await lineOf(dir, 'prognoses.csv', MEDIO), column: await columnOf(dir, 'prognoses.csv', column) };
}

test('a 400-digit integer (and anything beyond 15 digits) is a located error, not "ca. ∞"', async () => {
  const dir = await scratchData();
  const at = await medioCell(dir);
  const huge = '9'.repeat(400);
  await replaceIn(dir, 'prognoses.csv', MEDIO, MEDIO.replace('47000', huge));
  assert.equal(await loadErrors(dir), [`${at.file}:${at.line}:${at.column}: column "value", found "${huge}": ${message.cell.tooManyDigits(400, 15)}`]);
  assert.match(message.cell.tooManyDigits(16, 15), 'at most 15 digits', 'the message says the limit');
  // 2^53 + 1 has 16 digits and would round; 15 digits, leading zeros not counted, and a decimal are fine.
  for (const [value, ok] of [['9007199254740993', false], ['999999999999999', true], ['00000000000000047000', true], ['12345678901234.5', true], ['1234567890123.456', false]] as const) {
    const d = await scratchData();
    await replaceIn(d, 'prognoses.csv', MEDIO, MEDIO.replace('47000', value));
    const errors = await loadErrors(d);
    // (a changed medio can break the scenario order; only the digits rule matters here)
    assert.is(errors.some((e) => e.includes('digits')), !ok, `${value}: ${errors.join('\n')}`);
  }
});

test('NUL, BEL, ESC and other control characters in a text cell are a located error naming the column; shown escaped, never raw', async () => {
  const dir = await scratchData();
  const at = await medioCell(dir, 'note');
  const note = 'kleur \u001b[31mrood\u001b[0m bel\u0007 nul\u0000 c1\u009b';
  const text = await readFile(at.file, 'utf8');
  const lines = text.split('\n');
  lines[at.line - 1] = lines[at.line - 1]!.replace(/,"MPP 2025 \(""Het prognosemodel.*$/, `,"${note}"`);
  await writeFile(at.file, lines.join('\n'));
  const errors = await loadErrors(dir);
  assert.is(errors.length, 1, errors.join('\n'));
  assert.ok(errors[0]!.startsWith(`${at.file}:${at.line}:${at.column}: column "note", found "kleur \\u001b[31mrood`), errors[0]);
  assert.match(errors[0]!, message.cell.control(0x1b, 7));
  for (const e of errors) assert.not.match(e, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/, 'no control character printed raw');

  // The same data through npm run diff: the report lists the error, escaped.
  const io = bufferIo(ROOT);
  assert.is(await invoke(diffCommand, ['--base-dir', DATA, '--head-dir', dir], io), 1, io.stderr);
  assert.match(io.stdout, 'found "kleur \\u001b[31mrood');
  assert.not.match(io.stdout + io.stderr, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/, 'the diff report holds no control character');

  // A letter staff wrote: located at the character, never printed.
  const lt = await scratchData();
  const letter = path.join(lt, 'letters', '2025', 'tweede-kamer.md');
  const body = (await readFile(letter, 'utf8')).split('\n');
  const row = body.findIndex((l, i) => i > 10 && /^[A-Z]/.test(l));
  body[row] = `Dit\u001b[8m verborgen`;
  await writeFile(letter, body.join('\n'));
  const loaded = await loadDataset(lt);
  const letterErrors = await loadWrittenLetters(lt, loaded.data, deriveModel(loaded.data)).then(
    () => [],
    (e: DataValidationError) => e.errors.map(formatError),
  );
  assert.equal(letterErrors, [`${letter}:${row + 1}:4: ${message.letter.control(0x1b)}`]);

  // An excerpt is published as it is: a control character in it is located too.
  const ex = await scratchData();
  const excerpt = path.join(ex, 'sources', 'cbs-statline-80059ned-2023.txt');
  await writeFile(excerpt, `eerste regel\ntweede \u0007regel\n`);
  assert.equal(await loadErrors(ex), [`${excerpt}:2:8: ${message.file.control(7)}`]);
});

test('control characters in any text the diff report (Markdown or JSON) or a command message shows are escaped, never raw', async () => {
  const { renderJson } = await import('../../src/diff/markdown/index.ts');
  const json = renderJson({ note: 'a\u001b[31m b\u009b31m c\u007f' } as never);
  assert.not.match(json, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/, 'no raw control character in the JSON report');
  assert.equal(JSON.parse(json), { note: 'a\u001b[31m b\u009b31m c\u007f' }, 'and the JSON reads back the same');
  const { esc } = await import('../../src/diff/markdown/text.ts');
  assert.is(esc('a\u001b[2Jb\u0000'), 'a\\\\u001b\\[2Jb\\\\u0000');
  // A command's message quoting what was typed: `npm run diff -- --base $'\e[2J'`.
  const { describeError } = await import('../../src/cli/command.ts');
  const { UsageError } = await import('../../src/errors.ts');
  const said = describeError(diffCommand, new UsageError(message.diff.unknownRef('\u001b[2Jx')), false);
  assert.match(said, '"\\u001b[2Jx" is not a commit');
  assert.not.match(said, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  const { showControls } = await import('../../src/format/escape.ts');
  assert.is(showControls('x\u0007\ny\tz'), 'x\\u0007\\u000ay\\u0009z');
  assert.is(showControls('x\u0007\ny', { keepLineBreaks: true }), 'x\\u0007\ny');
});

test('a decimal comma in a comma-separated file is a located error; in a semicolon-separated file it is read', async () => {
  const dir = await scratchData();
  const at = await medioCell(dir);
  await replaceIn(dir, 'prognoses.csv', MEDIO, MEDIO.replace(',47000,', ',"47000,5",'));
  assert.equal(await loadErrors(dir), [`${at.file}:${at.line}:${at.column}: column "value", found "47000,5": ${message.cell.decimalComma('47000.5')}`]);
  // Thousands notation in quotes stays the ambiguity error, once.
  const t = await scratchData();
  await replaceIn(t, 'prognoses.csv', MEDIO, MEDIO.replace(',47000,', ',"47,000",'));
  const errors = await loadErrors(t);
  assert.is(errors.length, 1, errors.join('\n'));
  assert.match(errors[0]!, message.cell.thousands('47,000'));
  // Dutch Excel's form: semicolons and a decimal comma.
  const semi = await scratchData();
  const costs = path.join(semi, 'cost-scenarios.csv');
  const rows = (await import('papaparse')).default.parse<string[]>(await readFile(costs, 'utf8'), { skipEmptyLines: true }).data;
  const share = rows[0]!.indexOf('emergency_share');
  rows[1]![share] = `${rows[1]![share]},0`; // 100 as 100,0
  await writeFile(costs, rows.map((r) => r.map((c) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';')).join('\r\n') + '\r\n');
  assert.match(await readFile(costs, 'utf8'), ';100,0;', 'fixture: a decimal comma in a semicolon file');
  assert.equal(await loadErrors(semi), []);
});

test('an impossible date in a letter\'s front matter (date: 2024-04-31) is a located error, not "31 april 2024" printed and 1 May in the PDF', async () => {
  const dir = await scratchData();
  const file = path.join(dir, 'letters', '2024-I', 'gemeenten.md');
  const text = await readFile(file, 'utf8');
  const line = text.split('\n').findIndex((l) => l.startsWith('date: 2024-04-25')) + 1;
  await writeFile(file, text.replace('date: 2024-04-25', 'date: 2024-04-31'));
  const { data } = await loadDataset(dir);
  let error: unknown;
  try {
    await loadWrittenLetters(dir, data, deriveModel(data));
  } catch (e) {
    error = e;
  }
  assert.instance(error, DataValidationError, String(error));
  const errors = (error as DataValidationError).errors.map(formatError);
  assert.equal(errors, [`${file}:${line}:7: column "date", found "2024-04-31": ${message.letter.noSuchDate()}`]);
  // and in the CSV tables: a source dated 2024-02-30.
  const csv = await scratchData();
  const l = await lineOf(csv, 'sources.csv', 'tk-2024-04-05-asielketen,');
  await replaceIn(csv, 'sources.csv', ',2024-04-05,letter,', ',2024-02-30,letter,');
  // (the rows citing the source then name an unknown source; the date is the one error in sources.csv)
  const inSources = (await loadErrors(csv)).filter((e) => e.startsWith(path.join(csv, 'sources.csv')));
  assert.equal(inSources, [`${path.join(csv, 'sources.csv')}:${l}:4: column "date", found "2024-02-30": ${message.cell.noSuchDate()}`]);
});

test.run();
