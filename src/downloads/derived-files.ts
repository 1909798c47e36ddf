/**
 * The derived figures as downloads: JSON (full structure, with the input row ids of every figure)
 * and flat CSV (one derived figure per row, the tables of derived-tables.ts), beside the normalised
 * input in site/data/.
 */
import { toCsv, toExcelCsv } from '../data/csv.ts';
import type { Dataset } from '../data/schema.ts';
import { DATAPACKAGE, excelPath } from './catalogue.ts';
import { dataPackage } from './datapackage.ts';
import type { Model } from '../model/index.ts';
import type { OutputFolder } from '../runtime/output.ts';
import { DERIVED_TABLES } from './derived-tables.ts';

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

export async function writeDerivedFiles(out: OutputFolder, m: Model, data: Dataset): Promise<number> {
  let n = 1;
  await out.write(DATAPACKAGE, json(dataPackage(data, m)));
  for (const t of DERIVED_TABLES) {
    await out.write(`data/derived/${t.name}.json`, json(t.json(m)));
    await out.write(`data/derived/${t.name}.csv`, toCsv(t.columns, t.rows(m), { forSpreadsheets: true }));
    await out.write(excelPath(`data/derived/${t.name}.csv`), toExcelCsv(t.columns, t.rows(m)));
    n += 3;
  }
  // The scenario switches have no flat form: JSON only.
  await out.write('data/derived/scenario-switches.json', json(m.scenarioSwitches));
  return n + 1;
}
