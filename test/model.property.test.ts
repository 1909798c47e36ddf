/** Invariants of the model, over generated inputs (fast-check). */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { conversionSaving, mixCost } from '../src/model/costs.ts';
import type { Forecast } from '../src/model/figures.ts';
import { revise } from '../src/model/revisions.ts';
import { scenarioTables } from '../src/model/scenarios.ts';

const forecast = (o: Partial<Forecast>): Forecast => ({
  edition: '2025',
  indicator: 'asylum-inflow-total',
  region: null,
  scenario: 'medio',
  period: '2025',
  value: 0,
  qualifier: null,
  unit: 'applications',
  rows: [],
  discrepancy: null,
  ...o,
});

test('a revision of a figure against itself is zero', () => {
  fc.assert(
    fc.property(fc.nat(10_000_000), (value) => {
      const f = forecast({ value });
      const r = revise(f, f);
      return r.change === 0 && (value === 0 ? r.relative === null : r.relative === 0);
    }),
  );
});

test('old + change = new, for any two figures', () => {
  fc.assert(
    fc.property(fc.nat(10_000_000), fc.nat(10_000_000), (a, b) => {
      const r = revise(forecast({ value: a, edition: '2024-II' }), forecast({ value: b }));
      return r.old + r.change === r.new;
    }),
  );
});

test('costs scale linearly in places', () => {
  fc.assert(
    fc.property(
      fc.nat(200_000),
      fc.integer({ min: 1, max: 10 }),
      fc.integer({ min: 0, max: 100 }),
      fc.integer({ min: 1, max: 200_000 }),
      fc.integer({ min: 1, max: 200_000 }),
      (places, k, share, emergency, regular) => {
        const s = share / 100;
        const one = mixCost(places, s, emergency, regular);
        const close = (x: number, y: number) => Math.abs(x - y) <= 1e-6 * Math.max(1, Math.abs(y));
        return (
          close(mixCost(places * k, s, emergency, regular), k * one) &&
          close(conversionSaving(places * k, emergency, regular), k * conversionSaving(places, emergency, regular))
        );
      },
    ),
  );
});

test('a scenario table keeps minimum ≤ maximum, and its band is never negative', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.integer({ min: 2020, max: 2030 }), fc.nat(100_000), fc.nat(100_000)), { minLength: 1, maxLength: 8 }),
      (sets) => {
        const seen = new Set<number>();
        const forecasts = sets.flatMap(([year, a, b]) => {
          if (seen.has(year)) return [];
          seen.add(year);
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          return [
            forecast({ period: String(year), scenario: 'minimum', value: lo }),
            forecast({ period: String(year), scenario: 'maximum', value: hi }),
          ];
        });
        return scenarioTables(forecasts).every((t) =>
          t.periods.every((p) => p.values.minimum! <= p.values.maximum! && p.band! >= 0),
        );
      },
    ),
  );
});

test.run();
