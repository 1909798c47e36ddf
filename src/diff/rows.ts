/**
 * Comparing the input rows of two data sets. Rows are matched by their stable id (the key columns of
 * src/schema.ts). A figure whose source changed has a different id; such a removed and added pair is
 * matched again on the key without the source, when the match is unambiguous, so it reads as "source
 * changed" instead of one figure removed and another added.
 */
import { comparePeriods } from '../data/period.ts';
import { columnsOf, type Dataset, rowId, TABLES, type TableName } from '../data/schema.ts';
import { compareScenarios } from '../data/vocabulary.ts';
import type { FieldChange, Figure, FigureChange, FigureTable, ProvenanceChange, TableChanges } from './types.ts';

export const FIGURE_TABLES: FigureTable[] = ['prognoses', 'realisations', 'costs'];
const OTHER_TABLES = ['editions', 'indicators', 'sources', 'costScenarios'] as const;
/** The columns of a figure that say where it comes from. */
const PROVENANCE_FIELDS = ['source', 'location', 'quote', 'qualifier', 'note', 'unit'] as const;

/** A cell as text for comparison and display: empty → null, a list → `a|b`. */
export function cellText(v: unknown): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (Array.isArray(v)) return v.join('|');
  return String(v);
}

/** Any figure row as a Figure. */
export function toFigure(table: FigureTable, row: Dataset[FigureTable][number]): Figure {
  const common = {
    id: rowId(table, row as never),
    qualifier: row.qualifier,
    source: row.source,
    location: row.location,
    quote: row.quote,
    note: row.note,
  };
  if (table === 'costs') {
    const c = row as Dataset['costs'][number];
    return {
      table,
      ...common,
      edition: null,
      kind: null,
      subject: c.type,
      region: null,
      scenario: null,
      period: String(c.price_year),
      value: c.amount,
      unit: c.unit,
    };
  }
  const r = row as Dataset['prognoses'][number] | Dataset['realisations'][number];
  return {
    table,
    ...common,
    edition: 'edition' in r ? r.edition : null,
    kind: 'kind' in r ? r.kind : null,
    subject: r.indicator,
    region: r.region,
    scenario: 'scenario' in r ? r.scenario : null,
    period: r.period,
    value: r.value,
    unit: r.unit,
  };
}

const str = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Order of figures: table, edition (chronological), subject; then period, scenario, region, id. */
export function figureOrder(editionOrder: string[]) {
  const rank = (e: string | null) => {
    if (e === null) return -1;
    const i = editionOrder.indexOf(e);
    return i < 0 ? editionOrder.length : i;
  };
  const group = (a: Figure, b: Figure) =>
    FIGURE_TABLES.indexOf(a.table) - FIGURE_TABLES.indexOf(b.table) ||
    rank(a.edition) - rank(b.edition) ||
    str(a.edition ?? '', b.edition ?? '') ||
    str(a.kind ?? '', b.kind ?? '') ||
    str(a.subject, b.subject);
  const within = (a: Figure, b: Figure) =>
    comparePeriods(a.period, b.period) ||
    compareScenarios(a.scenario ?? '', b.scenario ?? '') ||
    str(a.region ?? '', b.region ?? '') ||
    str(a.id, b.id);
  return { group, within, full: (a: Figure, b: Figure) => group(a, b) || within(a, b) };
}

function fieldChanges(a: Record<string, unknown>, b: Record<string, unknown>, fields: readonly string[]): FieldChange[] {
  const out: FieldChange[] = [];
  for (const f of fields) {
    const old = cellText(a[f]);
    const now = cellText(b[f]);
    if (old !== now) out.push({ field: f, old, new: now });
  }
  return out;
}

/** Round away floating-point noise: a change is as precise as the more precise of its two values. */
export function decimalsOf(n: number): number {
  if (Number.isInteger(n)) return 0;
  const s = String(n);
  const i = s.indexOf('.');
  return i < 0 ? 0 : Math.min(6, s.length - i - 1);
}

export function figureDelta(old: number, now: number): { change: number; relative: number | null } {
  const d = Math.max(decimalsOf(old), decimalsOf(now));
  const change = Math.round((now - old) * 10 ** d) / 10 ** d;
  return { change, relative: old === 0 ? null : change / old };
}

interface FigureDiff {
  changed: FigureChange[];
  added: Figure[];
  removed: Figure[];
  provenance: ProvenanceChange[];
}

function compareFigureTable(table: FigureTable, base: Dataset, head: Dataset): FigureDiff {
  const out: FigureDiff = { changed: [], added: [], removed: [], provenance: [] };
  const baseFigures = (base[table] as Dataset[FigureTable][number][]).map((r) => toFigure(table, r));
  const headFigures = (head[table] as Dataset[FigureTable][number][]).map((r) => toFigure(table, r));
  const baseById = new Map(baseFigures.map((f) => [f.id, f]));
  const headIds = new Set(headFigures.map((f) => f.id));

  const pair = (old: Figure, now: Figure) => {
    const fields = fieldChanges(
      old as unknown as Record<string, unknown>,
      now as unknown as Record<string, unknown>,
      PROVENANCE_FIELDS,
    );
    if (old.value !== now.value) out.changed.push({ old, new: now, ...figureDelta(old.value, now.value), fields });
    if (fields.length > 0) out.provenance.push({ old, new: now, fields });
  };

  const added: Figure[] = [];
  for (const f of headFigures) {
    const old = baseById.get(f.id);
    if (old) pair(old, f);
    else added.push(f);
  }
  const removed = baseFigures.filter((f) => !headIds.has(f.id));

  // A figure whose source changed: one removed and one added row with the same key apart from the source.
  const keyWithoutSource = TABLES[table].key.filter((k) => k !== 'source');
  const reduced = (f: Figure) => {
    const row = (f.table === 'costs' ? { type: f.subject, price_year: f.period } : {
      edition: f.edition,
      indicator: f.subject,
      region: f.region,
      scenario: f.scenario,
      period: f.period,
    }) as Record<string, unknown>;
    return keyWithoutSource.map((k) => String(row[k] ?? '')).join('\u0000');
  };
  const count = (list: Figure[]) => {
    const m = new Map<string, Figure[]>();
    for (const f of list) {
      const k = reduced(f);
      m.set(k, [...(m.get(k) ?? []), f]);
    }
    return m;
  };
  const addedByKey = count(added);
  const removedByKey = count(removed);
  const matched = new Set<Figure>();
  for (const [k, olds] of removedByKey) {
    const news = addedByKey.get(k);
    if (olds.length === 1 && news?.length === 1) {
      pair(olds[0]!, news[0]!);
      matched.add(olds[0]!).add(news[0]!);
    }
  }
  out.added = added.filter((f) => !matched.has(f));
  out.removed = removed.filter((f) => !matched.has(f));
  return out;
}

function compareOtherTable(table: (typeof OTHER_TABLES)[number], base: Dataset, head: Dataset): TableChanges {
  const columns = columnsOf(table);
  const asText = (row: Record<string, unknown>) => Object.fromEntries(columns.map((c) => [c, cellText(row[c])]));
  const index = (rows: unknown[]) =>
    new Map(rows.map((r) => [rowId(table as TableName, r as never), r as Record<string, unknown>]));
  const b = index(base[table]);
  const h = index(head[table]);
  const out: TableChanges = { table, added: [], removed: [], changed: [] };
  for (const [id, row] of h) {
    const old = b.get(id);
    if (!old) out.added.push({ id, row: asText(row) });
    else {
      const fields = fieldChanges(old, row, columns);
      if (fields.length > 0) out.changed.push({ id, fields });
    }
  }
  for (const [id, row] of b) if (!h.has(id)) out.removed.push({ id, row: asText(row) });
  return out;
}

export interface RowDiff {
  changed: FigureChange[];
  added: Figure[];
  removed: Figure[];
  provenance: ProvenanceChange[];
  tables: TableChanges[];
  editions: string[];
}

/**
 * Compare the rows of two data sets. `editionOrder` orders the editions (the new data set's
 * chronological order followed by editions only the old one has).
 */
export function compareRows(base: Dataset, head: Dataset, editionOrder: string[]): RowDiff {
  const all: FigureDiff = { changed: [], added: [], removed: [], provenance: [] };
  for (const t of FIGURE_TABLES) {
    const d = compareFigureTable(t, base, head);
    all.changed.push(...d.changed);
    all.added.push(...d.added);
    all.removed.push(...d.removed);
    all.provenance.push(...d.provenance);
  }
  const order = figureOrder(editionOrder);
  // Within a group (edition and indicator), the largest relative change first; a change from 0 counts as infinite.
  const size = (c: FigureChange) => (c.relative === null ? Infinity : Math.abs(c.relative));
  all.changed.sort((a, b) => order.group(a.new, b.new) || size(b) - size(a) || order.within(a.new, b.new));
  all.added.sort(order.full);
  all.removed.sort(order.full);
  all.provenance.sort((a, b) => order.full(a.new, b.new));

  const tables = OTHER_TABLES.map((t) => compareOtherTable(t, base, head)).filter(
    (t) => t.added.length + t.removed.length + t.changed.length > 0,
  );

  const touched = new Set<string>();
  const note = (f: Figure) => f.edition !== null && touched.add(f.edition);
  all.changed.forEach((c) => (note(c.old), note(c.new)));
  all.provenance.forEach((c) => (note(c.old), note(c.new)));
  all.added.forEach(note);
  all.removed.forEach(note);
  for (const t of tables) {
    if (t.table !== 'editions') continue;
    for (const r of [...t.added, ...t.removed, ...t.changed]) touched.add(r.id.slice('editions/'.length));
  }
  const rank = (e: string) => (editionOrder.includes(e) ? editionOrder.indexOf(e) : editionOrder.length);
  const editions = [...touched].sort((a, b) => rank(a) - rank(b) || str(a, b));

  return { ...all, tables, editions };
}
