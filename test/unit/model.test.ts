/**
 * The derived figures against values worked out by hand from the letters.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadDataset } from '../../src/data/load.ts';
import { deriveModel } from '../../src/model/index.ts';
import { DATA } from '../support/helpers.ts';

let m: ReturnType<typeof deriveModel>;
test.before(async () => {
  m = deriveModel((await loadDataset(DATA)).data);
});

const revision = (indicator: string, scenario: string, period: string, edition = '2025') =>
  m.revisions.find((r) => r.edition === edition && r.indicator === indicator && r.scenario === scenario && r.period === period);

test('editions are in chronological order', () => {
  assert.equal(m.editionOrder, ['2021-09', '2022-02', '2024-I', '2024-II', '2025']);
});

test('revision of total inflow 2025, MPP 2024-II → MPP 2025 (45.000/66.000/74.800 → 40.000/47.000/55.300)', () => {
  const min = revision('asylum-inflow-total', 'minimum', '2025')!;
  assert.equal([min.previous, min.old, min.new, min.change], ['2024-II', 45000, 40000, -5000]);
  assert.is(Math.round(min.relative! * 1000) / 10, -11.1); // −5.000 / 45.000
  const medio = revision('asylum-inflow-total', 'medio', '2025')!;
  assert.equal([medio.old, medio.new, medio.change], [66000, 47000, -19000]);
  assert.is(Math.round(medio.relative! * 100), -29); // −19.000 / 66.000 = −28,8 %
  const max = revision('asylum-inflow-total', 'maximum', '2025')!;
  assert.equal([max.old, max.new, max.change], [74800, 55300, -19500]);
  assert.is(Math.round(max.relative! * 100), -26); // −19.500 / 74.800 = −26,1 %
  assert.not.ok(medio.switched);
});

test('revision of total inflow 2026 (45.200/69.200/78.900 → 39.000/51.000/67.100)', () => {
  assert.is(revision('asylum-inflow-total', 'minimum', '2026')!.change, -6200);
  assert.is(revision('asylum-inflow-total', 'medio', '2026')!.change, -18200);
  assert.is(revision('asylum-inflow-total', 'maximum', '2026')!.change, -11800);
  assert.is(Math.round(revision('asylum-inflow-total', 'medio', '2026')!.relative! * 1000) / 10, -26.3); // −18.200 / 69.200
});

test('the mediaan of MPP 2025 is compared with the medio of MPP 2024-II, and the switch is stated', () => {
  const first = revision('asylum-inflow-first', 'mediaan', '2025')!;
  // The letter quotes MPP 2024-II's first inflow as one figure, without its scenario: a point.
  assert.equal([first.previousScenario, first.old, first.new, first.change], ['point', 35000, 22000, -13000]);
  assert.ok(first.switched);
  assert.equal(m.scenarioSwitches, [{ edition: '2025', previous: '2024-II', from: 'medio', to: 'mediaan' }]);
});

test('the 2022 forecasts of MPP september 2021 and februari 2022 (34.370 → 41.500, "ruim 7.000" more)', () => {
  const v = m.vintages.find((x) => x.indicator === 'asylum-inflow-total' && x.period === '2022')!;
  assert.equal(v.forecasts.map((f) => [f.edition, f.value]), [['2021-09', 34370], ['2022-02', 41500]]);
  const r = revision('asylum-inflow-total', 'point', '2022', '2022-02')!;
  assert.is(r.change, 7130);
  assert.is(r.previous, '2021-09');
});

test('scenario table of MPP 2025 total inflow with its band', () => {
  const t = m.scenarioTables.find((x) => x.edition === '2025' && x.indicator === 'asylum-inflow-total')!;
  assert.equal(t.scenarios, ['minimum', 'medio', 'maximum']);
  const y2025 = t.periods.find((p) => p.period === '2025')!;
  assert.is(y2025.band, 15300); // 55.300 − 40.000
  assert.is(t.periods.find((p) => p.period === '2026')!.band, 28100); // 67.100 − 39.000
});

test('cost per place per day and as a multiple of a regular place (2023 prices)', () => {
  const c = (type: string) => m.placeCosts.find((x) => x.type === type && x.priceYear === 2023)!;
  const r2 = (n: number) => Math.round(n * 100) / 100;
  assert.is(r2(c('hotel').perDay), 249.32); // 91.000 / 365
  assert.is(r2(c('cruise-ship').perDay), 180.82); // 66.000 / 365
  assert.is(r2(c('tgo').perDay), 150); // 54.750 / 365
  assert.is(r2(c('regular').perDay), 74.25); // 27.100 / 365
  assert.is(r2(c('emergency-average').perDay), 152.6); // 55.700 / 365
  assert.is(r2(c('hotel').multipleOfRegular!), 3.36); // 91.000 / 27.100
  assert.is(r2(c('cruise-ship').multipleOfRegular!), 2.44); // 66.000 / 27.100
  assert.is(r2(c('tgo').multipleOfRegular!), 2.02); // 54.750 / 27.100
  assert.is(r2(c('emergency-average').multipleOfRegular!), 2.06); // "ruim twee keer"
  assert.is(c('regular').multipleOfRegular, 1);
});

test('the Ukrainian norm per night as a yearly cost per place (€ 61 and € 44)', () => {
  const u = m.placeCosts.filter((x) => x.type === 'ukraine-norm');
  assert.equal(u.map((x) => [x.priceYear, x.perYear]), [[2024, 22265], [2025, 16060]]); // × 365
});

test('the € 156 miljoen saving of the nota of 7 February 2025, and the assumption it rests on', () => {
  const s = m.costCalculations.find((x) => x.kind === 'conversion')!;
  assert.is(s.places, 5600);
  assert.is(s.regularPerYear, 27850); // half of € 55.700
  assert.is(s.total, 155_960_000); // 5.600 × (55.700 − 27.850) ≈ € 156 miljoen
  assert.match(s.regularBasis, 'helft');
});

test('no cost calculation the letters do not make: only the nota\'s conversion of 5.600 emergency places', () => {
  assert.equal(m.costCalculations.map((x) => x.kind), ['conversion']);
});

test('discrepant figures keep every citation; the edition\'s own letter comes first', () => {
  // Nidos wards: none. Ukrainians in the Netherlands on 10 March 2024: bijna 114.000 (letter of
  // 5 April 2024) against ca. 108.000 (letter to municipalities of 25 April 2024).
  const a = m.actuals.find((x) => x.indicator === 'ukraine-residents' && x.period === '2024-03-10')!;
  assert.equal(a.discrepancy!.map((c) => [c.value, c.source]), [
    [108000, 'gemeenten-2024-04-25'],
    [114000, 'tk-2024-04-05-asielketen'],
  ]);
  // The capacity need of MPP 2024-I on 1 January 2026: both letters of April 2024 give 133.500 (medio).
  const f = m.forecasts.find((x) => x.edition === '2024-I' && x.indicator === 'coa-capacity-need' && x.period === '2026-01-01' && x.scenario === 'medio')!;
  assert.equal([f.value, f.source, f.discrepancy], [133500, 'tk-2024-04-05-asielketen', null]);
  // A member's question in the Eerste Kamer cites ca. 135.000 without a scenario: kept apart, marked as a question.
  const q = m.forecasts.find((x) => x.edition === '2024-I' && x.indicator === 'coa-capacity-need' && x.period === '2026-01-01' && x.scenario === 'point')!;
  assert.equal([q.value, q.qualifier, q.voice], [135000, 'ca.', 'question']);
});

test('MPP 2024-I plans on medio, but its Ukraine forecast starts from the mediaan: 540 a week, not 620', () => {
  assert.is(m.basis('2024-I', 'asylum-inflow-total'), 'medio');
  assert.is(m.basis('2024-I', 'ukraine-net-inflow-weekly'), 'mediaan');
  const weekly = m.forecasts.filter((f) => f.edition === '2024-I' && f.indicator === 'ukraine-net-inflow-weekly');
  assert.equal(weekly.map((f) => [f.scenario, f.value]), [['minimum', 350], ['medio', 620], ['mediaan', 540], ['maximum', 780]]);
  const v = m.vintages.find((x) => x.indicator === 'ukraine-net-inflow-weekly' && x.period === '2024')!;
  assert.equal(v.forecasts.map((f) => [f.edition, f.scenario, f.value]), [['2024-I', 'mediaan', 540]]);
});

test('only MPP prognoses are forecasts of an edition: set figures, targets and outlooks stand apart', () => {
  // The taakstelling 2024-II (17.000) is set by decision; the IND production agreement for 2023
  // ("tenminste 22.200") is a target; the 51.000 places of June 2022 belong to the ministry's own outlook.
  assert.not.ok(m.forecasts.some((f) => f.indicator === 'housing-quota'));
  const other = (kind: string, indicator: string, period: string) =>
    m.otherFigures.find((f) => f.kind === kind && f.indicator === indicator && f.period === period)?.value;
  assert.is(other('set', 'housing-quota', '2024-H2'), 17000);
  assert.is(other('target', 'ind-production-track4', '2023'), 22200);
  assert.is(other('outlook', 'coa-capacity-need', '2022-12-31'), 51000);
  assert.not.ok(m.forecasts.some((f) => f.indicator === 'ind-production-track4' && f.period === '2023'));
  assert.not.ok(m.revisions.some((r) => r.indicator === 'housing-quota'));
  assert.not.ok(m.vintages.some((v) => v.indicator === 'housing-quota'));
});

test('every derived figure names input rows that exist', () => {
  const ids = new Set(m.forecasts.flatMap((f) => f.rows).concat(m.actuals.flatMap((a) => a.rows)));
  for (const r of m.revisions) for (const id of r.rows) assert.ok(ids.has(id), id);
});

test('forecast against realisation: the 2024 inflow fell below the band of MPP 2024-I', () => {
  // The minister's answer of 4 March 2025: ca. 45.640 asylum applications in 2024 and ca. 760
  // resettled; the MPP's total inflow counts both, so the realisation is their sum, 46.400.
  const sum = m.actuals.find((a) => a.indicator === 'asylum-inflow-total' && a.period === '2024')!;
  assert.equal([sum.value, sum.qualifier, sum.computed?.parts.map((p) => p.value)], [46400, 'ca.', [45640, 760]]);
  const v = m.vintages.find((x) => x.indicator === 'asylum-inflow-total' && x.period === '2024')!;
  const x = v.forecasts[0]!;
  assert.equal([x.edition, x.scenario, x.value, x.minimum, x.maximum], ['2024-I', 'medio', 69800, 49800, 78500]);
  assert.is(x.error, 23400); // 69.800 − 46.400
  assert.is(Math.round(x.relativeError! * 1000) / 10, 50.4); // 23.400 / 46.400
  assert.is(x.inBand, false); // 46.400 < 49.800, the minimum
});

test('forecast against realisation: a count at the turn of the year meets a forecast for 1 January', () => {
  // MPP 2024-I expected ca. 136.000 Ukrainians per 1 januari 2025 (mediaan). The Staat van Migratie 2025 counts 123.210
  // "Oekraïense mensen" at the end of 2024 without saying whether derdelanders or only BRP registrations count: that count
  // is its own indicator (re-audit, issue 26), so the forecast has no realisation beside it.
  const u = m.vintages.find((x) => x.indicator === 'ukraine-residents' && x.period === '2025-01-01')!;
  assert.equal([u.realisation, u.realisationPeriod], [null, null]);
  assert.equal(u.forecasts.map((f) => [f.edition, f.scenario, f.value, f.error]), [['2024-I', 'mediaan', 136000, null]]);
  // MPP februari 2022 expected an eindbezetting of ruim 42.000; the COA counted some 52.000 at the end of 2022.
  const c = m.vintages.find((x) => x.indicator === 'coa-occupancy' && x.period === '2022-12-31')!;
  assert.equal([c.realisation, c.forecasts[0]!.value, c.forecasts[0]!.error], [52000, 42000, -10000]);
  // Only MPP prognoses are compared: the ministry's own June 2022 outlook of ruim 46.000 is not among them.
  assert.equal(c.forecasts.map((f) => f.edition), ['2022-02']);
});

test('a printed total is never replaced by a sum, and a sum needs every part from one source', () => {
  const printed = m.actuals.filter((a) => a.indicator === 'asylum-inflow-total' && !a.computed).map((a) => a.period);
  assert.ok(printed.includes('2021'));
  assert.not.ok(m.actuals.some((a) => a.computed && printed.includes(a.period) && a.indicator === 'asylum-inflow-total'));
  // 2022: the IND gives the total without resettlement (47.991) but no resettlement: no sum.
  assert.not.ok(m.actuals.some((a) => a.indicator === 'asylum-inflow-total' && a.period === '2022'));
});

test.run();
