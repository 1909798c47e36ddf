/**
 * Removing rows never crashes the program: for every group of rows an analyst might delete (all
 * figures of one indicator, edition, kind, source or cost type; one edition, indicator or source;
 * a cost calculation), the data set is either refused with located errors (exit 1), or the model,
 * the chart specs, the letters and the site's view are all made from it. An error of any other kind
 * is a rule that validation misses (as the cost rows of an emergency place were, once). No browser;
 * slow only for the number of cases.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { chartSpecs } from '../../src/charts/index.ts';
import { loadDataset } from '../../src/data/load.ts';
import { DataValidationError } from '../../src/errors.ts';
import { composeLetters } from '../../src/letters/index.ts';
import { loadWrittenLetters } from '../../src/letters/written/load.ts';
import { deriveModel } from '../../src/model/index.ts';
import { buildView } from '../../src/site/view.ts';
import { DATA } from '../support/helpers.ts';

/** Per table, the columns whose values group the rows an analyst would delete together. */
const GROUPS: Record<string, string[]> = {
  'prognoses.csv': ['indicator', 'edition', 'kind', 'source'],
  'realisations.csv': ['indicator', 'source'],
  'costs.csv': ['type', 'price_year'],
  'cost-scenarios.csv': ['id'],
  'basis-scenarios.csv': ['edition'],
  'editions.csv': ['id'],
  'indicators.csv': ['id'],
  'sources.csv': ['id'],
};

async function pipeline(dir: string): Promise<void> {
  const { data } = await loadDataset(dir);
  const model = deriveModel(data);
  const { letters, senders } = await loadWrittenLetters(dir, data, model);
  const specs = chartSpecs(data, model);
  const composed = composeLetters(data, model, specs, { written: letters, senders });
  // The view needs rendered charts only for their SVG text, which it passes through.
  const charts = specs.map((s) => ({ ...s, svgs: { narrow: '<svg></svg>', wide: '<svg></svg>' }, points: { narrow: [], wide: [] } }));
  buildView(data, model, charts as never, composed.map((l) => l.planned));
}

test('no removal of a group of rows makes the program fail with anything but located data errors', async () => {
  const crashes: string[] = [];
  let refused = 0;
  let built = 0;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mpp-removal-'));
  await cp(DATA, dir, { recursive: true });
  for (const [file, columns] of Object.entries(GROUPS)) {
    const original = await readFile(path.join(DATA, file), 'utf8');
    const parsed = Papa.parse<Record<string, string>>(original.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    for (const column of columns) {
      for (const value of new Set(parsed.data.map((r) => r[column] ?? ''))) {
        const kept = parsed.data.filter((r) => (r[column] ?? '') !== value);
        await writeFile(path.join(dir, file), Papa.unparse(kept, { columns: parsed.meta.fields!, newline: '\n' }) + '\n');
        try {
          await pipeline(dir);
          built++;
        } catch (e) {
          if (e instanceof DataValidationError && e.errors.every((x) => x.file && x.line > 0 && x.column > 0)) refused++;
          else crashes.push(`${file} without ${column}=${value}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
        }
      }
    }
    await writeFile(path.join(dir, file), original);
  }
  await rm(dir, { recursive: true, force: true });
  assert.equal(crashes, [], `${crashes.length} removals crash the program`);
  assert.ok(built > 50 && refused > 20, `both outcomes occur: ${built} built, ${refused} refused`);
});

test.run();
