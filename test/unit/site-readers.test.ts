/**
 * The pieces of the site for readers who arrive with a question (issue 27), without a build: the
 * themes every indicator is grouped by, the price years the data marks as assumed, the date of last
 * update, and the addresses the municipalities page links (each printed in a source letter).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadDataset } from '../../src/data/load.ts';
import { priceYearAssumed } from '../../src/data/price-year.ts';
import { lastUpdated } from '../../src/site/view/freshness.ts';
import { PUBLICATIONS } from '../../src/site/view/municipalities.ts';
import { THEMES, themeGroups, themeOf } from '../../src/site/view/themes.ts';
import { byImportance } from '../../src/site/view/importance.ts';
import { DATA, SEEDS, hasSeeds } from '../support/helpers.ts';

const { data } = await loadDataset(DATA);

test('every shipped indicator has one of the seven themes, in the order the issue names them', () => {
  assert.equal(
    THEMES.filter((t) => t.id !== 'other').map((t) => t.id),
    ['inflow', 'ind', 'reception', 'housing', 'ukraine', 'departure', 'costs'],
  );
  const unthemed = data.indicators.filter((i) => themeOf(i.id).id === 'other').map((i) => i.id);
  assert.equal(unthemed, []);
  // A budget is a cost even when it is the IND's; a count of the IND is the IND's.
  assert.is(themeOf('ind-budget').id, 'costs');
  assert.is(themeOf('ind-stock-asylum').id, 'ind');
  assert.is(themeOf('asylum-inflow-budget-assumption').id, 'inflow');
  assert.is(themeOf('detention-capacity-added').id, 'departure');
  assert.is(themeOf('made-up-indicator').id, 'other');
});

test('the groups on /indicatoren/ follow the themes, by label within a theme, and hold every indicator once', () => {
  const items = data.indicators.map((i) => ({ id: i.id, label: i.label }));
  const groups = themeGroups(items);
  assert.equal(groups.map((g) => g.theme.id), ['inflow', 'ind', 'reception', 'housing', 'ukraine', 'departure', 'costs']);
  assert.is(groups.reduce((n, g) => n + g.indicators.length, 0), items.length);
  for (const g of groups) {
    const labels = g.indicators.map((i) => i.label);
    assert.equal(labels, [...labels].sort((a, b) => a.localeCompare(b, 'nl')), g.theme.id);
  }
  // Edition pages order by the same themes: an IND indicator comes before a reception one.
  const sorted = [
    { indicator: 'coa-occupancy', label: 'Bezetting COA' },
    { indicator: 'ind-stock-asylum', label: 'Voorraad asielzaken IND' },
    { indicator: 'asylum-inflow-total', label: 'Totale asielinstroom' },
  ].sort(byImportance);
  assert.equal(sorted.map((s) => s.indicator), ['asylum-inflow-total', 'ind-stock-asylum', 'coa-occupancy']);
});

test('the price years the notes mark as assumed: the average emergency place, TGO (2023) and the Ukrainian norm of 2024', () => {
  const assumed = data.costs.filter(priceYearAssumed).map((c) => `${c.type} ${c.price_year}`);
  assert.equal(assumed.sort(), ['emergency-average 2023', 'tgo 2023', 'ukraine-norm 2024']);
  // A price year the note derives from the sentence before is the source's own.
  assert.not.ok(priceYearAssumed({ note: 'prijsjaar 2023 afgeleid uit de direct voorafgaande zin' }));
  assert.ok(priceYearAssumed({ note: 'Prijsjaar NIET vermeld; 2023 aangenomen' }));
  assert.not.ok(priceYearAssumed({ note: null }));
});

test('"Laatst bijgewerkt" is the newest date of a source or edition: 26 September 2025 for the shipped data', () => {
  assert.is(lastUpdated(data), '2025-09-26');
  assert.is(lastUpdated({ sources: [{ date: '2024-01' }, { date: '2023-12-31' }], editions: [] } as never), '2024-01');
  assert.is(lastUpdated({ sources: [{ date: '2024-01' }, { date: '2024-01-15' }], editions: [] } as never), '2024-01-15');
});

test('every address the municipalities page links is printed in the source letter it is cited from', async () => {
  if (!hasSeeds) {
    console.log('  (skipped: ../shared/seeds is absent)');
    return;
  }
  for (const p of PUBLICATIONS) {
    assert.ok(data.sources.some((s) => s.id === p.citedIn && s.seed === p.seed), `${p.citedIn} has seed ${p.seed}`);
    // A footnote may break the address over two lines.
    const text = (await readFile(path.join(SEEDS, p.seed), 'utf8')).replace(/-\n/g, '-');
    assert.ok(text.includes(p.url), `${p.url} is not in ${p.seed}`);
  }
});

test.run();
