/** The downloadable data: every input table normalised, as JSON and as CSV. */
import { toCsv } from '../data/csv.ts';
import type { OutputFolder } from '../runtime/output.ts';
import { columnsOf, type Dataset, TABLE_NAMES, TABLES } from '../data/schema.ts';

/** Cells as the CSV writes them: lists joined with |, null as empty. */
function flat(row: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Array.isArray(v) ? v.join('|') : v]));
}

export async function writeDataFiles(out: OutputFolder, data: Dataset): Promise<number> {
  let n = 0;
  for (const table of TABLE_NAMES) {
    const rows = data[table] as object[];
    const name = TABLES[table].file.replace(/\.csv$/, '');
    await out.write(`data/${name}.json`, JSON.stringify(rows, null, 2) + '\n');
    await out.write(`data/${name}.csv`, toCsv(columnsOf(table), rows.map(flat), { forSpreadsheets: true }));
    n += 2;
  }
  return n;
}
