/**
 * Sources that disagree on a figure, in the analyst's loop. Several rows may give the same figure
 * (the same edition, indicator, region, scenario and period; or the same kind; or the same
 * realisation) from different sources. When their values differ (beyond a rounding word: "ca. 4.200"
 * agrees with 4.207), the build warns, naming every row by file:line and the one the site and the
 * letters use by the order of src/model/precedence.ts; the page shows the others as "Bronnen
 * verschillen". When the order cannot decide (equal rank and equal date), it is a located error
 * until one row is marked `preferred`; two rows marked for one figure are an error too.
 */
import type { DataError } from '../errors.ts';
import * as message from '../messages.ts';
import type { LocatedDataset } from '../data/load.ts';
import type { Located } from '../data/validate.ts';
import { agree } from '../model/figures.ts';
import { PRECEDENCE, precedence } from '../model/precedence.ts';

interface Cited {
  indicator: string;
  region: string | null;
  period: string;
  value: number;
  value_high: number | null;
  qualifier: string | null;
  source: string;
  voice: 'question' | 'answer' | null;
  edition?: string | null;
  preferred?: 'yes' | null;
}

const where = (l: Located<unknown>) => `${l.file}:${l.line}`;
const valueOf = (r: Cited) => (r.value_high === null ? String(r.value) : `${r.value}–${r.value_high}`);
const column = (l: Located<unknown>, field: string) => l.header.indexOf(field) + 1 || 1;

function groups<R>(rows: Located<R>[], key: (r: R) => string): Located<R>[][] {
  const out = new Map<string, Located<R>[]>();
  for (const l of rows) {
    const k = key(l.row);
    const g = out.get(k);
    if (g) g.push(l);
    else out.set(k, [l]);
  }
  return [...out.values()].filter((g) => g.length > 1);
}

/** The disagreements of a loaded data set: the warnings (one per figure), and the ties as located errors. */
export function disagreements(tables: LocatedDataset): { errors: DataError[]; notices: string[] } {
  const errors: DataError[] = [];
  const notices: string[] = [];
  const order = precedence({ sources: tables.sources.map((l) => l.row), editions: tables.editions.map((l) => l.row) });
  const figureGroups: [string, Located<Cited>[]][] = [
    ...groups(tables.prognoses, (r) => [r.kind, r.edition ?? '', r.indicator, r.region ?? '', r.scenario ?? '', r.period].join('\u0000')).map(
      (g) => [`${g[0]!.row.kind === 'mpp' ? `MPP ${g[0]!.row.edition}` : g[0]!.row.kind} ${g[0]!.row.indicator} ${g[0]!.row.period}${g[0]!.row.scenario ? ` (${g[0]!.row.scenario})` : ''}`, g] as [string, Located<Cited>[]],
    ),
    ...groups(tables.realisations, (r) => [r.indicator, r.region ?? '', r.period].join('\u0000')).map(
      (g) => [`realisation ${g[0]!.row.indicator} ${g[0]!.row.period}`, g] as [string, Located<Cited>[]],
    ),
  ];
  for (const [figure, group] of figureGroups) {
    const sorted = [...group].sort((a, b) => order.compare(a.row, b.row));
    const preferred = sorted.filter((l) => l.row.preferred === 'yes');
    for (const extra of preferred.slice(1)) {
      errors.push({ file: extra.file, line: extra.line, column: column(extra, 'preferred'), field: 'preferred', value: 'yes', message: message.table.preferredTwice(preferred[0]!.line) });
    }
    const [used, next] = sorted as [Located<Cited>, Located<Cited>];
    const agrees = (l: Located<Cited>) => agree(l.row, used.row) && l.row.value_high === used.row.value_high;
    const differ = sorted.filter((l) => !agrees(l));
    if (differ.length === 0) continue;
    const rank = PRECEDENCE.find((p) => p.id === order.rank(used.row))!.label;
    if (!order.decided(used.row, next.row) && !agrees(next)) {
      errors.push({
        file: next.file,
        line: next.line,
        column: column(next, 'value'),
        field: 'value',
        value: valueOf(next.row),
        message: message.table.sourcesTie(rank, order.date(used.row.source), used.line, valueOf(used.row)),
      });
      continue;
    }
    notices.push(
      message.build.sourcesDisagree(
        figure,
        { at: where(used), value: valueOf(used.row), source: used.row.source, rank },
        differ.map((l) => ({ at: where(l), value: valueOf(l.row), source: l.row.source })),
      ),
    );
  }
  return { errors, notices };
}
