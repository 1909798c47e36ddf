/**
 * The drill of a new MPP edition (issue 23, point 8), as an analyst and a letter writer do it, in a
 * temporary git repository: the data set as it stood before MPP 2025 (test/support/new-edition.ts:
 * the shipped data without the MPP 2025 letter's rows and the news release of the Staat van Migratie
 * 2025), then
 *
 *   1. add the edition, its sources, its rows and the release's excerpt; `build` (a mistyped value, a
 *      band of scenarios filed as a range and a forgotten excerpt are located errors, all at once; the
 *      quote check runs in the build);
 *   2. fix them; `letter:draft` both letters; `build` (the unedited drafts build and are printed
 *      marked "Concept", unsigned);
 *   3. write the Kamerbrief (the real letter of 26 September 2025, typed with the seed's numbers first);
 *      `build` (a typed figure, a mistyped one and an unclosed reference are located errors; the
 *      previous site stays);
 *   4. fix them; `build` (the PDF prints the sentence; the edition page shows what changed);
 *   5. commit; `diff` (the evidence of every added figure, the new excerpt, the sources that disagree,
 *      the letter sentences of the PDFs the build prints).
 *
 * Every command is the one a user runs, called in-process (src/cli/command.ts `invoke`). Every figure
 * is a real one: the rows added are the shipped lines, the letter is the shipped letter.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { appendFile, copyFile, cp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { bufferIo, invoke, type Command } from '../../src/cli/command.ts';
import { EXIT } from '../../src/errors.ts';
import { displayPath } from '../../src/data/load.ts';
import { command as buildCommand } from '../../scripts/build.ts';
import { command as diffCommand } from '../../scripts/diff.ts';
import { command as draftCommand } from '../../scripts/letter-draft.ts';
import { columnOf, DATA, fingerprint, git, lineOf } from '../support/helpers.ts';
import { visibleText } from '../support/html.ts';
import { sharedCache } from '../support/shared-site.ts';
import { NEW_EDITION, NEW_SOURCES, repositoryBeforeEdition, type AddedRows, type Additions } from '../support/new-edition.ts';

let repo: string;
let data: string;
let additions: Additions;
let rows: AddedRows;
let excerpts: string[];
/** The site the analyst builds into, and the cache the builds share. */
let site: string;
let cache: string;

/** Every command a user typed, in order: the closing note counts them. */
const typed: string[] = [];

async function run(command: Command, argv: string[]) {
  typed.push(`${command.name} ${argv.join(' ')}`);
  const io = bufferIo(repo);
  const code = await invoke(command, argv, io);
  return { code, out: io.stdout, err: io.stderr };
}
const build = () => run(buildCommand, ['--data', 'data', '--out', site, '--cache', cache]);

/** Where a cell stands, as the build names it: `file:line:column` of `column` in the first line holding `needle`. */
async function locate(file: string, needle: string, column: string): Promise<string> {
  return `${displayPath(path.join(data, file))}:${await lineOf(data, file, needle)}:${await columnOf(data, file, column)}`;
}

const MEDIO_2025 = 'mpp,2025,asylum-inflow-total,,medio,2025,47000,';
const TK_LETTER = path.join('letters', NEW_EDITION, 'tweede-kamer.md');
const TK_PDF = `brieven/mpp-${NEW_EDITION}-tweede-kamer.pdf`;

/** The added rows that are figures (not the edition or its sources), by column. */
const figureRows = () => [...rows].filter(([t]) => t !== 'editions.csv' && t !== 'sources.csv').flatMap(([, r]) => r);
/** A source's title as sources.csv gives it. */
const titleOf = (id: string) => rows.get('sources.csv')!.find((r) => r.id === id)!.title!;

/** A printed letter's text (spaces collapsed) and its PDF subject. */
async function pdfText(pdf: string): Promise<{ text: string; subject: string }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(await readFile(path.join(site, pdf))), verbosity: 0 }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    text += (await (await doc.getPage(n)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ') + '\n';
  }
  const info = (await doc.getMetadata()).info as { Subject?: string };
  return { text: text.replace(/\s+/g, ' '), subject: info.Subject ?? '' };
}

test.before(async () => {
  ({ repo, data, additions, rows, excerpts } = await repositoryBeforeEdition());
  site = path.join(repo, 'site');
  cache = path.join(repo, '.cache');
  await writeFile(path.join(repo, '.gitignore'), 'site/\n.cache/\n');
  // The cache the shared build of the shipped data left, as a checkout's .cache holds it after a
  // build: the charts and letters this drill ends with are the shipped ones.
  await cp(await sharedCache(), cache, { recursive: true });
});

test.after(async () => {
  if (process.env.MPP_KEEP_DRILL) return console.log(`drill repository kept: ${repo}`);
  if (repo) await rm(repo, { recursive: true, force: true });
});

/**
 * The analyst's misreading of "ca. 40.000 in het minimumscenario, 47.000 in het medioscenario en
 * 55.300 in het maximumscenario" as one range: the minimum row with the maximum as its high end.
 */
function bandAsRange(): string {
  const minimum = rows
    .get('prognoses.csv')!
    .find((r) => r.edition === NEW_EDITION && r.indicator === 'asylum-inflow-total' && r.region === '' && r.scenario === 'minimum' && r.period === '2025')!;
  return Papa.unparse([Object.values({ ...minimum, scenario: 'point', value_high: '55300' })]);
}

test('1. the rows of the new edition, with a mistyped value, a band filed as a range and a forgotten excerpt: all located at once, exit 1', async () => {
  assert.equal(excerpts, ['rijksoverheid-2025-07-04-migratie-naar-nederland-opnieuw-gedaald.txt']);
  for (const [table, lines] of additions) {
    // The analyst types 4700 for the medio 47.000 of 2025 (seed 001: "47.000 in het medioscenario").
    let text = lines.join('\n').replace(MEDIO_2025, MEDIO_2025.replace('47000', '4700'));
    if (table === 'prognoses.csv') text += '\n' + bandAsRange();
    await appendFile(path.join(data, table), text + '\n');
  }
  const r = await build();
  assert.is(r.code, EXIT.data, r.err);
  const row = MEDIO_2025.replace('47000', '4700');
  assert.ok(r.err.includes(`${await locate('prognoses.csv', row, 'quote')}: column "quote"`), `the quote check names the cell:\n${r.err}`);
  assert.ok(r.err.includes('does not print the value 4700'), r.err);
  assert.ok(r.err.includes(`${await locate('sources.csv', NEW_SOURCES[1], 'excerpt')}: column "excerpt"`), `the missing excerpt:\n${r.err}`);
  const band = await locate('prognoses.csv', 'mpp,2025,asylum-inflow-total,,point,2025,40000,55300,', 'value_high');
  assert.ok(r.err.includes(`${band}: column "value_high"`) && r.err.includes('not a range of one figure: file two rows'), `the band read as a range:\n${r.err}`);
  assert.is(await fingerprint(site), 'missing', 'nothing was written');
});

test('2. fixed, both letters drafted: the build passes and prints the unedited drafts', async () => {
  const prognoses = (await readFile(path.join(data, 'prognoses.csv'), 'utf8')).replace(MEDIO_2025.replace('47000', '4700'), MEDIO_2025);
  await writeFile(path.join(data, 'prognoses.csv'), prognoses.replace(bandAsRange() + '\n', ''));
  for (const file of excerpts) await copyFile(path.join(DATA, 'sources', file), path.join(data, 'sources', file));
  for (const kind of ['tweede-kamer', 'gemeenten']) {
    const r = await run(draftCommand, [NEW_EDITION, kind, '--data', 'data']);
    assert.is(r.code, EXIT.ok, r.err);
    assert.ok(existsSync(path.join(data, 'letters', NEW_EDITION, `${kind}.md`)), r.out);
  }
  const draft = await readFile(path.join(data, TK_LETTER), 'utf8');
  assert.match(draft, /^date: 2025-09-26$/m, 'dated as the letter that reports MPP 2025');
  assert.ok(draft.includes('{{ fig("asylum-inflow-total", "2025", "medio") | bare }}'), 'figures as references by key');
  assert.match(draft, /^concept: true$/m, 'marked as not final');
  const r = await build();
  assert.is(r.code, EXIT.ok, r.err);
  // An unedited draft is printed as what it is: a concept, unsigned, until the writer removes the line.
  const { text, subject } = await pdfText(TK_PDF);
  assert.ok(subject.startsWith('Concept: '), subject);
  assert.ok(text.includes('Concept: nog niet definitief, niet verzonden en niet ondertekend.'), text.slice(0, 600));
  assert.ok(text.includes('De Minister van Asiel en Migratie,') && !text.includes('van Weel'), 'roles, no names');
  // The one disagreement of the data set is a warning naming both rows (not new with this edition).
  assert.match(r.err, /sources disagree on realisation ukraine-residents 2024-03-10: .*data\/realisations\.csv:\d+.*data\/realisations\.csv:\d+/);
});

test('3. the Kamerbrief written with the seed\'s numbers typed and a reference left open: located, exit 1, the site kept', async () => {
  const before = await fingerprint(site);
  const written = await readFile(path.join(DATA, TK_LETTER), 'utf8');
  const typedFigure = written.replace('{{ fig("coa-capacity-need", "2027-01-01", "mediaan") }} opvangplekken op 1 januari 2027', '88.000 opvangplekken op 1 januari 2027');
  const unclosed = typedFigure.replace('{{ fig("coa-capacity-need-amv", "2027-01-01", "mediaan") }}', '{{ fig("coa-capacity-need-amv", "2027-01-01", "mediaan") }');
  // 97.770 (seed 001: "stand september 2025: ca. 97.770") typed with two digits swapped.
  const mistyped = unclosed.replace('{{ actual("ukraine-municipal-capacity-realised", "2025-09") }}', 'ca. 97.707');
  assert.ok(mistyped !== unclosed && unclosed !== typedFigure && typedFigure !== written, 'fixture: every edit applies');
  await writeFile(path.join(data, TK_LETTER), mistyped);
  const lines = mistyped.split('\n');
  const line = lines.findIndex((l) => l.includes('88.000 opvangplekken')) + 1;
  const r = await build();
  assert.is(r.code, EXIT.data, r.err);
  const shown = displayPath(path.join(data, TK_LETTER));
  assert.ok(r.err.includes(`${shown}:${line}:${lines[line - 1]!.indexOf('88.000') + 1}`), `the typed figure, located:\n${r.err}`);
  assert.ok(r.err.includes('fig("coa-capacity-need", "2027-01-01", "mediaan"'), `names the reference to use:\n${r.err}`);
  const unclosedAt = `${shown}:${line}:${lines[line - 1]!.indexOf('{{ fig("coa-capacity-need-amv"') + 1}`;
  const unclosedError = r.err.split('\n').find((l) => l.startsWith(unclosedAt));
  assert.ok(unclosedError?.includes('is not closed'), `the unclosed reference, located:\n${r.err}`);
  assert.ok(unclosedError!.length < 400, `one short line, not the text up to the next }}:\n${unclosedError}`);
  const near = lines.findIndex((l) => l.includes('ca. 97.707')) + 1;
  const nearError = r.err.split('\n').find((l) => l.startsWith(`${shown}:${near}:${lines[near - 1]!.indexOf('97.707') + 1}`));
  assert.ok(nearError?.includes('did you mean actual("ukraine-municipal-capacity-realised", "2025-09")'), `the near figure is named:\n${r.err}`);
  assert.is(r.err.match(/^The data in .* has (\d+) error/m)?.[1], '3', 'all three at once');
  assert.is(await fingerprint(site), before, 'the previous site is left as it was');
});

test('4. the letter as written: the build passes, the PDF prints the figure, the edition page says what changed', async () => {
  await copyFile(path.join(DATA, TK_LETTER), path.join(data, TK_LETTER));
  const r = await build();
  assert.is(r.code, EXIT.ok, r.err);
  const { text: flat, subject } = await pdfText(TK_PDF);
  assert.not.ok(/concept/i.test(subject), subject);
  assert.ok(flat.includes('D.M. van Weel'), 'signed');
  assert.ok(flat.includes('De totale capaciteitsbehoefte stijgt naar 88.000 opvangplekken op 1 januari 2027'), 'the sentence with its figure');
  const page = visibleText(await readFile(path.join(site, 'edities', NEW_EDITION, 'index.html'), 'utf8'));
  assert.ok(page.includes('Wat is er veranderd sinds MPP 2024-II'), 'the edition page compares with MPP 2024-II');
  assert.ok(page.includes('Totale asielinstroom in 2025 (medio): 47.000, 19.000 minder dan de 66.000 van MPP 2024-II in het medioscenario (berekend, −29%).'), page.slice(page.indexOf('Wat is er veranderd'), page.indexOf('Wat is er veranderd') + 800));
  assert.ok(page.includes('een Kamerbrief, verzonden door het Ministerie van Asiel en Migratie aan de Tweede Kamer'), 'the sender wording of a letter');
  // /bronnen/ counts every row the analyst added for a source.
  const sources = await readFile(path.join(site, 'bronnen', 'index.html'), 'utf8');
  for (const id of NEW_SOURCES) {
    const citing = figureRows().filter((r) => r.source === id).length;
    assert.ok(citing > 0, id);
    const row = sources.split('<tr').find((tr) => tr.includes(`<cite>${titleOf(id)}</cite>`));
    assert.is(/>(\d+)<\/td><\/tr>/.exec(row ?? '')?.[1], String(citing), `${id}: ${citing} figures on /bronnen/:\n${row}`);
  }
});

test('5. committed and diffed: every added figure with its evidence, the new excerpt, the disagreements, the printed letters', async () => {
  await git(repo, 'add', '-A');
  await git(repo, 'commit', '-q', '-m', 'MPP 2025');
  const r = await run(diffCommand, ['--base', 'HEAD~1']);
  assert.is(r.code, EXIT.ok, r.err);
  const added = figureRows().length;
  assert.is(added, 38, 'fixture: 28 prognoses, 9 realisations, 1 cost');
  assert.ok(r.out.includes(`**0 cijfers gewijzigd, ${added} toegevoegd, 0 verwijderd**`), r.out.slice(0, 400));
  const figures = r.out.slice(r.out.indexOf('### Toegevoegde cijfers'), r.out.indexOf('### Overige gegevens'));
  assert.is((figures.match(/^ {2}- citaat: “/gm) ?? []).length, added, 'a quote under every added figure');
  assert.is((figures.match(/^ {2}- bron `/gm) ?? []).length, added, 'a source and location under every added figure');
  assert.not.match(r.out, /^####\s+·/m, 'no heading without an edition');
  assert.ok(r.out.includes(`nieuw: \`sources/${excerpts[0]}\``), 'the new excerpt is shown');
  assert.ok(r.out.includes('### Bronverschillen'), 'the sources that disagree');
  const sentences = r.out.slice(r.out.indexOf('### Zinnen in de brieven'));
  assert.ok(sentences.includes(`\`${TK_PDF}\``), 'the letter sentences name their PDF');
  for (const pdf of sentences.matchAll(/`(brieven\/[^`]+\.pdf)`/g)) {
    if (sentences.slice(0, pdf.index).lastIndexOf('vervallen zin') > sentences.slice(0, pdf.index).lastIndexOf('- ')) continue;
    assert.ok(existsSync(path.join(site, pdf[1]!)), `${pdf[1]} is printed by the build`);
  }
});

test('the drill took these commands', () => {
  assert.equal(
    typed.map((t) => t.split(' ')[0]),
    ['build', 'letter:draft', 'letter:draft', 'build', 'build', 'build', 'diff'],
  );
});

test.run();
