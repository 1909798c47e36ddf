/** The pieces of the charts that need no browser: periods as instants, the colour vocabulary, label dodging. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { periodDate, periodSpan } from '../../src/data/period.ts';
import { contrast, editionColours, luminance, REALISATION, SCENARIO_COLOUR } from '../../src/charts/colours.ts';
import { dodge, niceTop } from '../../src/charts/layout.ts';
import { follows, segments } from '../../src/charts/time.ts';
import { textWidth } from '../../src/charts/text-width.ts';

test('a period is placed at its middle, a date at itself, an interval at its end', () => {
  assert.is(periodDate('2021'), '2021-07-02T12:00:00.000Z'); // 365 days / 2
  assert.is(periodDate('2024'), '2024-07-02T00:00:00.000Z'); // leap year: 366 / 2
  assert.is(periodDate('2024-H2'), '2024-10-01T00:00:00.000Z');
  assert.is(periodDate('2025-01-01'), '2025-01-01T00:00:00.000Z');
  assert.is(periodDate('2024-01-01/2024-06-30'), '2024-06-30T00:00:00.000Z');
  assert.equal(periodSpan('2024-Q4'), { start: '2024-10-01T00:00:00.000Z', end: '2025-01-01T00:00:00.000Z' });
  assert.is(periodDate('2024-02-30/2024-03-01'), null, 'no 30 February');
  assert.is(periodDate('2024-06-30/2024-01-01'), null, 'an interval ends after it starts');
  assert.is(periodDate('medio'), null);
});

test('lines join periods that follow each other, never across a missing one', () => {
  assert.ok(follows('2021', '2022'));
  assert.not.ok(follows('2022', '2024'));
  assert.ok(follows('2024-H2', '2025-H1'));
  assert.ok(follows('2025-01-01', '2026-01-01'), 'a stock measured at two moments');
  assert.not.ok(follows('2024', '2025-01-01'));
  assert.equal(segments(['2020', '2021', '2022', '2024', '2025']), [0, 0, 0, 1, 1]);
});

test('every colour that carries meaning has 3:1 against white; ramps run light to dark', () => {
  for (const [s, c] of Object.entries(SCENARIO_COLOUR)) assert.ok(contrast(c) >= 3, `${s} ${c}: ${contrast(c).toFixed(2)}`);
  const ramp = ['minimum', 'mediaan', 'medio', 'maximum'] as const;
  for (let i = 1; i < ramp.length; i++) assert.ok(luminance(SCENARIO_COLOUR[ramp[i]!]) < luminance(SCENARIO_COLOUR[ramp[i - 1]!]), ramp[i]);
  const editions = [...editionColours(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']).values()];
  for (const c of editions) assert.ok(contrast(c) >= 3, `${c}: ${contrast(c).toFixed(2)}`);
  for (let i = 1; i < editions.length; i++) assert.ok(luminance(editions[i]!) < luminance(editions[i - 1]!), 'older is lighter');
  assert.ok(!editions.includes(REALISATION) && !Object.values(SCENARIO_COLOUR).some((c) => editions.includes(c)), 'no colour means two things');
});

test('direct labels are moved apart just enough, inside the plot', () => {
  assert.equal(dodge([50, 52, 100], 14, 200), [50, 64, 100]);
  assert.equal(dodge([195, 199], 14, 200), [186, 200]);
  assert.equal(niceTop(78_900), 100_000);
  assert.equal(niceTop(22_000), 25_000);
  assert.equal(niceTop(780), 1000);
});

test('text widths are Fira Sans at the size asked', () => {
  // Measured in Chromium: "0" is 558/1000 em in Fira Sans 400; times the 3 % margin.
  assert.ok(Math.abs(textWidth('0', 1000) - 558 * 1.03) < 1e-9);
  assert.ok(textWidth('MPP september 2021', 12) < 130 && textWidth('MPP september 2021', 12) > 100);
  assert.ok(textWidth('A', 12, 600) > textWidth('A', 12, 400));
});

test.run();
