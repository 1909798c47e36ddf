/**
 * Load and validate: read every CSV of the data set, check each cell against the schema and every
 * row against the other tables, and return the typed data set — or every error of the run at once.
 */
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCsv } from './csv.ts';
import { decodeData } from './decode.ts';
import { type DataError, DataValidationError } from '../errors.ts';
import * as message from '../messages.ts';
import { columnsOf, type Dataset, OPTIONAL_COLUMNS, TABLE_NAMES, TABLES, type TableName } from './schema.ts';
import { crossCheck, type Located } from './validate.ts';

export type LocatedDataset = { [T in TableName]: Located<Dataset[T][number]>[] };

/** How a file is named in messages: relative to the working directory (`cwd`) when it lies below it. */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

/** Parse one table's text: header and cell checks only (no references to other tables). */
export function parseTable<T extends TableName>(
  table: T,
  text: string,
  file: string,
): { rows: Located<Dataset[T][number]>[]; errors: DataError[] } {
  const errors: DataError[] = [];
  const { table: csv, problems } = parseCsv(text, file);
  for (const p of problems) errors.push({ file, line: p.line, column: p.column, message: p.message });

  const expected = columnsOf(table);
  const optional: readonly string[] = OPTIONAL_COLUMNS[table] ?? [];
  const missing = expected.filter((c) => !csv.header.includes(c) && !optional.includes(c));
  for (const c of missing) {
    errors.push({
      file,
      line: 1,
      column: csv.header.length + 1,
      message: message.file.missingColumn(c, expected),
    });
  }
  csv.header.forEach((h, i) => {
    if (!expected.includes(h)) {
      errors.push({
        file,
        line: 1,
        column: i + 1,
        value: h,
        message: message.file.unknownColumn(expected),
      });
    }
  });
  const seen = new Set<string>();
  csv.header.forEach((h, i) => {
    if (seen.has(h)) errors.push({ file, line: 1, column: i + 1, value: h, message: message.file.duplicateColumn() });
    seen.add(h);
  });
  if (missing.length > 0) return { rows: [], errors };

  const schema = TABLES[table].row;
  const rows: Located<Dataset[T][number]>[] = [];
  for (const record of csv.records) {
    const input = Object.fromEntries(expected.map((c) => [c, record.cells[c] ?? '']));
    const result = schema.safeParse(input);
    if (result.success) {
      rows.push({ row: result.data as Dataset[T][number], file, line: record.line, header: csv.header });
      continue;
    }
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? '');
      errors.push({
        file,
        line: record.line,
        column: csv.header.indexOf(field) + 1,
        field,
        value: record.cells[field] ?? '',
        message: issue.message,
      });
    }
  }
  return { rows, errors };
}

/**
 * Read and validate the data set in `dir`. Throws DataValidationError with every error found; a file
 * read in another encoding than UTF-8 gives a notice.
 */
export async function loadDataset(
  dir: string,
  opts: { cwd?: string } = {},
): Promise<{ data: Dataset; located: LocatedDataset; notices: string[] }> {
  const errors: DataError[] = [];
  const notices: string[] = [];
  const located = {} as Record<TableName, Located<unknown>[]>;
  for (const table of TABLE_NAMES) {
    const full = path.join(dir, TABLES[table].file);
    const file = displayPath(full, opts.cwd);
    let bytes: Buffer;
    try {
      bytes = await readFile(full);
    } catch {
      errors.push({ file, line: 1, column: 1, message: message.file.missing(TABLES[table].file) });
      located[table] = [];
      continue;
    }
    const decoded = decodeData(bytes);
    if (!decoded.ok) {
      errors.push({ file, line: decoded.line, column: decoded.column, message: decoded.message });
      located[table] = [];
      continue;
    }
    if (decoded.encoding !== 'utf-8') {
      notices.push(message.build.windows1252(file, decoded.encoding));
    }
    const text = decoded.text;
    const parsed = parseTable(table, text, file);
    errors.push(...parsed.errors);
    located[table] = parsed.rows;
  }
  const tables = located as unknown as LocatedDataset;
  errors.push(...crossCheck(tables));
  errors.push(...(await missingExcerpts(dir, tables.sources)));
  if (errors.length > 0) throw new DataValidationError(errors);
  const data = Object.fromEntries(
    TABLE_NAMES.map((t) => [t, tables[t].map((l) => l.row)]),
  ) as unknown as Dataset;
  return { data, located: tables, notices };
}

/** The folder, inside the data set, that holds the verbatim excerpts of sources other than the five letters. */
export const EXCERPTS = 'sources';

/** A source that names an excerpt must have it, so that its quotes can be checked offline. */
async function missingExcerpts(dir: string, sources: LocatedDataset['sources']): Promise<DataError[]> {
  const errors: DataError[] = [];
  for (const l of sources) {
    if (l.row.excerpt === null) continue;
    try {
      await access(path.join(dir, EXCERPTS, l.row.excerpt));
    } catch {
      errors.push({
        file: l.file,
        line: l.line,
        column: l.header.indexOf('excerpt') + 1,
        field: 'excerpt',
        value: l.row.excerpt,
        message: message.table.missingExcerpt(EXCERPTS, l.row.excerpt),
      });
    }
  }
  return errors;
}
