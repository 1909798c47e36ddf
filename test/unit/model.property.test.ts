/**
 * Invariants of the model, over generated inputs (fast-check). Every property is about what the
 * model computes from the figures (matching, arithmetic, ordering), never about what the generator
 * already guarantees, and every one is checked on shuffled input: the model must not depend on the
 * order the rows come in.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import type { Cost, CostScenario, Scenario } from '../../src/data/schema.ts';
import { SCENARIOS } from '../../src/data/vocabulary.ts';
import { costCalculations } from '../../src/model/costs.ts';
import type { Actual, Forecast } from '../../src/model/figures.ts';
import { revisions } from '../../src/model/revisions.ts';
import { scenarioTables } from '../../src/model/scenarios.ts';
import { vintages } from '../../src/model/vintages.ts';

const EDITIONS = ['2021-09', '2022-02', '2024-I', '2024-II', '2025'];
const at = (edition: string) => EDITIONS.indexOf(edition);

const placeKey = (f: { indicator: string; region: string | null; period: string }) => [f.indicator, f.region ?? '', f.period].join('/');
const figureKey = (f: { edition: string; scenario: string } & Parameters<typeof placeKey>[0]) => [f.edition, f.scenario, placeKey(f)].join('/');

const forecastOf = (o: Pick<Forecast, 'edition' | 'indicator' | 'region' | 'scenario' | 'period' | 'value'>): Forecast => ({
  valueHigh: null,
  qualifier: null,
  qualifierScope: null,
  unit: 'applications',
  source: 'test',
  voice: null,
  rows: [],
  discrepancy: null,
  ...o,
});

const PLACES = ['asylum-inflow-total', 'occupancy'].flatMap((indicator) =>
  [null, 'noord'].flatMap((region) => ['2025', '2026'].map((period) => ({ indicator, region, period }))),
);

/**
 * Forecasts with distinct figure keys, and the same forecasts in another order. Each scenario of
 * each edition and place is there or not at random, and values are small, so that figures recur
 * across editions, sets are often complete and values meet at the edges (old 0, realisation on
 * the band's bound).
 */
const forecastSets = (scenarios: readonly Scenario[]) =>
  fc
    .tuple(...EDITIONS.flatMap((edition) => PLACES.map((p) => fc.tuple(...scenarios.map((scenario) =>
      fc.option(fc.nat(10).map((value) => forecastOf({ edition, scenario, ...p, value })), { freq: 2, nil: null }),
    )))))
    .map((groups) => groups.flat().filter((f): f is Forecast => f !== null))
    .chain((fs) => fc.tuple(fc.constant(fs), fc.shuffledSubarray(fs, { minLength: fs.length, maxLength: fs.length })));

const find = (fs: Forecast[], k: Parameters<typeof figureKey>[0]) => fs.find((f) => figureKey(f) === figureKey(k));

test('revisions: new − old is the change against the most recent earlier edition with that figure, once per figure', () => {
  fc.assert(
    fc.property(forecastSets(['minimum', 'medio', 'maximum']), ([fs, shuffled]) => {
      const rs = revisions(fs, EDITIONS);
      for (const r of rs) {
        const next = find(fs, r)!;
        const prev = find(fs, { ...r, edition: r.previous, scenario: r.previousScenario })!;
        assert.ok(next && prev, 'both figures of a revision exist');
        assert.not.ok(r.switched, 'no scenario switch without mediaan');
        assert.is(r.new, next.value);
        assert.is(r.old, prev.value);
        assert.is(r.old + r.change, r.new);
        assert.is(r.relative, r.old === 0 ? null : r.change / r.old);
        assert.ok(at(r.previous) < at(r.edition), 'compared with an earlier edition');
        const between = EDITIONS.slice(at(r.previous) + 1, at(r.edition));
        assert.ok(between.every((e) => !find(fs, { ...r, edition: e })), 'no edition in between has the figure');
      }
      for (const f of fs) {
        const earlier = EDITIONS.slice(0, at(f.edition)).some((e) => find(fs, { ...f, edition: e }));
        const mine = rs.filter((r) => figureKey(r) === figureKey(f));
        assert.is(mine.length, earlier ? 1 : 0, `revisions of ${figureKey(f)}`);
      }
      const sorted = (x: typeof rs) => [...x].sort((a, b) => figureKey(a).localeCompare(figureKey(b)));
      assert.equal(sorted(revisions(shuffled, EDITIONS)), sorted(rs));
    }),
  );
});

test('revisions: a mediaan is compared with the medio of an edition that has no mediaan for the indicator', () => {
  fc.assert(
    fc.property(forecastSets(['medio', 'mediaan']), ([fs]) => {
      for (const r of revisions(fs, EDITIONS)) {
        assert.is(r.switched, r.scenario !== r.previousScenario);
        if (!r.switched) continue;
        assert.equal([r.previousScenario, r.scenario], ['medio', 'mediaan']);
        const earlierMediaan = fs.some((f) => f.edition === r.previous && f.indicator === r.indicator && f.scenario === 'mediaan');
        assert.not.ok(earlierMediaan, 'across scenarios only when the earlier edition has no mediaan at all');
        assert.is(r.change, r.new - r.old);
      }
    }),
  );
});

test('scenario tables: one per edition, indicator and region; scenarios in vocabulary order; band = maximum − minimum', () => {
  fc.assert(
    fc.property(forecastSets(SCENARIOS), ([, shuffled]) => {
      const tables = scenarioTables(shuffled);
      const tableKey = (t: { edition: string; indicator: string; region: string | null }) => [t.edition, t.indicator, t.region ?? ''].join('/');
      assert.is(new Set(tables.map(tableKey)).size, tables.length, 'one table per edition, indicator, region');
      assert.equal(new Set(tables.map(tableKey)), new Set(shuffled.map(tableKey)));
      for (const t of tables) {
        const mine = shuffled.filter((f) => tableKey(f) === tableKey(t));
        assert.equal(t.scenarios, SCENARIOS.filter((s) => mine.some((f) => f.scenario === s)));
        assert.equal(new Set(t.periods.map((p) => p.period)), new Set(mine.map((f) => f.period)));
        for (const row of t.periods) {
          const value = (s: Scenario) => mine.find((f) => f.period === row.period && f.scenario === s)?.value;
          for (const s of SCENARIOS) assert.is(row.values[s], value(s));
          const [lo, hi] = [value('minimum'), value('maximum')];
          assert.is(row.band, lo !== undefined && hi !== undefined ? hi - lo : null);
        }
      }
    }),
  );
});

test('vintages: error = forecast − realisation of the central figure, in band when minimum ≤ realisation ≤ maximum', () => {
  const editions = fc.tuple(...EDITIONS.map(() => fc.constantFrom<Scenario>('medio', 'mediaan'))).map((bases) =>
    EDITIONS.map((id, i) => ({ id, basis: bases[i]! })),
  );
  const actuals = fc
    .tuple(...PLACES.map((p) => fc.option(fc.nat(10).map((value): Actual => ({ ...p, value, valueHigh: null, qualifier: null, qualifierScope: null, unit: 'applications', source: 'test', voice: null, rows: [], discrepancy: null })), { freq: 2, nil: null })))
    .map((as) => as.filter((a): a is Actual => a !== null));
  fc.assert(
    fc.property(forecastSets(SCENARIOS), actuals, editions, ([fs, shuffled], as, eds) => {
      const basis = (e: string) => eds.find((x) => x.id === e)!.basis;
      const vs = vintages(fs, as, basis, EDITIONS);
      assert.equal(vintages(shuffled, [...as].reverse(), basis, EDITIONS), vs, 'independent of the input order');
      assert.is(new Set(vs.map(placeKey)).size, vs.length, 'one vintage per indicator, region and period');
      assert.equal(new Set(vs.map(placeKey)), new Set(fs.map(placeKey)));
      for (let i = 1; i < vs.length; i++) {
        const [a, b] = [vs[i - 1]!, vs[i]!];
        const cmp = a.indicator.localeCompare(b.indicator) || (a.region ?? '').localeCompare(b.region ?? '') || Number(a.period) - Number(b.period);
        assert.ok(cmp < 0, `vintages sorted: ${placeKey(a)} before ${placeKey(b)}`);
      }
      for (const v of vs) {
        const real = as.find((a) => placeKey(a) === placeKey(v))?.value ?? null;
        assert.is(v.realisation, real);
        const expected = EDITIONS.flatMap((edition) => {
          const mine = fs.filter((f) => f.edition === edition && placeKey(f) === placeKey(v));
          const basis = eds.find((e) => e.id === edition)!.basis;
          const central = [basis, 'point', 'medio', 'mediaan'].map((s) => mine.find((f) => f.scenario === s)).find(Boolean);
          return central ? [{ edition, central, mine }] : [];
        });
        assert.equal(v.forecasts.map((f) => f.edition), expected.map((e) => e.edition), 'every edition with a central figure, in edition order');
        v.forecasts.forEach((vf, i) => {
          const { central, mine } = expected[i]!;
          const min = mine.find((f) => f.scenario === 'minimum')?.value ?? null;
          const max = mine.find((f) => f.scenario === 'maximum')?.value ?? null;
          assert.is(vf.scenario, central.scenario);
          assert.is(vf.value, central.value);
          assert.equal([vf.minimum, vf.maximum], [min, max]);
          assert.is(vf.error, real === null ? null : central.value - real);
          assert.is(vf.relativeError, real === null || real === 0 ? null : (central.value - real) / real);
          assert.is(vf.inBand, real === null || min === null || max === null ? null : min <= real && real <= max);
        });
      }
    }),
  );
});

test('cost calculations use the amounts of their own price year; a mix lies between all-regular and all-emergency', () => {
  const YEARS = [2022, 2023, 2024];
  const costs = fc
    .tuple(...YEARS.map(() => fc.tuple(fc.integer({ min: 1, max: 200_000 }), fc.option(fc.integer({ min: 1, max: 200_000 }), { nil: null }))))
    .map((perYear) =>
      perYear.flatMap(([emergency, regular], i) => {
        const row = (type: Cost['type'], amount: number) =>
          ({ type, price_year: YEARS[i]!, amount, unit: 'eur-per-place-per-year', qualifier: null, source: 's', location: 'p. 1', quote: null, note: null }) as Cost;
        return [row('emergency-average', emergency), ...(regular === null ? [] : [row('regular', regular)])];
      }),
    );
  const scenario = fc.record({
    kind: fc.constantFrom('mix', 'conversion'),
    places: fc.nat(200_000),
    emergency_share: fc.integer({ min: 0, max: 100 }),
    regular_basis: fc.constantFrom('regular', 'half-emergency'),
    price_year: fc.constantFrom(...YEARS),
  });
  fc.assert(
    fc.property(costs, fc.array(scenario, { minLength: 1, maxLength: 4 }), (cs, raw) => {
      const amount = (type: Cost['type'], year: number) => cs.find((c) => c.type === type && c.price_year === year)?.amount;
      const scenarios = raw
        .filter((s) => s.regular_basis === 'half-emergency' || amount('regular', s.price_year) !== undefined)
        .map((s, i) => ({ ...s, id: `s${i}`, label: 'x', source: 's', location: 'p. 1', quote: null, note: null }) as CostScenario);
      const shuffled = [...cs].reverse();
      costCalculations(shuffled, scenarios).forEach((c, i) => {
        const s = scenarios[i]!;
        const e = amount('emergency-average', s.price_year)!;
        const r = s.regular_basis === 'regular' ? amount('regular', s.price_year)! : e / 2;
        assert.is(c.emergencyPerYear, e);
        assert.is(c.regularPerYear, r);
        const costRows = c.rows.filter((id) => id.startsWith('costs/'));
        assert.ok(costRows.every((id) => id.split('/')[2] === String(s.price_year)), 'only cost rows of its price year');
        const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y));
        if (s.kind === 'conversion') {
          assert.is(c.emergencyShare, 1);
          assert.ok(close(c.total, s.places * (e - r)), 'conversion saves emergency − regular per place');
        } else {
          assert.is(c.emergencyShare, s.emergency_share / 100);
          const [lo, hi] = [s.places * Math.min(e, r), s.places * Math.max(e, r)];
          assert.ok(c.total >= lo - 1e-6 && c.total <= hi + 1e-6, `mix ${c.total} within [${lo}, ${hi}]`);
          assert.ok(close(c.total, s.places * (c.emergencyShare * e + (1 - c.emergencyShare) * r)));
        }
      });
    }),
  );
});

test.run();
