/**
 * The accuracy scoreboard (src/model/accuracy.ts): every pair of the shipped data worked out by hand
 * from its sources, the like-for-like rule on small hand-made inputs, and the re-audit of the
 * realisation rows (status, moved rows, definitions) as a reader of the sources would check them.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import path from 'node:path';
import { loadDataset } from '../../src/data/load.ts';
import { accuracyPairs, closingYear, horizonSummary } from '../../src/model/accuracy.ts';
import type { Actual, Forecast } from '../../src/model/figures.ts';
import { deriveModel } from '../../src/model/index.ts';
import { vintages } from '../../src/model/vintages.ts';
import { derivedTables } from '../../src/downloads/derived-tables.ts';
import { BAND_VERDICT_COLOUR, contrast } from '../../src/charts/colours.ts';
import { accuracyChart } from '../../src/charts/accuracy.ts';
import type { Dataset, Scenario } from '../../src/data/schema.ts';
import type { Basis } from '../../src/data/vocabulary.ts';
import { appendLine, columnOf, DATA, loadErrors, scratchData } from '../support/helpers.ts';

let data: Dataset;
let m: ReturnType<typeof deriveModel>;
test.before(async () => {
  data = (await loadDataset(DATA)).data;
  m = deriveModel(data);
});

const pair = (indicator: string, edition: string, period: string) =>
  m.accuracy.pairs.find((p) => p.indicator === indicator && p.edition === edition && p.period === period);

// ---------------------------------------------------------------------------------------------
// The pairs of the shipped data, by hand.

test('MPP 2024-I total inflow 2024: medio 69.800 (band 49.800–78.500) against ca. 45.640 + ca. 760 = ca. 46.400', () => {
  // Letter of 5 April 2024, p. 2: "49.800 (minimum), 69.800 (medio) en 78.500 (maximum)"; the edition plans on medio.
  // Answer to Rajkowski, 4 March 2025: "ca. 45.640 asielaanvragen" (first, repeat, nareis) and "daarnaast ... ca. 760"
  // resettled: the MPP's total counts resettlement, so the realisation is the sum, computed and marked so.
  const p = pair('asylum-inflow-total', '2024-I', '2024')!;
  assert.ok(p);
  assert.is(p.scenario, 'medio');
  assert.is(p.horizon, 0); // edition published 2024, period 2024
  assert.equal([p.forecast, p.minimum, p.maximum, p.realisation], [69800, 49800, 78500, 46400]);
  assert.is(p.realisationQualifier, 'ca.');
  assert.ok(p.realisationComputed);
  assert.is(p.error, 23400); // 69.800 − 46.400
  assert.is(Math.round(p.relativeError! * 1000) / 10, 50.4); // 23.400 / 46.400 = 50,43 %
  assert.is(p.inBand, false); // 46.400 < 49.800: below the minimum
});

test('MPP februari 2022 end occupancy 2022: ruim 42.000 against 52.000 at the end of 2022 (COA)', () => {
  // Letter of 1 July 2022, p. 8: "Na bijstelling van de MPP werd een stijging van de eindbezetting naar ruim 42.000
  // verwacht"; the letter quotes one figure, no scenario: point. COA, November 2023: "tot 52.000 aan het eind van 2022".
  const p = pair('coa-occupancy', '2022-02', '2022-12-31')!;
  assert.ok(p);
  assert.is(p.scenario, 'point');
  assert.is(p.forecastQualifier, 'ruim');
  assert.is(p.horizon, 0);
  assert.equal([p.forecast, p.realisation, p.error], [42000, 52000, -10000]);
  assert.is(Math.round(p.relativeError! * 1000) / 10, -19.2); // −10.000 / 52.000
  assert.is(p.inBand, null); // the letter gives no band
});

test('the shipped data gives exactly these pairs, and none from a differently defined series', () => {
  assert.equal(
    m.accuracy.pairs.map((p) => [p.indicator, p.edition, p.period]),
    [
      ['asylum-inflow-total', '2024-I', '2024'],
      ['coa-occupancy', '2022-02', '2022-12-31'],
    ],
  );
  // The IND's total without resettlement (47.991 in 2022, ca. 45.640 in 2024) is never a realisation of the MPP's total.
  assert.not.ok(m.accuracy.pairs.some((p) => p.indicator === 'asylum-inflow-total-excl-resettlement'));
  // The COA count of 5 December 2022 (51.805) is not the end of 2022.
  assert.not.ok(m.accuracy.pairs.some((p) => p.realisationPeriod === '2022-12-05'));
});

test('per horizon: of the pairs with a band, the share inside it', () => {
  assert.equal(
    m.accuracy.summary.map((s) => [s.horizon, s.pairs, s.withBand, s.inside, s.shareInside]),
    [
      [0, 2, 1, 0, 0],
      [1, 0, 0, 0, null],
      [2, 0, 0, 0, null],
    ],
  );
});

test('the scoreboard download keeps "ruim", "ca." and says the 2024 total is computed', () => {
  const t = derivedTables(m)['accuracy']!;
  const occ = t.rows.find((r) => r['indicator'] === 'coa-occupancy')!;
  assert.is(occ['forecast_qualifier'], 'ruim');
  const total = t.rows.find((r) => r['indicator'] === 'asylum-inflow-total')!;
  assert.is(total['realisation_qualifier'], 'ca.');
  assert.match(String(total['realisation_computed']), /hervestiging/);
});

test('the other derived downloads keep qualifiers and the question marker', () => {
  const tables = derivedTables(m);
  // MPP 2025 total inflow 2025 is "ca. 40.000 ... 47.000 ... 55.300": ca. for the whole list.
  const st = tables['scenario-tables']!.rows.find((r) => r['edition'] === '2025' && r['indicator'] === 'asylum-inflow-total' && r['period'] === '2025')!;
  assert.equal([st['minimum_qualifier'], st['medio_qualifier'], st['maximum_qualifier']], ['ca.', 'ca.', 'ca.']);
  // MPP 2024-I capacity need per 1 januari 2025 "ca. 96.000" stands only in a member's question (EK nota, p. 14).
  const q = tables['scenario-tables']!.rows.find((r) => r['edition'] === '2024-I' && r['indicator'] === 'coa-capacity-need' && r['period'] === '2025-07-01')!;
  assert.is(q['point_qualifier'], 'ca.');
  assert.is(q['from_question'], 'point');
  const v = tables['vintages']!.rows.find((r) => r['indicator'] === 'coa-occupancy' && r['edition'] === '2022-02')!;
  assert.is(v['forecast_qualifier'], 'ruim');
  const rev = tables['revisions']!.rows.find((r) => r['edition'] === '2025' && r['indicator'] === 'asylum-inflow-total' && r['scenario'] === 'medio' && r['period'] === '2025')!;
  assert.equal([rev['old_qualifier'], rev['new_qualifier']], [null, 'ca.']);
});

test('the chart: one point per pair at its horizon, its text alternative and table give the figures', () => {
  const [c] = accuracyChart(data, m);
  assert.ok(c);
  assert.is(c!.id, 'accuracy-by-horizon');
  assert.is(c!.table.rows.length, 2);
  assert.match(c!.description, /raming 69\.800, realisatie ca\. 46\.400 \(berekend\), afwijking \+50%, buiten de band/);
  assert.match(c!.description, /raming ruim 42\.000, realisatie 52\.000, afwijking −19%, geen band/);
  for (const colour of Object.values(BAND_VERDICT_COLOUR)) assert.ok(contrast(colour) >= 3, colour);
});

// ---------------------------------------------------------------------------------------------
// The rule, on hand-made figures.

const f = (o: Partial<Forecast> & Pick<Forecast, 'edition' | 'scenario' | 'value'>): Forecast => ({
  indicator: 'x',
  region: null,
  period: '2024',
  valueHigh: null,
  qualifier: null,
  qualifierScope: null,
  unit: 'applications',
  source: 's',
  voice: null,
  rows: [`f-${o.edition}-${o.scenario}-${o.period ?? '2024'}`],
  discrepancy: null,
  ...o,
});
const a = (o: Partial<Actual> & Pick<Actual, 'value'>): Actual => ({
  indicator: 'x',
  region: null,
  period: '2024',
  valueHigh: null,
  qualifier: null,
  qualifierScope: null,
  unit: 'applications',
  source: 'r',
  voice: null,
  rows: [`a-${o.period ?? '2024'}`],
  discrepancy: null,
  ...o,
});
const editions = [
  { id: 'E1', published: '2024-04-05' },
  { id: 'E2', published: '2025-09-26' },
];
const basis = (e: string): Scenario => (e === 'E2' ? 'mediaan' : 'medio');

test('the basis scenario is the forecast; another named scenario never stands in for it', () => {
  const { pairs, exclusions } = accuracyPairs(
    [
      f({ edition: 'E2', scenario: 'minimum', value: 40, period: '2025' }),
      f({ edition: 'E2', scenario: 'medio', value: 47, period: '2025' }),
      f({ edition: 'E2', scenario: 'maximum', value: 55, period: '2025' }),
    ],
    [a({ value: 45, period: '2025' })],
    basis,
    editions,
  );
  assert.is(pairs.length, 0);
  assert.equal(exclusions.map((x) => [x.edition, x.reason, x.scenarios]), [['E2', 'no-basis-figure', ['minimum', 'medio', 'maximum']]]);
});

test('a single figure without a scenario name is used when there is no basis figure, and is marked point', () => {
  const { pairs } = accuracyPairs([f({ edition: 'E1', scenario: 'point', value: 100 })], [a({ value: 80 })], basis, editions);
  assert.equal(pairs.map((p) => [p.scenario, p.error, p.relativeError, p.inBand]), [['point', 20, 0.25, null]]);
});

test('band edges count as inside', () => {
  const { pairs } = accuracyPairs(
    [f({ edition: 'E1', scenario: 'minimum', value: 80 }), f({ edition: 'E1', scenario: 'medio', value: 90 }), f({ edition: 'E1', scenario: 'maximum', value: 95 })],
    [a({ value: 80 })],
    basis,
    editions,
  );
  assert.is(pairs[0]!.inBand, true);
});

test('a stock per 1 januari pairs with the count at 31 December, never with another day', () => {
  const forecasts = [f({ edition: 'E1', scenario: 'medio', value: 88500, period: '2025-01-01' })];
  const onDay = accuracyPairs(forecasts, [a({ value: 72650, period: '2024-12-31' })], basis, editions).pairs;
  assert.equal(onDay.map((p) => [p.horizon, p.realisationPeriod]), [[0, '2024-12-31']]); // closes 2024: the edition's own year
  assert.is(accuracyPairs(forecasts, [a({ value: 72650, period: '2025-01-27' })], basis, editions).pairs.length, 0);
});

test('another indicator or region is never paired', () => {
  const forecasts = [f({ edition: 'E1', scenario: 'medio', value: 100 })];
  assert.is(accuracyPairs(forecasts, [a({ value: 90, indicator: 'x-excl-resettlement' })], basis, editions).pairs.length, 0);
  assert.is(accuracyPairs(forecasts, [a({ value: 90, region: 'GM0363' })], basis, editions).pairs.length, 0);
});

test('horizons 0, 1 and 2 only; the year a period closes', () => {
  assert.equal(['2024', '2025-01-01', '2024-12-31', '2024-H2', '2024-01-01/2024-09-16', '2024-11-01/2025-02-01'].map(closingYear), [
    2024, 2024, 2024, 2024, 2024, null,
  ]);
  const far = accuracyPairs([f({ edition: 'E1', scenario: 'medio', value: 1, period: '2027' })], [a({ value: 1, period: '2027' })], basis, editions);
  assert.equal([far.pairs.length, far.exclusions[0]?.reason], [0, 'horizon']);
  const next = accuracyPairs([f({ edition: 'E1', scenario: 'medio', value: 1, period: '2026' })], [a({ value: 1, period: '2026' })], basis, editions);
  assert.is(next.pairs[0]!.horizon, 2);
});

test('a range on either side is not paired', () => {
  const r = accuracyPairs([f({ edition: 'E1', scenario: 'medio', value: 70 })], [a({ value: 70, valueHigh: 85 })], basis, editions);
  assert.equal([r.pairs.length, r.exclusions[0]?.reason], [0, 'range']);
});

test('a basis between two scenarios has no figure of its own: not paired, not even with a point figure, and said why', () => {
  // "een scenario tussen het medio en maximum scenario" (issue #23): medio..maximum. Neither the medio nor a
  // figure without a scenario name is the figure the chain planned on.
  const between = (e: string): Basis => (e === 'E1' ? 'medio..maximum' : 'mediaan');
  const r = accuracyPairs(
    [f({ edition: 'E1', scenario: 'medio', value: 90 }), f({ edition: 'E1', scenario: 'point', value: 95 }), f({ edition: 'E1', scenario: 'maximum', value: 99 })],
    [a({ value: 80 })],
    between,
    editions,
  );
  assert.equal([r.pairs.length, r.exclusions.map((x) => [x.edition, x.reason])], [0, [['E1', 'between-basis']]]);
});

test('a realisation counted in persons is not paired with a forecast of applications, and the exclusion names both', () => {
  // CBS StatLine 80059NED counts "Eerste asielverzoeken (personen)"; the MPP forecasts first applications.
  const r = accuracyPairs([f({ edition: 'E1', scenario: 'medio', value: 40000 })], [a({ value: 38375, unit: 'persons' })], basis, editions);
  assert.equal([r.pairs.length, r.exclusions[0]?.reason, r.exclusions[0]?.units], [0, 'unit', { forecast: 'applications', realisation: 'persons' }]);
});

test('the vintages never set a forecast of applications against a count of persons', () => {
  const [v] = vintages([f({ edition: 'E1', scenario: 'medio', value: 40000 })], [a({ value: 38375, unit: 'persons' })], basis, ['E1']);
  assert.equal([v!.realisation, v!.forecasts[0]!.error, v!.forecasts[0]!.inBand], [null, null, null]);
  const [same] = vintages([f({ edition: 'E1', scenario: 'medio', value: 40000 })], [a({ value: 38375 })], basis, ['E1']);
  assert.equal([same!.realisation, same!.forecasts[0]!.error], [38375, 1625]);
});

test('a period open at one end is no year: it closes no year and is not paired', () => {
  assert.equal(['2027-01-01/..', '../2024-03-10'].map(closingYear), [null, null]);
  const r = accuracyPairs([f({ edition: 'E1', scenario: 'medio', value: 1, period: '../2024-03-10' })], [a({ value: 1, period: '../2024-03-10' })], basis, editions);
  assert.equal([r.pairs.length, r.exclusions[0]?.reason], [0, 'open-period']);
});

test('audit: the CBS 2023 counts are in persons, as the table heads them, which their indicators allow', () => {
  for (const indicator of ['asylum-inflow-first', 'asylum-inflow-nareis']) {
    const r = data.realisations.find((x) => x.indicator === indicator && x.period === '2023' && x.source === 'cbs-statline-80059ned-2023')!;
    assert.is(r.unit, 'persons', indicator);
    assert.ok(data.indicators.find((i) => i.id === indicator)!.other_units.includes('persons'), indicator);
  }
});

test('a provisional realisation and a forecast from a question are marked', () => {
  const { pairs } = accuracyPairs(
    [f({ edition: 'E1', scenario: 'medio', value: 100, voice: 'question' })],
    [a({ value: 80, rows: ['realisations/x//2024/r'] })],
    basis,
    editions,
    new Set(['realisations/x//2024/r']),
  );
  assert.equal([pairs[0]!.realisationProvisional, pairs[0]!.forecastFromQuestion], [true, true]);
});

test('the share inside the band counts only pairs with a band', () => {
  const { pairs } = accuracyPairs(
    [
      f({ edition: 'E1', scenario: 'minimum', value: 50 }),
      f({ edition: 'E1', scenario: 'medio', value: 60 }),
      f({ edition: 'E1', scenario: 'maximum', value: 70 }),
      f({ edition: 'E1', scenario: 'point', value: 10, indicator: 'y' }),
    ],
    [a({ value: 65 }), a({ value: 12, indicator: 'y' })],
    basis,
    editions,
  );
  assert.equal(horizonSummary(pairs)[0], { horizon: 0, pairs: 2, withBand: 1, inside: 1, shareInside: 1 });
});

// ---------------------------------------------------------------------------------------------
// Re-audit of the realisation rows.

test('audit: CBS 2023 first applications (38.375) and nareizigers (10.125) are provisional, as CBS marks them (2023*)', () => {
  for (const indicator of ['asylum-inflow-first', 'asylum-inflow-nareis']) {
    const r = data.realisations.find((x) => x.indicator === indicator && x.period === '2023' && x.source === 'cbs-statline-80059ned-2023')!;
    assert.is(r.status, 'provisional', indicator);
    assert.match(r.quote!, /2023\*/);
  }
  // Every other realisation is given as final by its source.
  assert.is(data.realisations.filter((r) => r.status === 'provisional').length, 2);
});

test('audit: the Staat van Migratie counts of Ukrainians (bijna 91.000, 110.000, 123.210) are not ukraine-residents', () => {
  // The releases say "vluchtelingen uit Oekraïne dat in Nederland wordt opgevangen" and "Oekraïense mensen [die]
  // bescherming zochten", without saying BRP or derdelanders; ukraine-residents counts everyone under the RTB
  // including derdelanders, as MPP 2024-I's ca. 136.000 per 1 januari 2025 does. So they are kept apart.
  const moved = data.realisations.filter((r) => r.indicator === 'ukraine-residents-staat-van-migratie');
  assert.equal(moved.map((r) => [r.period, r.value]), [['2023-01-01', 91000], ['2023-12-31', 110000], ['2024-12-31', 123210]]);
  assert.not.ok(data.realisations.some((r) => r.indicator === 'ukraine-residents' && r.source.startsWith('rijksoverheid-')));
  assert.not.ok(m.accuracy.pairs.some((p) => p.indicator === 'ukraine-residents'));
});

test('audit: nareis is defined as the persons the IND and CBS count, not as MVV applications', () => {
  const d = data.indicators.find((i) => i.id === 'asylum-inflow-nareis')!.definition!;
  assert.match(d, /ingereisd/);
  assert.match(d, /niet het aantal ingediende MVV-nareisaanvragen/);
});

// ---------------------------------------------------------------------------------------------
// The status column of the contract.

test('status provisional without the source’s mark in the quote is a located error', async () => {
  const dir = await scratchData();
  const line = await appendLine(dir, 'realisations.csv', 'asylum-inflow-first,,2031,100,,applications,,,tk-2022-07-01-migratieketen,,p. 3,2031 100,,provisional');
  const col = await columnOf(dir, 'realisations.csv', 'status');
  const errors = await loadErrors(dir);
  assert.ok(
    errors.some((e) => e.startsWith(`${path.join(dir, 'realisations.csv')}:${line}:${col}:`) && e.includes('marks the figure as provisional')),
    errors.join('\n'),
  );
});

test('an unknown status is a located error; a realisations file without the status column is read as all final', async () => {
  const dir = await scratchData();
  const line = await appendLine(dir, 'realisations.csv', 'asylum-inflow-first,,2031,100,,applications,,,tk-2022-07-01-migratieketen,,p. 3,2031* 100,,voorlopig');
  const col = await columnOf(dir, 'realisations.csv', 'status');
  assert.ok((await loadErrors(dir)).some((e) => e.startsWith(`${path.join(dir, 'realisations.csv')}:${line}:${col}:`)));

  const plain = await scratchData();
  // Drop the column: the header's last name and every row's last cell.
  const { readFile, writeFile } = await import('node:fs/promises');
  const file = path.join(plain, 'realisations.csv');
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace(/,status\n/, '\n').replace(/,(provisional)?\n/g, '\n'));
  const loaded = await loadDataset(plain);
  assert.ok(loaded.data.realisations.every((r) => r.status === null));
});

test.run();
