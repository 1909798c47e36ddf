/**
 * Load and validate: read every CSV of the data set, check each cell against the schema and every
 * row against the other tables, and return the typed data set — or every error of the run at once.
 */
import { readdir, readFile, readlink } from 'node:fs/promises';
import path from 'node:path';
import { parseCsv } from './csv.ts';
import { decodeData } from './decode.ts';
import { type DataError, DataValidationError, pushAll } from '../errors.ts';
import * as message from '../messages.ts';
import { columnsOf, type Dataset, NUMBER_COLUMNS, OPTIONAL_COLUMNS, TABLE_NAMES, TABLES, type TableName } from './schema.ts';
import { crossCheck, type Located } from './validate.ts';

export type LocatedDataset = { [T in TableName]: Located<Dataset[T][number]>[] };

/**
 * A check a later stage adds to the loading (src/sources/quotes.ts checks every quote against its
 * source's text): run on the rows that parsed, its errors reported with all the others.
 */
export type DatasetCheck = (tables: LocatedDataset, dir: string) => Promise<{ errors: DataError[]; notices: string[] }>;

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
    const flagged = new Set(result.success ? [] : result.error.issues.map((i) => String(i.path[0] ?? '')));
    // In a comma-separated file a quoted "2,5" reaches the number column whole; only a
    // semicolon-separated file (Dutch Excel's) may write the decimal comma.
    const commas = csv.delimiter === ',' ? expected.filter((c) => NUMBER_COLUMNS.has(c) && !flagged.has(c) && (record.cells[c] ?? '').includes(',')) : [];
    for (const field of commas) {
      const value = record.cells[field] ?? '';
      errors.push({ file, line: record.line, column: csv.header.indexOf(field) + 1, field, value, message: message.cell.decimalComma(value.trim().replace(',', '.')) });
    }
    if (result.success && commas.length > 0) continue;
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
  opts: { cwd?: string; checks?: DatasetCheck[] } = {},
): Promise<{ data: Dataset; located: LocatedDataset; notices: string[] }> {
  const errors: DataError[] = [];
  const notices: string[] = [];
  const located = {} as Record<TableName, Located<unknown>[]>;
  // A link is never read: what it points to may be anything on the machine (a checkout's .git/config),
  // and a build would publish it. Every link is an error; the file it stands for counts as absent.
  const links = await linksIn(dir);
  for (const [rel, target] of links) {
    errors.push({ file: displayPath(path.join(dir, rel), opts.cwd), line: 1, column: 1, message: message.file.link(target) });
  }
  for (const table of TABLE_NAMES) {
    const full = path.join(dir, TABLES[table].file);
    const file = displayPath(full, opts.cwd);
    if (links.has(TABLES[table].file)) {
      located[table] = [];
      continue;
    }
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
    pushAll(errors, parsed.errors);
    located[table] = parsed.rows;
  }
  const tables = located as unknown as LocatedDataset;
  pushAll(errors, crossCheck(tables));
  pushAll(errors, await missingExcerpts(dir, tables.sources, links, opts.cwd));
  for (const check of opts.checks ?? []) {
    const found = await check(tables, dir);
    pushAll(errors, found.errors);
    notices.push(...found.notices);
  }
  if (errors.length > 0) throw new DataValidationError(errors);
  const data = Object.fromEntries(
    TABLE_NAMES.map((t) => [t, tables[t].map((l) => l.row)]),
  ) as unknown as Dataset;
  return { data, located: tables, notices };
}

/** The folder, inside the data set, that holds the verbatim excerpts of sources other than the five letters. */
export const EXCERPTS = 'sources';

/** A source that names an excerpt must have it, so that its quotes can be checked offline, and it holds text only. */
async function missingExcerpts(
  dir: string,
  sources: LocatedDataset['sources'],
  links: ReadonlyMap<string, string>,
  cwd?: string,
): Promise<DataError[]> {
  const errors: DataError[] = [];
  for (const l of sources) {
    if (l.row.excerpt === null || links.has(path.join(EXCERPTS, l.row.excerpt))) continue; // the link is the error
    const full = path.join(dir, EXCERPTS, l.row.excerpt);
    let text: string;
    try {
      text = await readFile(full, 'utf8');
    } catch {
      errors.push({
        file: l.file,
        line: l.line,
        column: l.header.indexOf('excerpt') + 1,
        field: 'excerpt',
        value: l.row.excerpt,
        message: message.table.missingExcerpt(EXCERPTS, l.row.excerpt),
      });
      continue;
    }
    // The excerpt is published as it is: no control character (NUL, BEL, ESC …) goes with it.
    const m = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.exec(text);
    if (m) {
      const before = text.slice(0, m.index).split(/\r\n?|\n/);
      errors.push({
        file: displayPath(full, cwd),
        line: before.length,
        column: before.at(-1)!.length + 1,
        message: message.file.control(m[0].charCodeAt(0)),
      });
    }
  }
  return errors;
}

/**
 * Every symbolic link below the data folder (the folder itself may be one), as its path relative
 * to `dir` and what it points to. The data set is regular files inside the data folder: a link, to a
 * file or a folder, inside or outside, is refused, so that no pull request can make the build read,
 * and publish, a file from elsewhere. Links to folders are listed, not followed.
 */
export async function linksIn(dir: string): Promise<Map<string, string>> {
  const links = new Map<string, string>();
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch {
    return links; // no folder: each table is reported missing
  }
  for (const e of entries) {
    if (!e.isSymbolicLink()) continue;
    const full = path.join(e.parentPath, e.name);
    links.set(path.relative(dir, full), await readlink(full).catch(() => '?'));
  }
  return new Map([...links].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
