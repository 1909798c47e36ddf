/**
 * The contract's answers to issue #23 (point 5), each as a reader of data/README.md would check it:
 * the new forms are accepted and mean what the README says, the misuses the rule tests do not reach
 * are refused at their cell, and the case that was already held (MPP 2024-II's figures sent weeks
 * before the nota that explains them) is shown to hold.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadDataset } from '../../src/data/load.ts';
import { parsePeriod } from '../../src/data/period.ts';
import { basisPhrase } from '../../src/data/vocabulary.ts';
import { formatPeriod } from '../../src/format/dutch.ts';
import { when } from '../../src/format/prose.ts';
import { basisScenario } from '../../src/model/central.ts';
import { deriveModel } from '../../src/model/index.ts';
import { draftMarkdown } from '../../src/letters/written/draft.ts';
import * as message from '../../src/messages.ts';
import { columnOf, DATA, loadErrors, scratchData } from '../support/helpers.ts';
import { addRow, setCell } from '../support/csv-edit.ts';
import { shipped } from '../support/shipped.ts';

const P = 'prognoses.csv';
const E = 'editions.csv';
const B = 'basis-scenarios.csv';

/** An MPP 2025 figure for a period the shipped data lacks. */
const mpp = (o: Record<string, string>) => ({
  kind: 'mpp', edition: '2025', indicator: 'asylum-inflow-total', scenario: 'medio', period: '2031', value: '50000',
  unit: 'applications', source: 'tk-2025-mpp-2025', location: 'p. 2', ...o,
});

// ---- a. a basis between two scenarios

test('a. an edition planning "tussen het medio en maximum scenario" loads as medio..maximum and reads so', async () => {
  const dir = await scratchData();
  await setCell(dir, E, '2024-II', 'basis', 'medio..maximum');
  const { data } = await loadDataset(dir);
  assert.is(basisScenario(data)('2024-II', 'asylum-inflow-total'), 'medio..maximum');
  assert.is(basisPhrase('medio..maximum'), 'een scenario tussen het medio- en het maximumscenario');
  assert.is(basisPhrase('medio'), 'het medioscenario');
  // The model builds; no pair is made for the edition (it has no figure in its basis).
  const m = deriveModel(data);
  assert.not.ok(m.accuracy.pairs.some((p) => p.edition === '2024-II'));
});

test('a. an indicator between two scenarios of the same rank (medio..mediaan) is refused at its cell', async () => {
  const dir = await scratchData();
  const line = await setCell(dir, B, (r) => r.indicator === 'ukraine-net-inflow-weekly', 'scenario', 'medio..mediaan');
  const errors = await loadErrors(dir);
  const at = `${dir}/${B}:${line}:${await columnOf(dir, B, 'scenario')}:`;
  assert.ok(errors.some((e) => e.startsWith(at) && e.includes(message.table.betweenOrder('medio', 'mediaan'))), errors.join('\n'));
});

test('a. a between-basis naming a scenario the edition lacks is refused', async () => {
  const dir = await scratchData();
  const line = await setCell(dir, E, '2021-09', 'basis', 'medio..mediaan');
  const errors = await loadErrors(dir);
  assert.ok(errors.some((e) => e.startsWith(`${dir}/${E}:${line}:`) && e.includes("the basis scenario must be one of the edition's scenarios")), errors.join('\n'));
});

// ---- b. a band of scenarios is two rows, a range is one

test('b. the shipped Ukraine band "350 (minimum scenario) en 780 (maximum scenario)" is two rows, and a true range on an MPP row stays allowed', async () => {
  const { data } = await loadDataset(DATA);
  const band = data.prognoses.filter((p) => p.edition === '2024-I' && p.indicator === 'ukraine-net-inflow-weekly' && p.source === 'tk-2024-04-05-asielketen');
  assert.equal(band.filter((p) => p.scenario === 'minimum' || p.scenario === 'maximum').map((p) => [p.scenario, p.value, p.value_high]), [
    ['minimum', 350, null],
    ['maximum', 780, null],
  ]);
  const dir = await scratchData();
  await addRow(dir, P, mpp({ value: '70', value_high: '85', unit: 'applications', quote: '70 tot 85 procent' }));
  const errors = await loadErrors(dir);
  assert.not.ok(errors.some((e) => e.includes('band of scenarios')), errors.join('\n'));
});

test('b. "minimumscenario" written as one word also marks a band', async () => {
  const dir = await scratchData();
  const line = await addRow(dir, P, mpp({ value: '40000', value_high: '55300', quote: 'ca. 40.000 in het minimumscenario tot 55.300' }));
  const errors = await loadErrors(dir);
  const at = `${dir}/${P}:${line}:${await columnOf(dir, P, 'value_high')}:`;
  assert.ok(errors.some((e) => e.startsWith(at) && e.includes(message.table.scenarioBandAsRange('minimumscenario'))), errors.join('\n'));
});

// ---- c. and e. periods open at one end

test('c./e. 2027-01-01/.. is "vanaf 2027", ../2024-03-10 a count up to that day; neither is a year', () => {
  assert.equal([parsePeriod('2027-01-01/..')?.kind, parsePeriod('../2024-03-10')?.kind], ['from', 'until']);
  assert.is(formatPeriod('2027-01-01/..'), 'vanaf 2027');
  assert.is(formatPeriod('2027-03-01/..'), 'vanaf 1 maart 2027');
  assert.is(formatPeriod('../2024-03-10'), 'tot en met 10 maart 2024 (begin niet genoemd)');
  assert.is(when('2027-01-01/..'), 'vanaf 2027');
  for (const bad of ['../..', '2027/..', '../2024-03', '2027-02-30/..', '2027-01-01/../2028-01-01']) assert.is(parsePeriod(bad), null, bad);
});

test('c./e. a period open at both ends is refused at its cell', async () => {
  const dir = await scratchData();
  const line = await addRow(dir, P, mpp({ period: '../..' }));
  const errors = await loadErrors(dir);
  const at = `${dir}/${P}:${line}:${await columnOf(dir, P, 'period')}:`;
  assert.ok(errors.some((e) => e.startsWith(at) && e.includes(message.cell.period())), errors.join('\n'));
});

test('c. "per 2027" with the period 2027-01-01/.. and "per 1 januari 2027" with 2027-01-01 are accepted', async () => {
  const dir = await scratchData();
  await addRow(dir, P, mpp({ period: '2027-01-01/..', quote: 'per 2027 50.000' }));
  await addRow(dir, P, mpp({ period: '2027-01-01', quote: 'per 1 januari 2027 50.000' }));
  const errors = await loadErrors(dir);
  assert.equal(errors, []);
});

// ---- h. an edition sent before the document that explains it

test('h. MPP 2024-II: published 2024-11 ("begin november naar de Tweede Kamer gestuurd"), reported by the nota of 7 February 2025: held', async () => {
  const { data, model, senders } = await shipped();
  const e = data.editions.find((x) => x.id === '2024-II')!;
  const nota = data.sources.find((s) => s.id === e.source)!;
  assert.equal([e.published, nota.id, nota.date], ['2024-11', 'ek-2025-02-07-begroting-am', '2025-02-07']);
  // The draft is dated as the nota and says when the figures went out.
  const md = draftMarkdown(data, model, senders, '2024-II', 'tweede-kamer');
  assert.match(md, /^date: 2025-02-07$/m);
  assert.match(md, '# The figures of MPP 2024-II went out 2024-11 (editions.csv published); this draft is dated 2025-02-07, as ek-2025-02-07-begroting-am');
  // An edition whose reporting document is of its own day says nothing more.
  assert.not.match(draftMarkdown(data, model, senders, '2025', 'tweede-kamer'), 'went out');
});

test.run();
