/**
 * Comparing generated output: the sentences of the letters (matched by sentence id) and the charts
 * (matched by chart id, compared on title, description and the rows of the chart's data table, not
 * on SVG bytes, which change with any layout detail).
 */
import type { ChartTable } from '../charts/specs.ts';
import { keyRows } from './derived.ts';
import type { ChartChange, ChartLike, LetterSentence, SentenceChange } from './types.ts';

/** Sentences in the new order; sentences only the old letters had follow, in their old order. */
export function compareSentences(base: LetterSentence[], head: LetterSentence[]): SentenceChange[] {
  const b = keyRows(base, (s) => s.id);
  const h = keyRows(head, (s) => s.id);
  const out: SentenceChange[] = [];
  for (const [id, s] of h) {
    const old = b.get(id);
    if (old && old.text === s.text) continue;
    out.push({
      id,
      status: old ? 'changed' : 'added',
      edition: s.edition,
      letter: s.letter,
      section: s.section,
      pdf: s.pdf,
      old: old?.text ?? null,
      new: s.text,
    });
  }
  for (const [id, s] of b) {
    if (h.has(id)) continue;
    out.push({ id, status: 'removed', edition: s.edition, letter: s.letter, section: s.section, pdf: s.pdf, old: s.text, new: null });
  }
  return out;
}

/** A chart table row as a record: column name → cell. */
export type ChartRow = Record<string, string>;

export interface NormalTable {
  columns: string[];
  rows: ChartRow[];
}

/** A chart's data table as columns and records. */
export function chartTable(table: ChartTable): NormalTable {
  return { columns: table.columns, rows: table.rows.map((r) => Object.fromEntries(table.columns.map((c, i) => [c, r[i]!]))) };
}

/** A row as a canonical string: keys sorted. */
function canonical(row: ChartRow): string {
  return JSON.stringify(Object.keys(row).sort().map((k) => [k, row[k]]));
}

/** Rows of `a` that `b` does not have (as a multiset), in the order of `a`. */
function minus(a: ChartRow[], b: ChartRow[]): ChartRow[] {
  const left = new Map<string, number>();
  for (const r of b) left.set(canonical(r), (left.get(canonical(r)) ?? 0) + 1);
  const out: ChartRow[] = [];
  for (const r of a) {
    const k = canonical(r);
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    else out.push(r);
  }
  return out;
}

/** An empty cell, as chart tables write it (or a cell of a column the row's table does not have). */
const blank = (c: string | undefined) => c === undefined || c === '' || c === '–' || c === '-';

type TableDiff = Pick<ChartChange, 'columns' | 'rowsChanged' | 'rowsRemoved' | 'rowsAdded'>;

/**
 * Compare two chart tables. When the first column identifies the rows on both sides (a period, a
 * label), rows are matched on it and only the differing cells are listed; a cell of a column that
 * appeared or disappeared counts when it is not empty. Otherwise rows are compared whole.
 */
export function compareChartTables(a: NormalTable, b: NormalTable): TableDiff {
  const columns = {
    added: b.columns.filter((c) => !a.columns.includes(c)),
    removed: a.columns.filter((c) => !b.columns.includes(c)),
  };
  const key = b.columns[0];
  const unique = (t: NormalTable) => new Set(t.rows.map((r) => String(r[key!]))).size === t.rows.length;
  if (key === undefined || a.columns[0] !== key || !unique(a) || !unique(b)) {
    return { columns, rowsChanged: [], rowsRemoved: minus(a.rows, b.rows), rowsAdded: minus(b.rows, a.rows) };
  }
  const old = new Map(a.rows.map((r) => [String(r[key]), r]));
  const now = new Set(b.rows.map((r) => String(r[key])));
  const out: TableDiff = { columns, rowsChanged: [], rowsRemoved: [], rowsAdded: [] };
  for (const r of b.rows) {
    const k = String(r[key]);
    const o = old.get(k);
    if (!o) {
      out.rowsAdded.push(r);
      continue;
    }
    const cells: TableDiff['rowsChanged'][number]['cells'] = [];
    for (const c of [...b.columns, ...columns.removed]) {
      if (c === key) continue;
      const before = o[c];
      const after = r[c];
      const onlyOld = columns.removed.includes(c);
      const onlyNew = columns.added.includes(c);
      if ((onlyOld && blank(before)) || (onlyNew && blank(after))) continue;
      if (!onlyOld && !onlyNew && before === after) continue;
      cells.push({ column: c, old: before ?? null, new: after ?? null });
    }
    if (cells.length > 0) out.rowsChanged.push({ key: k, cells });
  }
  out.rowsRemoved = a.rows.filter((r) => !now.has(String(r[key])));
  return out;
}

/** Charts in the new order; charts only the old version had follow. */
export function compareCharts(base: ChartLike[], head: ChartLike[]): ChartChange[] {
  const b = keyRows(base, (c) => c.id);
  const h = keyRows(head, (c) => c.id);
  const empty: NormalTable = { columns: [], rows: [] };
  const out: ChartChange[] = [];
  for (const [id, c] of h) {
    const old = b.get(id);
    const table = chartTable(c.table);
    if (!old) {
      out.push({
        id,
        status: 'added',
        title: { old: null, new: c.title },
        description: { old: null, new: c.description },
        ...compareChartTables(empty, table),
      });
      continue;
    }
    const diff = compareChartTables(chartTable(old.table), table);
    const same =
      old.title === c.title &&
      (old.description) === (c.description) &&
      diff.columns.added.length + diff.columns.removed.length === 0 &&
      diff.rowsChanged.length + diff.rowsAdded.length + diff.rowsRemoved.length === 0;
    if (same) continue;
    out.push({
      id,
      status: 'changed',
      title: { old: old.title, new: c.title },
      description: { old: old.description, new: c.description },
      ...diff,
    });
  }
  for (const [id, c] of b) {
    if (h.has(id)) continue;
    out.push({
      id,
      status: 'removed',
      title: { old: c.title, new: null },
      description: { old: c.description, new: null },
      ...compareChartTables(chartTable(c.table), empty),
    });
  }
  return out;
}
