/** The downloadable data: every input table normalised, as JSON and as CSV, and the sources' excerpts. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { toCsv, toExcelCsv } from '../data/csv.ts';
import { excelPath } from './catalogue.ts';
import { EXCERPTS } from '../data/load.ts';
import type { OutputFolder } from '../runtime/output.ts';
import { columnsOf, type Dataset, TABLE_NAMES, TABLES } from '../data/schema.ts';

/** Cells as the CSV writes them: lists joined with |, null as empty. */
function flat(row: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Array.isArray(v) ? v.join('|') : v]));
}

/** Where a source's excerpt is published, relative to the site root. */
export const excerptPath = (excerpt: string): string => `data/${EXCERPTS}/${excerpt}`;

export async function writeDataFiles(out: OutputFolder, data: Dataset, dataDir: string): Promise<number> {
  let n = 0;
  // The verbatim excerpts of the sources other than the five letters: a reader checks a quote as the test does.
  for (const s of data.sources) {
    if (s.excerpt === null) continue;
    await out.write(excerptPath(s.excerpt), await readFile(path.join(dataDir, EXCERPTS, s.excerpt), 'utf8'));
    n++;
  }
  for (const table of TABLE_NAMES) {
    const rows = data[table] as object[];
    const name = TABLES[table].file.replace(/\.csv$/, '');
    await out.write(`data/${name}.json`, JSON.stringify(rows, null, 2) + '\n');
    await out.write(`data/${name}.csv`, toCsv(columnsOf(table), rows.map(flat), { forSpreadsheets: true }));
    await out.write(excelPath(`data/${name}.csv`), toExcelCsv(columnsOf(table), rows.map(flat)));
    n += 3;
  }
  return n;
}
