/** Editing one cell or row of a CSV in a scratch data folder, as an analyst would in Excel. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';

async function rowsOf(file: string): Promise<string[][]> {
  return Papa.parse<string[]>((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

async function save(file: string, rows: string[][]): Promise<void> {
  await writeFile(file, Papa.unparse(rows, { newline: '\n' }) + '\n');
}

/**
 * Set `column` of the first row whose first cell is `key` (or, with a function, the first row it
 * accepts) to `value`. Returns the row's 1-based line number, as the loader counts lines.
 */
export async function setCell(dir: string, table: string, key: string | ((row: Record<string, string>) => boolean), column: string, value: string): Promise<number> {
  const file = path.join(dir, table);
  const rows = await rowsOf(file);
  const header = rows[0]!;
  const c = header.indexOf(column);
  if (c < 0) throw new Error(`fixture: no column ${column} in ${table}`);
  const match = typeof key === 'string' ? (r: string[]) => r[0] === key : (r: string[]) => key(Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
  const i = rows.findIndex((r, n) => n > 0 && match(r));
  if (i < 0) throw new Error(`fixture: no row ${String(key)} in ${table}`);
  rows[i]![c] = value;
  await save(file, rows);
  return lineNumber(rows, i);
}

/** Remove every data row `drop` accepts; returns how many went. */
export async function removeRows(dir: string, table: string, drop: (row: Record<string, string>) => boolean): Promise<number> {
  const file = path.join(dir, table);
  const rows = await rowsOf(file);
  const header = rows[0]!;
  const kept = rows.filter((r, n) => n === 0 || !drop(Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))));
  await save(file, kept);
  return rows.length - kept.length;
}

/** Append a row given by column; returns its 1-based line number. */
export async function addRow(dir: string, table: string, values: Record<string, string>): Promise<number> {
  const file = path.join(dir, table);
  const rows = await rowsOf(file);
  const header = rows[0]!;
  for (const k of Object.keys(values)) if (!header.includes(k)) throw new Error(`fixture: no column ${k} in ${table}`);
  rows.push(header.map((h) => values[h] ?? ''));
  await save(file, rows);
  return lineNumber(rows, rows.length - 1);
}

/** A row's line number: 1 plus the line breaks inside the rows before it. */
function lineNumber(rows: string[][], index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) line += 1 + rows[i]!.join('').split('\n').length - 1;
  return line;
}

/** The values of the first data row whose first cell is `key`, by column. */
export async function rowOf(dir: string, table: string, key: string): Promise<Record<string, string>> {
  const rows = await rowsOf(path.join(dir, table));
  const r = rows.find((x, n) => n > 0 && x[0] === key);
  if (!r) throw new Error(`fixture: no row ${key} in ${table}`);
  return Object.fromEntries(rows[0]!.map((h, i) => [h, r[i] ?? '']));
}

/** Add an (optional) column at the end of every row, empty. */
export async function addColumn(dir: string, table: string, name: string): Promise<void> {
  const file = path.join(dir, table);
  const rows = await rowsOf(file);
  rows[0]!.push(name);
  for (const r of rows.slice(1)) r.push('');
  await save(file, rows);
}
