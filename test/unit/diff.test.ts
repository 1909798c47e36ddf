/**
 * `npm run diff` on temporary git repositories with real commits: the shipped data set on main, a
 * change on a branch, the report read as a reviewer reads it (figures, signs, Dutch formatting,
 * derived consequences) and in its JSON form.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { DiffReport } from '../../src/diff/types.ts';
import { bufferIo, invoke } from '../../src/cli/command.ts';
import { command as diffCommand } from '../../scripts/diff.ts';
import { appendLine, columnOf, DATA, git, lineOf, replaceIn } from '../support/helpers.ts';
import { MEDIO_2025_QUOTE, SEED_2025, seedsWith } from '../support/seed-edits.ts';

const MINUS = '\u2212';

const repos: string[] = [];

/** A new repository with the shipped data committed on `branch` (main), and a work branch checked out. */
async function makeRepo(branch = 'main', opts: { withData?: boolean } = {}): Promise<string> {
  const repo = await mkdtemp(path.join(os.tmpdir(), 'mpp-diff-repo-'));
  repos.push(repo);
  await git(repo, 'init', '-q', '-b', branch);
  if (opts.withData ?? true) {
    await cp(DATA, path.join(repo, 'data'), { recursive: true });
  } else {
    await writeFile(path.join(repo, 'README.md'), 'before the data set\n');
  }
  await git(repo, 'add', '-A');
  await git(repo, 'commit', '-q', '-m', 'the data set');
  await git(repo, 'checkout', '-q', '-b', 'change');
  return repo;
}

async function commitAll(repo: string, message: string): Promise<void> {
  await git(repo, 'add', '-A');
  await git(repo, 'commit', '-q', '-m', message);
}

/** Run the diff command in this process with the repository as working directory, as `npm run diff` would on a checkout. */
async function diff(repo: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = bufferIo(repo);
  const code = await invoke(diffCommand, args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

async function diffJson(repo: string, ...args: string[]): Promise<{ code: number; report: DiffReport }> {
  const r = await diff(repo, ...args, '--format', 'json');
  return { code: r.code, report: JSON.parse(r.stdout) as DiffReport };
}

const TOTAL_2025_MEDIO = '2025,asylum-inflow-total,,medio,2025,47000,';

/**
 * Until the end of the test, the build's quote check reads a copy of the seed letters in which the
 * `added` sentences stand too: a changed figure must have a quote its source prints, and these tests
 * change figures as if a corrected letter said so.
 */
async function useSeeds(added: Record<string, string[]>): Promise<void> {
  const dir = await seedsWith(added);
  repos.push(dir);
  process.env.MPP_SEEDS = dir;
}

test.after.each(() => {
  delete process.env.MPP_SEEDS;
});

/** The part of a Markdown report under a `###` heading, up to the next one. */
function section(md: string, heading: string): string {
  const start = md.indexOf(`### ${heading}`);
  if (start < 0) return '';
  const next = md.indexOf('\n### ', start + 4);
  return md.slice(start, next < 0 ? undefined : next);
}

test.after(async () => {
  for (const r of repos) await rm(r, { recursive: true, force: true });
});

test('a changed value: old → new, absolute and relative change in Dutch, and the derived figures that move', async () => {
  const repo = await makeRepo();
  await replaceIn(path.join(repo, 'data'), 'prognoses.csv', TOTAL_2025_MEDIO, '2025,asylum-inflow-total,,medio,2025,48000,');
  const quote = MEDIO_2025_QUOTE.replace('47.000', '48.000');
  await replaceIn(path.join(repo, 'data'), 'prognoses.csv', MEDIO_2025_QUOTE, quote);
  await commitAll(repo, 'MPP 2025: medio 2025 total inflow 48000');

  await useSeeds({ [SEED_2025]: [quote] });
  const r = await diff(repo); // default base: the merge base with main
  assert.is(r.code, 0, r.stderr);
  const md = r.stdout;
  assert.ok(md.startsWith('<!-- mpp-diff-report -->\n'), 'the hidden marker comes first');
  assert.match(md, /Vergeleken: merge-base met main \(commit [0-9a-f]{12}\) → werkmap data/);
  assert.match(md, '**1 cijfer gewijzigd, 0 toegevoegd, 0 verwijderd** · edities: MPP 2025');

  const changed = section(md, 'Gewijzigde cijfers');
  assert.match(changed, '#### MPP 2025 · Totale asielinstroom');
  assert.match(changed, '| 2025 · medio | 47.000 → 48.000 | +1.000 | +2% | `tk-2025-mpp-2025` |');
  assert.is(section(md, 'Toegevoegde cijfers'), '');
  assert.is(section(md, 'Verwijderde cijfers'), '');

  const derived = section(md, 'Afgeleide cijfers die meeveranderen');
  assert.match(derived, `- MPP 2025 · Totale asielinstroom · 2025: medio 47.000 → 48.000 (+1.000)`);
  // The revision MPP 2024-II → MPP 2025 of the medio figure: 66.000 → 47.000 was −19.000, now −18.000.
  assert.match(
    derived,
    `- MPP 2025 · Totale asielinstroom · 2025 · medio: nieuw 47.000 → 48.000 (+1.000); verandering ${MINUS}19.000 → ${MINUS}18.000 (+1.000); relatief ${MINUS}28,8% → ${MINUS}27,3%`,
  );
  assert.match(derived, '- Totale asielinstroom · 2025 · MPP 2025: prognose 47.000 → 48.000 (+1.000)');
  // Charts are compared on their data table: the cell that moved.
  const charts = section(md, 'Grafieken');
  assert.match(charts, '(`edition-2025-asylum-inflow-total`)');
  assert.match(charts, '2025: medio 47.000 → 48.000');

  // The letter sentences that state the figure change with it (src/letters words them), only of the
  // letters the build prints, each naming its PDF: the generated draft to the municipalities (nobody
  // wrote one for MPP 2025), not the generated text of the Kamerbrief that staff wrote.
  const sentences = section(md, 'Zinnen in de brieven');
  assert.match(
    sentences,
    '- **MPP 2025** · brief aan gemeenten, gegenereerde tekst · instroom · `brieven/mpp-2025-gemeenten.pdf` (`2025/gemeenten/instroom/asylum-inflow-total-2025`)',
  );
  assert.match(sentences, 'uit op ca. **48.000**');
  assert.not.match(sentences, 'Kamerbrief, gegenereerde tekst');
  // The written Kamerbrief (data/letters/2025/tweede-kamer.md, read from main with git) prints the
  // figure through a reference: its paragraph changes, resolved with each side's own data.
  assert.match(
    sentences,
    '- **MPP 2025** · Kamerbrief · Asielinstroom minder hoog dan eerder geprognosticeerd · `brieven/mpp-2025-tweede-kamer.pdf` (`2025/tweede-kamer/geschreven/asielinstroom-minder-hoog-dan-eerder-geprognosticeerd/3`)',
  );
  assert.match(sentences, 'ca. 40.000 in het minimumscenario, **48.000** in het medioscenario');

  const again = await diff(repo, '--base', 'main');
  assert.is(again.stdout.replace(/^Vergeleken: .*$/m, ''), md.replace(/^Vergeleken: .*$/m, ''), 'deterministic output');
  assert.match(again.stdout, /Vergeleken: main \(commit [0-9a-f]{12}\)/);

  const { code, report } = await diffJson(repo);
  assert.is(code, 0);
  assert.ok(report.valid);
  assert.equal(report.summary!.editions, ['2025']);
  assert.is(report.summary!.figuresChanged, 1);
  const [c] = report.figures.changed;
  assert.equal([c!.old.value, c!.new.value, c!.change], [47000, 48000, 1000]);
  assert.is(Math.round(c!.relative! * 10000) / 10000, 0.0213);
  assert.is(c!.new.id, 'prognoses/mpp/2025/asylum-inflow-total//medio/2025/tk-2025-mpp-2025');
  assert.ok(report.derived.available);
  const revision = report.derived.available
    ? report.derived.changes.find((d) => d.table === 'revisions' && d.key.scenario === 'medio' && d.key.period === '2025')
    : undefined;
  assert.equal(revision?.key, { edition: '2025', indicator: 'asylum-inflow-total', region: null, period: '2025', scenario: 'medio' });
  assert.equal(
    revision?.cells.find((x) => x.column === 'change'),
    { column: 'change', old: -19000, new: -18000 },
  );
  assert.is(report.summary!.derivedChanged, report.derived.available ? report.derived.changes.length : -1);
  assert.ok(report.sentences.available, 'the letters stage is wired');
  const said = report.sentences.available ? report.sentences.changes : [];
  assert.equal([...new Set(said.map((x) => x.pdf))].sort(), ['brieven/mpp-2025-gemeenten.pdf', 'brieven/mpp-2025-tweede-kamer.pdf']);
  const inflow = said.find((x) => x.id === '2025/gemeenten/instroom/asylum-inflow-total-2025');
  assert.is(inflow?.status, 'changed');
  assert.match(inflow?.old ?? '', '47.000');
  assert.match(inflow?.new ?? '', '48.000');
  assert.ok(said.every((x) => x.edition === '2025'), 'only the letters of MPP 2025 change');
});

test('an added edition: its figures and the edition row added, its revisions and charts new', async () => {
  const repo = await makeRepo();
  const data = path.join(repo, 'data');
  // An edition's figures come from a document of its own date or later: the letter that sends it.
  await appendLine(data, 'sources.csv', 'tk-2026-mpp-2026,Kamerbrief MPP 2026 (test),Ministerie van Asiel en Migratie,2026-09-25,letter,,,,,,');
  await appendLine(data, 'editions.csv', '2026,MPP 2026,2026-09-25,minimum|mediaan|maximum,mediaan,tk-2026-mpp-2026,Test edition.');
  for (const [scenario, value] of [['minimum', 35000], ['mediaan', 42000], ['maximum', 50000]] as const) {
    await appendLine(data, 'prognoses.csv', `mpp,2026,asylum-inflow-total,,${scenario},2026,${value},,applications,,,tk-2026-mpp-2026,,p. 1,,`);
  }
  await commitAll(repo, 'MPP 2026');

  const { stdout: md, code } = await diff(repo, '--base', 'main');
  assert.is(code, 0);
  assert.match(md, '**0 cijfers gewijzigd, 3 toegevoegd, 0 verwijderd** · edities: MPP 2026');
  const added = section(md, 'Toegevoegde cijfers');
  assert.match(added, '#### MPP 2026 · Totale asielinstroom');
  // Each added figure with its evidence: source, location and quote (none given here).
  assert.match(added, '- **2026 · minimum**: 35.000\n  - bron `tk-2026-mpp-2026`, p. 1\n  - citaat: (leeg)\n');
  assert.match(added, '- **2026 · mediaan**: 42.000\n  - bron `tk-2026-mpp-2026`, p. 1\n');
  assert.match(section(md, 'Overige gegevens'), '- toegevoegd: `2026` MPP 2026');
  const derived = section(md, 'Afgeleide cijfers die meeveranderen');
  assert.match(derived, '- nieuw: MPP 2026 · Totale asielinstroom · 2026: minimum 35.000; mediaan 42.000; maximum 50.000; bandbreedte 15.000');
  // MPP 2026's mediaan is compared with MPP 2025's medio (51.000), the scenario switch stated.
  assert.match(
    derived,
    `- nieuw: MPP 2026 · Totale asielinstroom · 2026 · mediaan: vorige editie MPP 2025; vorig scenario medio; oud 51.000; nieuw 42.000; verandering ${MINUS}9.000; relatief ${MINUS}17,6%`,
  );
  const charts = section(md, 'Grafieken');
  assert.match(charts, '- nieuwe grafiek **Totale asielinstroom volgens MPP 2026** (`edition-2026-asylum-inflow-total`)');
  assert.match(charts, 'kolom erbij: MPP 2026');

  const { report } = await diffJson(repo, '--base', 'main');
  assert.equal(report.figures.added.map((f) => [f.edition, f.scenario, f.value]), [
    ['2026', 'minimum', 35000],
    ['2026', 'mediaan', 42000],
    ['2026', 'maximum', 50000],
  ]);
  assert.is(report.labels.editions['2026'], 'MPP 2026');
  assert.equal(report.tables.map((t) => [t.table, t.added.map((a) => a.id)]), [
    ['editions', ['editions/2026']],
    ['sources', ['sources/tk-2026-mpp-2026']],
  ]);
});

test('a removed row: listed as removed, and the derived figures that lose it', async () => {
  const repo = await makeRepo();
  const data = path.join(repo, 'data');
  const text = await readFile(path.join(data, 'prognoses.csv'), 'utf8');
  const kept = text.split('\n').filter((l) => !l.startsWith('mpp,2025,asylum-inflow-total,,maximum,2025,55300,'));
  assert.is(kept.length, text.split('\n').length - 1, 'fixture: one row removed');
  await writeFile(path.join(data, 'prognoses.csv'), kept.join('\n'));
  await commitAll(repo, 'remove a row');

  const { stdout: md, code } = await diff(repo);
  assert.is(code, 0);
  assert.match(md, '**0 cijfers gewijzigd, 0 toegevoegd, 1 verwijderd** · edities: MPP 2025');
  const removed = section(md, 'Verwijderde cijfers');
  assert.match(removed, '#### MPP 2025 · Totale asielinstroom');
  // The letter writes "ca." once before the three scenario figures; it holds for the maximum too.
  assert.match(removed, '| 2025 · maximum | ca. 55.300 | `tk-2025-mpp-2025` |');
  const derived = section(md, 'Afgeleide cijfers die meeveranderen');
  // The scenario table loses its maximum and with it the band (55.300 − 40.000).
  assert.match(derived, '- MPP 2025 · Totale asielinstroom · 2025: maximum 55.300 → –; bandbreedte 15.300 → –');
  assert.match(
    derived,
    `- vervallen: MPP 2025 · Totale asielinstroom · 2025 · maximum: vorige editie MPP 2024-II; vorig scenario maximum; oud 74.800; nieuw 55.300; verandering ${MINUS}19.500`,
  );

  const { report } = await diffJson(repo);
  assert.equal(report.figures.removed.map((f) => f.id), ['prognoses/mpp/2025/asylum-inflow-total//maximum/2025/tk-2025-mpp-2025']);
});

test('a changed source: read as the same figure with another source, not as removed and added', async () => {
  const repo = await makeRepo();
  const data = path.join(repo, 'data');
  await replaceIn(
    data,
    'realisations.csv',
    'asylum-inflow-first-amv,,2022,4200,,applications,ca.,,tk-2024-04-05-asielketen,,p. 3,',
    'asylum-inflow-first-amv,,2022,4200,,applications,ca.,,tk-2025-mpp-2025,,p. 4,',
  );
  await replaceIn(data, 'sources.csv', 'Kamerbrief actuele situatie asielketen en Oekraïense ontheemden', 'Kamerbrief asielketen');
  await commitAll(repo, 'source of a realisation');

  await useSeeds({ [SEED_2025]: ['tegenover ca. 4.200 in 2022'] });
  const { stdout: md, code } = await diff(repo);
  assert.is(code, 0);
  assert.match(md, '**0 cijfers gewijzigd, 0 toegevoegd, 0 verwijderd** · edities: geen');
  assert.match(md, 'Herkomst gewijzigd: 1 · overige rijen: 1 · uittreksels: 0 · afgeleide cijfers: 0');
  const prov = section(md, 'Herkomst gewijzigd (bron, vindplaats, citaat)');
  assert.match(
    prov,
    '- **Realisaties · Eerste asielaanvragen amv · 2022** (4.200): bron `tk-2024-04-05-asielketen` → `tk-2025-mpp-2025`; vindplaats “p. 3” → “p. 4”',
  );
  assert.match(
    section(md, 'Overige gegevens'),
    '- gewijzigd: `tk-2024-04-05-asielketen`: title “Kamerbrief actuele situatie asielketen en Oekraïense ontheemden” → “Kamerbrief asielketen”',
  );

  const { report } = await diffJson(repo);
  assert.equal(report.figures, { changed: [], added: [], removed: [] });
  assert.equal(report.provenance[0]!.fields, [
    { field: 'source', old: 'tk-2024-04-05-asielketen', new: 'tk-2025-mpp-2025' },
    { field: 'location', old: 'p. 3', new: 'p. 4' },
  ]);
});

test('an invalid change: the located error first, nothing else compared, exit code 1', async () => {
  const repo = await makeRepo();
  const data = path.join(repo, 'data');
  const line = await lineOf(data, 'prognoses.csv', TOTAL_2025_MEDIO);
  const column = await columnOf(data, 'prognoses.csv', 'value');
  await replaceIn(data, 'prognoses.csv', TOTAL_2025_MEDIO, '2025,asylum-inflow-total,,medio,2025,48.000,');
  await commitAll(repo, 'a value in Dutch notation');

  const r = await diff(repo);
  assert.is(r.code, 1);
  const md = r.stdout;
  const where = `data/prognoses.csv:${line}:${column}:`;
  assert.match(md, '**De nieuwe gegevens voldoen niet aan de controle: 1 fout.**');
  const body = md.slice(md.indexOf('\n\n', md.indexOf('Vergeleken:')));
  assert.ok(body.trimStart().startsWith('**De nieuwe gegevens voldoen niet'), 'the errors come first');
  assert.match(md, `${where} column "value", found "48.000": expected a number without thousands separators (write 48000)`);
  assert.not.match(md, '### Gewijzigde cijfers');

  const { code, report } = await diffJson(repo);
  assert.is(code, 1);
  assert.is(report.valid, false);
  assert.is(report.summary, null);
  assert.equal(
    report.errors.map((e) => [e.file, e.line, e.column, e.field]),
    [['data/prognoses.csv', line, column, 'value']],
  );
});

test('--base-dir compares two folders; within a group the largest relative change comes first', async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'mpp-diff-dirs-'));
  repos.push(root);
  const a = path.join(root, 'a');
  const b = path.join(root, 'b');
  for (const d of [a, b]) await cp(DATA, d, { recursive: true });
  await replaceIn(b, 'prognoses.csv', TOTAL_2025_MEDIO, '2025,asylum-inflow-total,,medio,2025,48000,');
  await replaceIn(b, 'prognoses.csv', '2025,asylum-inflow-total,,minimum,2025,40000,', '2025,asylum-inflow-total,,minimum,2025,44000,');
  await replaceIn(b, 'prognoses.csv', '2025,asylum-inflow-total,,maximum,2025,55300,', '2025,asylum-inflow-total,,maximum,2025,55400,');
  // Each row's quote says its new figure (the medio row's quote comes first, then the maximum row's).
  const quotes = [
    'Het prognosemodel laat voor 2025 een totale asielinstroom zien van ca. 44.000 in het minimumscenario',
    MEDIO_2025_QUOTE.replace('47.000', '48.000'),
    MEDIO_2025_QUOTE.replace('55.300', '55.400'),
  ];
  await replaceIn(b, 'prognoses.csv', 'zien van ca. 40.000 in het minimumscenario', 'zien van ca. 44.000 in het minimumscenario');
  await replaceIn(b, 'prognoses.csv', MEDIO_2025_QUOTE, quotes[1]!);
  await replaceIn(b, 'prognoses.csv', MEDIO_2025_QUOTE, quotes[2]!);

  await useSeeds({ [SEED_2025]: quotes });
  const r = await diff(root, '--base-dir', 'a', '--head-dir', 'b');
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, 'Vergeleken: map a → map b');
  const rows = section(r.stdout, 'Gewijzigde cijfers').split('\n').filter((l) => l.startsWith('| 2025'));
  assert.equal(rows, [
    '| 2025 · minimum | 40.000 → 44.000 | +4.000 | +10% | `tk-2025-mpp-2025` |',
    '| 2025 · medio | 47.000 → 48.000 | +1.000 | +2% | `tk-2025-mpp-2025` |',
    '| 2025 · maximum | 55.300 → 55.400 | +100 | +0,2% | `tk-2025-mpp-2025` |',
  ]);
});

test('a changed paragraph of a written letter: old and new, figures resolved on both sides, the changed words in bold', async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'mpp-diff-letter-'));
  repos.push(root);
  const a = path.join(root, 'a');
  const b = path.join(root, 'b');
  for (const d of [a, b]) await cp(DATA, d, { recursive: true });
  await replaceIn(b, 'letters/2025/tweede-kamer.md', 'De totale capaciteitsbehoefte stijgt naar', 'De totale capaciteitsbehoefte van het COA stijgt naar');
  const r = await diff(root, '--base-dir', 'a', '--head-dir', 'b');
  assert.is(r.code, 0, r.stderr);
  const sentences = section(r.stdout, 'Zinnen in de brieven');
  assert.match(sentences, '- **MPP 2025** · Kamerbrief · COA capaciteitsbehoefte · `brieven/mpp-2025-tweede-kamer.pdf` (`2025/tweede-kamer/geschreven/coa-capaciteitsbehoefte/2`)');
  // The reference prints 88.000 (MPP 2025, mediaan, 1 januari 2027) on both sides.
  assert.match(sentences, '  - oud: De totale capaciteitsbehoefte stijgt naar 88.000 opvangplekken op 1 januari 2027');
  assert.match(sentences, '  - nieuw: De totale capaciteitsbehoefte **van het COA** stijgt naar 88.000 opvangplekken op 1 januari 2027');
  assert.is(section(r.stdout, 'Gewijzigde cijfers'), '', 'no figure changed');
});

test('a repository from before the data set: everything counts as added, with a note', async () => {
  const repo = await makeRepo('main', { withData: false });
  await cp(DATA, path.join(repo, 'data'), { recursive: true });
  await commitAll(repo, 'add the data set');
  const { code, report } = await diffJson(repo);
  assert.is(code, 0);
  assert.match(report.baseNote ?? '', 'nog geen gegevens');
  assert.is(report.summary!.figuresRemoved, 0);
  assert.ok(report.summary!.figuresAdded > 100);
  assert.is(report.summary!.editions.length, 5);
});

test('an invalid old data set: compared on the rows that can be read, its errors located in the commit', async () => {
  const repo = await makeRepo();
  const data = path.join(repo, 'data');
  const line = await lineOf(data, 'prognoses.csv', TOTAL_2025_MEDIO);
  await replaceIn(data, 'prognoses.csv', TOTAL_2025_MEDIO, '2025,asylum-inflow-total,,medio,2025,47.000,');
  await git(repo, 'checkout', '-q', 'main');
  await commitAll(repo, 'a broken value on main');
  const broken = await git(repo, 'rev-parse', 'HEAD');
  await git(repo, 'checkout', '-q', '-b', 'fix');
  await replaceIn(data, 'prognoses.csv', '2025,asylum-inflow-total,,medio,2025,47.000,', TOTAL_2025_MEDIO);
  await commitAll(repo, 'fix it');

  const { code, report } = await diffJson(repo);
  assert.is(code, 0);
  assert.match(report.baseNote ?? '', 'de oude gegevens voldoen niet aan de controle');
  assert.equal(
    report.baseErrors.map((e) => `${e.file}:${e.line}:${e.column}`),
    [`${broken.slice(0, 12)}:data/prognoses.csv:${line}:7`],
  );
  assert.equal(report.figures.added.map((f) => f.value), [47000], 'the row the old data could not read counts as added');
  assert.is(report.derived.available, false);
  const { stdout } = await diff(repo);
  assert.match(stdout, '> **Let op:** de oude gegevens voldoen niet aan de controle.');
  assert.match(stdout, `${broken.slice(0, 12)}:data/prognoses.csv:${line}:7: column "value"`);
});

test('usage errors exit with 2 and say what to do', async () => {
  const repo = await makeRepo('trunk');
  const noMain = await diff(repo);
  assert.is(noMain.code, 2);
  assert.match(noMain.stderr, 'no branch "main" or "origin/main"');
  assert.match(noMain.stderr, '--base <git-ref>');
  assert.is((await diff(repo, '--base', 'trunk')).code, 0);
  const unknownRef = await diff(repo, '--base', 'no-such-branch');
  assert.is(unknownRef.code, 2);
  assert.match(unknownRef.stderr, '"no-such-branch" is not a commit');
  assert.is((await diff(repo, '--bogus')).code, 2);
  assert.is((await diff(repo, '--format', 'xml', '--base', 'trunk')).code, 2);
  assert.is((await diff(repo, '--base', 'trunk', '--base-dir', 'data')).code, 2);
  assert.is((await diff(repo, '--base', 'trunk', '--head-dir', 'nowhere')).code, 2);
});

test.run();
