/**
 * The edition pages and the sources page, without a build (issue 23, point 6): "Wat is er veranderd"
 * on every edition with a predecessor, the words for who sent or published a document (by its form),
 * and the number of figures each source gives. Figures come from data/, worked out by hand from the
 * CSV: MPP 2024-II gives total inflow for 2025 and 2026, MPP 2024-I for 2024, so nothing overlaps.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import type { Dataset } from '../../src/data/schema.ts';
import { SOURCE_FORMS, sourceAct } from '../../src/data/vocabulary.ts';
import { deriveModel } from '../../src/model/index.ts';
import { changesView } from '../../src/site/view/changes.ts';
import { viewContext } from '../../src/site/view/context.ts';
import { figuresPerSource } from '../../src/site/view/sources.ts';
import { citingRows } from '../support/helpers.ts';
import { shipped } from '../support/shipped.ts';

const { data, model } = await shipped();
const shippedContext = viewContext(data, model, []);
/** What changed in `edition`: of the shipped data from its one model, of another data set from its own. */
const changes = (d: Dataset, edition: string) => changesView(d === data ? shippedContext : viewContext(d, deriveModel(d), []), edition);

test('"Wat is er veranderd": the first edition has none; every later one has revisions or what each edition gives', () => {
  assert.is(changes(data, '2021-09'), null);
  const later = ['2022-02', '2024-I', '2024-II', '2025'];
  const byEdition = Object.fromEntries(later.map((id) => [id, changes(data, id)!]));
  // The previous edition is the one before it by `published`.
  assert.equal(later.map((id) => byEdition[id]!.previous.id), ['2021-09', '2022-02', '2024-I', '2024-II']);
  // MPP februari 2022 revises the 34.370 of MPP september 2021 for 2022 (one figure); MPP 2025 revises
  // MPP 2024-II's total inflow 2025 and 2026 in three scenarios each and its first applications twice.
  assert.is(byEdition['2022-02']!.revised, 1);
  assert.is(byEdition['2025']!.revised, 8);
  assert.is(byEdition['2025']!.coverage, null);
  // MPP 2024-II against MPP 2024-I: nothing overlaps, and the page says what each gives.
  const c = byEdition['2024-II']!;
  assert.is(c.revised, 0);
  assert.equal(c.shared.map((x) => [x.indicator, x.previous, x.current]), [['asylum-inflow-total', ['2024'], ['2025', '2026']]]);
  const firstApplications = c.coverage!.find((x) => x.indicator === 'asylum-inflow-first')!;
  assert.equal([firstApplications.previous, firstApplications.current], [[], ['2025', '2026']]);
  // MPP 2024-I against MPP februari 2022: both give total inflow and COA occupancy, for other periods.
  assert.equal(
    byEdition['2024-I']!.shared.map((x) => [x.indicator, x.previous, x.current]),
    [['asylum-inflow-total', ['2022'], ['2024']], ['coa-occupancy', ['2022-12-31'], ['2025-01-01', '2026-01-01']]],
  );
});

test('"Wat is er veranderd": one overlapping figure turns the sentence into a revision', () => {
  // MPP 2024-II given a total inflow for 2024 in medio (a made-up 60.000) overlaps MPP 2024-I's 69.800.
  const base = data.prognoses.find((p) => p.kind === 'mpp' && p.edition === '2024-I' && p.indicator === 'asylum-inflow-total' && p.scenario === 'medio' && p.period === '2024')!;
  const edited: Dataset = { ...data, prognoses: [...data.prognoses, { ...base, edition: '2024-II', value: 60000, source: 'ek-2025-02-07-begroting-am' }] };
  const c = changes(edited, '2024-II')!;
  assert.is(c.revised, 1);
  assert.is(c.coverage, null);
});

test('who sent or published a document follows its form: a release is published, never sent', () => {
  const ministry = 'Ministerie van Asiel en Migratie';
  assert.is(sourceAct({ form: 'letter', publisher: ministry, reference: 'Tweede Kamer, vergaderjaar 2025–2026, 19 637, nr. 3478' }), 'een Kamerbrief, verzonden door het Ministerie van Asiel en Migratie aan de Tweede Kamer');
  assert.is(sourceAct({ form: 'letter', publisher: 'Ministerie van Justitie en Veiligheid', reference: null }), 'een brief, verzonden door het Ministerie van Justitie en Veiligheid');
  assert.is(sourceAct({ form: 'qa', publisher: ministry, reference: 'Eerste Kamer, vergaderjaar 2024–2025, 36 600 XX, E' }), 'antwoorden op vragen uit de Eerste Kamer, verzonden door het Ministerie van Asiel en Migratie');
  assert.is(sourceAct({ form: 'qa', publisher: ministry, reference: 'Aanhangsel Handelingen II, vergaderjaar 2024–2025, nr. 1356' }), 'antwoorden op vragen uit de Tweede Kamer, verzonden door het Ministerie van Asiel en Migratie');
  assert.is(sourceAct({ form: 'release', publisher: 'COA', reference: null }), 'een nieuwsbericht, gepubliceerd door COA');
  assert.is(sourceAct({ form: 'statistics', publisher: 'CBS', reference: null }), 'een statistiek, gepubliceerd door CBS');
  // Every form has its words, and only a letter or answers are sent.
  for (const form of SOURCE_FORMS) {
    const act = sourceAct({ form, publisher: ministry, reference: null });
    assert.is(/verzonden|stuurde/.test(act), form === 'letter' || form === 'qa', `${form}: ${act}`);
  }
});

test('/bronnen/ counts every figure of a source, those of an edition\'s own reporting document included', async () => {
  const expected = await citingRows();
  const counted = figuresPerSource(data);
  for (const s of data.sources) assert.is(counted.get(s.id) ?? 0, expected.get(s.id) ?? 0, s.id);
  // The document that reports MPP 2024-I also names the scenario of two Ukraine indicators (basis-scenarios.csv).
  assert.ok((counted.get('tk-2024-04-05-asielketen') ?? 0) > data.prognoses.filter((p) => p.source === 'tk-2024-04-05-asielketen').length + data.realisations.filter((p) => p.source === 'tk-2024-04-05-asielketen').length);
  // Every edition's own source gives figures.
  for (const e of data.editions) assert.ok((counted.get(e.source) ?? 0) > 0, e.id);
});

test.run();
