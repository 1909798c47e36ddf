/**
 * Sources that disagree: the order the site and the letters follow (src/model/precedence.ts), the
 * build's warning naming every row by file:line, and `preferred` where the order cannot decide.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import * as message from '../../src/messages.ts';
import { deriveModel } from '../../src/model/index.ts';
import { loadCheckedDataset } from '../../src/sources/quotes.ts';
import { DATA, lineOf, scratchData } from '../support/helpers.ts';
import { addColumn, addRow } from '../support/csv-edit.ts';

test('the shipped data: one disagreement, warned with both rows, the newer letter used', async () => {
  // Ukrainian displaced persons on 10 March 2024: the letter to the municipalities of 25 April 2024
  // says 108.000, the Kamerbrief of 5 April 2024 says 114.000. Both are letters: the newer one is used.
  const { data, notices } = await loadCheckedDataset(DATA, { cwd: path.dirname(DATA) });
  const R = 'realisations.csv';
  const used = await lineOf(DATA, R, 'ukraine-residents,,2024-03-10,108000');
  const other = await lineOf(DATA, R, 'ukraine-residents,,2024-03-10,114000');
  assert.equal(notices, [
    message.build.sourcesDisagree(
      'realisation ukraine-residents 2024-03-10',
      { at: `data/${R}:${used}`, value: '108000', source: 'gemeenten-2024-04-25', rank: 'een brief aan de Kamer of de gemeenten' },
      [{ at: `data/${R}:${other}`, value: '114000', source: 'tk-2024-04-05-asielketen' }],
    ),
  ]);
  const actual = deriveModel(data).actuals.find((a) => a.indicator === 'ukraine-residents' && a.period === '2024-03-10')!;
  assert.is(actual.value, 108000, 'the model uses the row the warning names');
  assert.equal(actual.discrepancy?.map((c) => c.value), [108000, 114000], 'and keeps the other to show');
});

test("an edition's reporting document outranks a news release of the same day", async () => {
  const dir = await scratchData();
  await addRow(dir, 'sources.csv', { id: 'persbericht-mpp-2025', title: 'Persbericht MPP 2025', publisher: 'Ministerie van Asiel en Migratie', date: '2025-09-26', form: 'release', excerpt: 'persbericht-mpp-2025.txt' });
  await writeFile(path.join(dir, 'sources', 'persbericht-mpp-2025.txt'), 'Voor 2025 wordt een asielinstroom van 48.000 verwacht.\n');
  const line = await addRow(dir, 'prognoses.csv', {
    kind: 'mpp', edition: '2025', indicator: 'asylum-inflow-total', scenario: 'medio', period: '2025', value: '48000', unit: 'applications',
    source: 'persbericht-mpp-2025', location: 'alinea 1', quote: 'asielinstroom van 48.000',
  });
  const { data, notices } = await loadCheckedDataset(dir);
  const own = await lineOf(dir, 'prognoses.csv', 'mpp,2025,asylum-inflow-total,,medio,2025,47000');
  const P = path.join(dir, 'prognoses.csv');
  assert.ok(
    notices.includes(
      message.build.sourcesDisagree(
        'MPP 2025 asylum-inflow-total 2025 (medio)',
        { at: `${P}:${own}`, value: '47000', source: 'tk-2025-mpp-2025', rank: 'het document dat de editie rapporteert' },
        [{ at: `${P}:${line}`, value: '48000', source: 'persbericht-mpp-2025' }],
      ),
    ),
    notices.join('\n'),
  );
  const f = deriveModel(data).forecasts.find((x) => x.edition === '2025' && x.indicator === 'asylum-inflow-total' && x.period === '2025' && x.scenario === 'medio')!;
  assert.is(f.value, 47000);
  assert.is(f.source, 'tk-2025-mpp-2025');
});

test('preferred settles a tie between two releases of one day: no error, the marked row used and named', async () => {
  const dir = await scratchData();
  for (const [id, value] of [['persbericht-a', '52.000'], ['persbericht-b', '53.000']] as const) {
    await addRow(dir, 'sources.csv', { id, title: id, publisher: 'IND', date: '2031-01-10', form: 'release', excerpt: `${id}.txt` });
    await writeFile(path.join(dir, 'sources', `${id}.txt`), `In 2031 deden ${value} mensen een eerste asielaanvraag.\n`);
  }
  await addColumn(dir, 'realisations.csv', 'preferred');
  const row = (source: string, value: string, quote: string, preferred: string) => ({
    indicator: 'asylum-inflow-first', period: '2031', value, unit: 'applications', source, location: 'p. 1', quote, preferred,
  });
  await addRow(dir, 'realisations.csv', row('persbericht-a', '52000', 'In 2031 deden 52.000 mensen', ''));
  const b = await addRow(dir, 'realisations.csv', row('persbericht-b', '53000', 'In 2031 deden 53.000 mensen', 'yes'));
  const { data, notices } = await loadCheckedDataset(dir);
  assert.ok(notices.some((n) => n.includes(`use 53000 (${path.join(dir, 'realisations.csv')}:${b}, persbericht-b: gemarkeerd als te gebruiken)`)), notices.join('\n'));
  assert.is(deriveModel(data).actuals.find((a) => a.indicator === 'asylum-inflow-first' && a.period === '2031')!.value, 53000);
});

test.run();
