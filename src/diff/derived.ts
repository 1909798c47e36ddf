/**
 * Comparing the derived figures of two models, table by table (the flat tables of
 * src/downloads/derived-tables.ts), matching rows on the columns that identify them. The `rows`
 * column (the input row ids a figure rests on) is left out: it changes with every source change and
 * says nothing about the figure.
 */
import type { FlatTable } from '../downloads/derived-tables.ts';
import type { Cell, DerivedChange } from './types.ts';

export type DerivedTables = Record<string, FlatTable>;

const IGNORED = new Set(['rows']);

export function toCell(v: unknown): Cell {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}

/** Rows keyed by their identifying columns; a key that occurs twice gets `#2`, `#3`, … in order. */
export function keyRows<T>(items: T[], keyOf: (item: T) => string): Map<string, T> {
  const out = new Map<string, T>();
  const seen = new Map<string, number>();
  for (const item of items) {
    const k = keyOf(item);
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    out.set(n === 1 ? k : `${k}#${n}`, item);
  }
  return out;
}

/** Compare two sets of derived tables; order: the tables in the new set's order, rows as the model orders them. */
export function compareDerived(base: DerivedTables, head: DerivedTables): DerivedChange[] {
  const out: DerivedChange[] = [];
  const names = [...Object.keys(head), ...Object.keys(base).filter((n) => !(n in head))];
  for (const name of names) {
    const { columns, key } = head[name] ?? base[name]!;
    const values = columns.filter((c) => !key.includes(c) && !IGNORED.has(c));
    const keyOf = (r: Record<string, unknown>) => JSON.stringify(key.map((k) => toCell(r[k])));
    const keyRecord = (r: Record<string, unknown>) => Object.fromEntries(key.map((k) => [k, toCell(r[k])]));
    const b = keyRows(base[name]?.rows ?? [], keyOf);
    const h = keyRows(head[name]?.rows ?? [], keyOf);
    const removed: DerivedChange[] = [];
    for (const [k, row] of h) {
      const old = b.get(k);
      if (!old) {
        out.push({
          table: name,
          status: 'added',
          key: keyRecord(row),
          cells: values.map((c) => ({ column: c, new: toCell(row[c]) })),
        });
        continue;
      }
      const cells = values
        .map((c) => ({ column: c, old: toCell(old[c]), new: toCell(row[c]) }))
        .filter((c) => c.old !== c.new);
      if (cells.length > 0) out.push({ table: name, status: 'changed', key: keyRecord(row), cells });
    }
    for (const [k, row] of b) {
      if (h.has(k)) continue;
      removed.push({
        table: name,
        status: 'removed',
        key: keyRecord(row),
        cells: values.map((c) => ({ column: c, old: toCell(row[c]) })),
      });
    }
    out.push(...removed);
  }
  return out;
}
