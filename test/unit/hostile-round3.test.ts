/**
 * Reliability, round three (issue 24), the cases that need no build, browser or process: each test
 * states the attack and the answer expected (a located error, the same bytes, a refused option).
 * The cases that need a whole build, Chromium or a process are in test/slow/adversarial-round3.test.ts.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { chartSpecs } from '../../src/charts/index.ts';
import { renderChart } from '../../src/charts/render.ts';
import { loadDataset } from '../../src/data/load.ts';
import { deriveModel } from '../../src/model/index.ts';
import { DATA } from '../support/helpers.ts';

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

test('time zone: every chart rendered west of UTC (Los Angeles) has the bytes it has east of UTC (Kiritimati): no year label a year early', async () => {
  const { data } = await loadDataset(DATA);
  const specs = chartSpecs(data, deriveModel(data));
  // 1 January 2024, 00:00 UTC is still 2023 in Los Angeles and already 2 p.m. in Kiritimati.
  const year = (tz: string) => inZone(tz, async () => new Date(Date.UTC(2024, 0, 1)).getFullYear());
  assert.equal([await year('America/Los_Angeles'), await year('Pacific/Kiritimati')], [2023, 2024], 'fixture: TZ is read at run time');
  let dated = 0;
  for (const s of specs) {
    const west = await inZone('America/Los_Angeles', () => renderChart(s.variants.wide, s.title));
    const east = await inZone('Pacific/Kiritimati', () => renderChart(s.variants.wide, s.title));
    assert.is(west.svg, east.svg, `${s.id}: the SVG depends on the time zone`);
    if (/>20\d\d</.test(east.svg)) dated++;
  }
  assert.ok(dated > 20, `fixture: charts with year labels (${dated})`);
});

test.run();
