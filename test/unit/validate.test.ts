/**
 * One test per class of bad input: each damages a scratch copy of the shipped data and checks that
 * the loader rejects it with the file, line and column of the mistake, the value found and what was
 * expected.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import path from 'node:path';
import { readFile, writeFile } from 'node:fs/promises';
import { loadDataset } from '../../src/data/load.ts';
import { appendLine, columnOf, lineOf, loadErrors, replaceIn, scratchData } from '../support/helpers.ts';

// A valid prognosis row for a period the shipped data does not use.
const row = (o: Partial<Record<string, string>> = {}) => {
  const r = {
    kind: 'mpp',
    edition: '2024-I',
    indicator: 'asylum-inflow-total',
    region: '',
    scenario: 'medio',
    period: '2031',
    value: '50000',
    value_high: '',
    unit: 'applications',
    qualifier: '',
    qualifier_scope: '',
    source: 'tk-2024-04-05-asielketen',
    voice: '',
    location: 'p. 2',
    quote: '',
    note: '',
    ...o,
  };
  return Object.values(r).join(',');
};

async function errorsOf(dir: string): Promise<string[]> {
  const errors = await loadErrors(dir);
  if (errors.length === 0) assert.unreachable('the damaged data set was accepted');
  return errors;
}

function expectError(errors: string[], where: string, ...words: string[]) {
  const hit = errors.find((e) => e.startsWith(where) && words.every((w) => e.includes(w)));
  assert.ok(hit, `expected an error at ${where} mentioning ${words.join(' / ')}; got:\n${errors.join('\n')}`);
}

const P = 'prognoses.csv';

test('the appended valid row itself is accepted (the fixtures below change one thing each)', async () => {
  const dir = await scratchData();
  await appendLine(dir, P, row());
  const { data } = await loadDataset(dir);
  assert.ok(data.prognoses.some((p) => p.period === '2031' && p.value === 50000));
});

test('two indicators with the same slug: the second is refused at its slug, naming the first', async () => {
  const dir = await scratchData();
  const I = 'indicators.csv';
  // Eerste asielaanvragen given the address of Totale asielinstroom.
  await replaceIn(dir, I, 'Eerste asielaanvragen,eerste-asielaanvragen,', 'Eerste asielaanvragen,totale-asielinstroom,');
  const errors = await errorsOf(dir);
  const first = await lineOf(dir, I, 'asylum-inflow-total,');
  expectError(errors, `${path.join(dir, I)}:${await lineOf(dir, I, 'asylum-inflow-first,')}:${await columnOf(dir, I, 'slug')}:`, `line ${first}`);
});

test('an indicator the code names, renamed in every CSV, is a located error at indicators.csv naming the new id', async () => {
  // The site's home page, the model's sums and the letters name some indicators in code
  // (src/data/indicators.ts). Renaming one consistently in the data would pass every reference check
  // and make its figures silently leave the pages that name it.
  const dir = await scratchData();
  for (const file of ['indicators.csv', P]) await replaceIn(dir, file, /housing-quota-kso,/g, 'housing-quota-ks0,');
  const errors = await errorsOf(dir);
  const I = 'indicators.csv';
  assert.equal(errors, [
    `${path.join(dir, I)}:1:${await columnOf(dir, I, 'id')}: no indicator "housing-quota-kso"; the site and the letters need it for ` +
      'the KSO part of the taakstelling (huisvesting, uitstroom) (renamed? nearest: housing-quota-ks0)',
  ]);
});

test('a missing column', async () => {
  const dir = await scratchData();
  await replaceIn(dir, P, ',unit,', ',');
  const errors = await errorsOf(dir);
  expectError(errors, `${path.join(dir, P)}:1:`, 'missing column "unit"');
});

test('an unknown column', async () => {
  const dir = await scratchData();
  const col = await columnOf(dir, P, 'note');
  await replaceIn(dir, P, /,note(\r?\n)/, ',notes$1');
  const errors = await errorsOf(dir);
  expectError(errors, `${path.join(dir, P)}:1:${col}:`, '"notes"', 'unknown column');
});

test('a value that is not a number', async () => {
  const dir = await scratchData();
  const line = await appendLine(dir, P, row({ value: 'veel' }));
  const col = await columnOf(dir, P, 'value');
  expectError(await errorsOf(dir), `${path.join(dir, P)}:${line}:${col}:`, 'found "veel"', 'expected a number');
});

test('Dutch thousands notation is refused as ambiguous', async () => {
  const dir = await scratchData();
  const line = await appendLine(dir, P, row({ value: '69.800' }));
  const col = await columnOf(dir, P, 'value');
  expectError(await errorsOf(dir), `${path.join(dir, P)}:${line}:${col}:`, '69.800', 'write 69800');
});

test('an unknown edition, indicator, scenario and source', async () => {
  const dir = await scratchData();
  const file = path.join(dir, P);
  const l1 = await appendLine(dir, P, row({ edition: '2023-II' }));
  const l2 = await appendLine(dir, P, row({ indicator: 'asylum-inflow-totaal', period: '2032' }));
  const l3 = await appendLine(dir, P, row({ scenario: 'midden', period: '2033' }));
  const l4 = await appendLine(dir, P, row({ source: 'kamerbrief-onbekend', period: '2034' }));
  const errors = await errorsOf(dir);
  expectError(errors, `${file}:${l1}:${await columnOf(dir, P, 'edition')}:`, '"2023-II"', 'unknown edition id', '2024-I');
  expectError(errors, `${file}:${l2}:${await columnOf(dir, P, 'indicator')}:`, 'unknown indicator id', 'asylum-inflow-total');
  expectError(errors, `${file}:${l3}:${await columnOf(dir, P, 'scenario')}:`, '"midden"', 'expected one of: minimum, medio');
  expectError(errors, `${file}:${l4}:${await columnOf(dir, P, 'source')}:`, 'unknown source id');
});

test('a scenario the edition does not have', async () => {
  const dir = await scratchData();
  const line = await appendLine(dir, P, row({ edition: '2024-II', scenario: 'mediaan' }));
  const col = await columnOf(dir, P, 'scenario');
  expectError(await errorsOf(dir), `${path.join(dir, P)}:${line}:${col}:`, 'edition 2024-II has the scenarios');
});

test('a duplicate figure', async () => {
  const dir = await scratchData();
  const first = (await readFile(path.join(dir, P), 'utf8')).split('\n')[1]!;
  const line = await appendLine(dir, P, first);
  expectError(await errorsOf(dir), `${path.join(dir, P)}:${line}:1:`, 'duplicate figure', 'as line 2');
});

test('a malformed period', async () => {
  const dir = await scratchData();
  const line = await appendLine(dir, P, row({ period: '2024-H3' }));
  const col = await columnOf(dir, P, 'period');
  expectError(await errorsOf(dir), `${path.join(dir, P)}:${line}:${col}:`, '"2024-H3"', 'expected a period');
});

test('a negative count and a negative cost', async () => {
  const dir = await scratchData();
  const line = await appendLine(dir, P, row({ value: '-5' }));
  const cline = await appendLine(
    dir,
    'costs.csv',
    'hotel,2031,-91000,eur-per-place-per-year,,ek-2025-02-07-begroting-am,answer,vraag 1,,',
  );
  const errors = await errorsOf(dir);
  expectError(errors, `${path.join(dir, P)}:${line}:${await columnOf(dir, P, 'value')}:`, 'cannot be negative');
  expectError(
    errors,
    `${path.join(dir, 'costs.csv')}:${cline}:${await columnOf(dir, 'costs.csv', 'amount')}:`,
    'cannot be negative',
  );
});

test('a scenario set in the wrong order', async () => {
  const dir = await scratchData();
  const lmin = await appendLine(dir, P, row({ scenario: 'minimum', value: '80000' }));
  await appendLine(dir, P, row({ scenario: 'medio', value: '75000' }));
  const lmax = await appendLine(dir, P, row({ scenario: 'maximum', value: '70000' }));
  const errors = await errorsOf(dir);
  const col = await columnOf(dir, P, 'value');
  expectError(errors, `${path.join(dir, P)}:${lmax}:${col}:`, 'maximum (70000) is below minimum (80000)', `line ${lmin}`);
});

test('a unit that is not the indicator unit', async () => {
  const dir = await scratchData();
  const line = await appendLine(dir, P, row({ unit: 'places' }));
  const col = await columnOf(dir, P, 'unit');
  expectError(await errorsOf(dir), `${path.join(dir, P)}:${line}:${col}:`, 'counted in applications');
});

test('every error of the run is reported at once, across files', async () => {
  const dir = await scratchData();
  const l1 = await appendLine(dir, P, row({ value: 'abc' }));
  const l2 = await appendLine(dir, 'realisations.csv', 'asylum-inflow-total,,2099,-1,,applications,,,tk-2022-07-01-migratieketen,,p. 3,,,');
  const errors = await errorsOf(dir);
  expectError(errors, `${path.join(dir, P)}:${l1}:`, 'expected a number');
  expectError(errors, `${path.join(dir, 'realisations.csv')}:${l2}:`, 'cannot be negative');
});

test('an MPP prognosis cited to a document older than the edition is refused', async () => {
  // The letter of 1 July 2022 cannot give a figure of MPP 2024-I, published on 5 April 2024.
  const dir = await scratchData();
  const line = await appendLine(dir, P, row({ source: 'tk-2022-07-01-migratieketen' }));
  const col = await columnOf(dir, P, 'source');
  expectError(await errorsOf(dir), `${path.join(dir, P)}:${line}:${col}:`, 'dated 2022-07-01', 'before MPP 2024-I was published (2024-04-05)');
});

test('a figure that is not an MPP prognosis has no edition or scenario; an MPP prognosis has both', async () => {
  const dir = await scratchData();
  const file = path.join(dir, P);
  const l1 = await appendLine(dir, P, row({ kind: 'set', indicator: 'housing-quota', unit: 'persons', scenario: '', period: '2031-H1' }));
  const l2 = await appendLine(dir, P, row({ kind: 'target', edition: '', period: '2032' }));
  const l3 = await appendLine(dir, P, row({ edition: '', period: '2033' }));
  const l4 = await appendLine(dir, P, row({ scenario: '', period: '2034' }));
  const l5 = await appendLine(dir, P, row({ kind: 'prognose', period: '2035' }));
  const errors = await errorsOf(dir);
  expectError(errors, `${file}:${l1}:${await columnOf(dir, P, 'edition')}:`, 'is not an MPP prognosis', 'leave the edition empty');
  expectError(errors, `${file}:${l2}:${await columnOf(dir, P, 'scenario')}:`, 'is not an MPP prognosis', 'leave the scenario empty');
  expectError(errors, `${file}:${l3}:${await columnOf(dir, P, 'edition')}:`, 'an MPP prognosis needs the edition');
  expectError(errors, `${file}:${l4}:${await columnOf(dir, P, 'scenario')}:`, 'an MPP prognosis needs a scenario');
  expectError(errors, `${file}:${l5}:${await columnOf(dir, P, 'kind')}:`, '"prognose"', 'expected one of: mpp, target, set, outlook');
});

test('a figure from questions and answers says whether it is a question or an answer; no other figure does', async () => {
  const dir = await scratchData();
  const file = path.join(dir, P);
  const l1 = await appendLine(dir, P, row({ source: 'ek-2025-02-07-begroting-am', period: '2031' }));
  const l2 = await appendLine(dir, P, row({ voice: 'answer', period: '2032' }));
  const l3 = await appendLine(dir, P, row({ source: 'ek-2025-02-07-begroting-am', voice: 'vraag', period: '2033' }));
  const errors = await errorsOf(dir);
  const col = await columnOf(dir, P, 'voice');
  expectError(errors, `${file}:${l1}:${col}:`, 'questions and answers', 'a question or an answer');
  expectError(errors, `${file}:${l2}:${col}:`, 'is not questions and answers', 'leave the voice empty');
  expectError(errors, `${file}:${l3}:${col}:`, '"vraag"', 'question, answer');
});

test('a range runs from low to high, a list qualifier needs its word, an interval runs forward', async () => {
  const dir = await scratchData();
  const file = path.join(dir, P);
  const l1 = await appendLine(dir, P, row({ value: '85', value_high: '70', indicator: 'ind-grant-rate', unit: 'percent', edition: '2025', scenario: 'point', source: 'tk-2025-mpp-2025' }));
  const l2 = await appendLine(dir, P, row({ qualifier_scope: 'list', period: '2032' }));
  const l3 = await appendLine(dir, P, row({ period: '2025-09-16/2025-01-01' }));
  const ok = await appendLine(dir, P, row({ period: '2025-01-01/2025-09-16', source: 'tk-2025-mpp-2025', edition: '2025' }));
  const errors = await errorsOf(dir);
  expectError(errors, `${file}:${l1}:${await columnOf(dir, P, 'value_high')}:`, 'below its low end');
  expectError(errors, `${file}:${l2}:${await columnOf(dir, P, 'qualifier_scope')}:`, 'needs a qualifier');
  expectError(errors, `${file}:${l3}:${await columnOf(dir, P, 'period')}:`, 'expected a period', 'interval');
  assert.not.ok(errors.some((e) => e.startsWith(`${file}:${ok}:`)), errors.join('\n'));
});

test('a source whose excerpt is missing is named', async () => {
  const dir = await scratchData();
  const S = 'sources.csv';
  const line = await appendLine(dir, S, 'cbs-test,Een tabel,CBS,2025-01,statistics,,,cbs-test.txt,https://www.cbs.nl/,,');
  expectError(await errorsOf(dir), `${path.join(dir, S)}:${line}:${await columnOf(dir, S, 'excerpt')}:`, 'no file sources/cbs-test.txt');
});

test('a missing file is named', async () => {
  const dir = await scratchData();
  await writeFile(path.join(dir, 'costs.csv'), '');
  const errors = await errorsOf(dir);
  expectError(errors, `${path.join(dir, 'costs.csv')}:1:`, 'missing column "type"');
});

test.run();
