/**
 * The data set as it stood before MPP 2025 (test/support/new-edition.ts: the shipped data without
 * the MPP 2025 letter's rows and the news release of the Staat van Migratie 2025) is a data set a
 * user had: it loads, and every page's view is made from it. The site once named the MPP 2025
 * letter in code and crashed without it.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { rm } from 'node:fs/promises';
import { loadCheckedDataset } from '../../src/sources/quotes.ts';
import { deriveModel } from '../../src/model/index.ts';
import { buildView } from '../../src/site/view.ts';
import { repositoryBeforeEdition } from '../support/new-edition.ts';

test('the data set before MPP 2025 loads and gives every page its view, MPP 2024-II the newest', async () => {
  const { repo, data: dir } = await repositoryBeforeEdition();
  try {
    const { data } = await loadCheckedDataset(dir);
    assert.not.ok(data.editions.some((e) => e.id === '2025'));
    const model = deriveModel(data);
    const view = buildView(data, model, [], [], 'https://example.org');
    assert.is(view.editions[0]!.id, '2024-II');
    assert.equal(view.municipalities.publications, [], 'no address without the letter that prints it');
  } finally {
    await rm(repo, { recursive: true, force: true });
  }
});

test.run();
