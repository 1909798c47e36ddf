/**
 * Periods on a time axis: every chart that has periods along x places them by their date
 * (`periodDate`), so that 2022 and 2024 are two years apart and a missing 2023 shows as a gap.
 */
import { parsePeriod, periodDate, periodSpan } from '../data/period.ts';
import type { Layout } from './layout.ts';
import { textWidth } from './text-width.ts';
import type { PositionOfAField } from './vega-lite-types.ts';

const YEAR_MS = 365.25 * 86_400_000;

/** The instant a chart places a period at; throws for text that is not a period (validated data has none). */
export function dateOf(period: string): string {
  const d = periodDate(period);
  if (d === null) throw new Error(`chart: ${JSON.stringify(period)} is not a period`);
  return d;
}

/**
 * Whether `b` directly follows `a` (2024 → 2025, 2024-H2 → 2025-H1). A line is drawn only between
 * periods that follow each other or between reference dates (a stock measured at two moments);
 * a line across a missing year would draw figures that are not there.
 */
export function follows(a: string, b: string): boolean {
  const [pa, pb] = [parsePeriod(a), parsePeriod(b)];
  if (!pa || !pb) {
    // Reference dates and intervals: both instants, joined like measurements of a stock.
    return !pa && !pb ? true : pa?.kind === 'date' || pb?.kind === 'date';
  }
  if (pa.kind === 'date' && pb.kind === 'date') return true;
  if (pa.kind !== pb.kind) return false;
  return periodSpan(a)!.end === periodSpan(b)!.start;
}

/** Number the runs of periods that follow each other, for `detail` in a line layer. */
export function segments(periods: readonly string[]): number[] {
  let run = 0;
  return periods.map((p, i) => (i > 0 && !follows(periods[i - 1]!, p) ? ++run : run));
}

/**
 * The x encoding (without its field) for `periods` at layout `l`: a time scale over the time the
 * periods cover, with a tick per year. When every period is a calendar year the tick sits in the
 * middle of the year, under its figure, and says the year; otherwise ticks are at 1 January (or
 * 1 January and 1 July when less than two years are shown) and say the date.
 */
export function timeX(periods: readonly string[], l: Layout, opts: { labelRoom?: number } = {}): PositionOfAField {
  const spans = periods.map((p) => periodSpan(p) ?? { start: dateOf(p), end: dateOf(p) });
  let lo = Math.min(...spans.map((s) => Date.parse(s.start)));
  let hi = Math.max(...spans.map((s) => Date.parse(s.end)));
  // A point needs room from the edge of the plot: at least a thirtieth of the range, 45 days.
  const pad = Math.max((hi - lo) / 30, YEAR_MS / 8);
  const instants = periods.map((p) => Date.parse(dateOf(p)));
  lo = Math.min(lo, Math.min(...instants) - pad);
  hi = Math.max(hi, Math.max(...instants) + pad);
  // Room for direct labels after the last point: `labelRoom` px of the plot (the chart less a value
  // axis of "100.000") right of the last instant.
  const plot = l.width - textWidth('100.000', l.font) - 20;
  if (opts.labelRoom) {
    const last = Math.max(...instants);
    hi = Math.max(hi, lo + ((last - lo) * plot) / (plot - opts.labelRoom));
  }
  const years = periods.every((p) => parsePeriod(p)?.kind === 'year');
  const first = new Date(lo).getUTCFullYear();
  const last = new Date(hi).getUTCFullYear();
  let ticks: number[] = [];
  let format: string;
  if (years) {
    for (let y = first; y < last || (y === last && Date.parse(dateOf(String(y))) < hi); y++) ticks.push(Date.parse(dateOf(String(y))));
    format = '%Y';
  } else {
    for (let y = first; y <= last; y++) ticks.push(Date.UTC(y, 0, 1));
    ticks = ticks.filter((t) => t >= lo && t <= hi);
    format = '%Y';
    if (ticks.length < 2) {
      ticks = [];
      for (let y = first; y <= last; y++) ticks.push(Date.UTC(y, 0, 1), Date.UTC(y, 6, 1));
      ticks = ticks.filter((t) => t >= lo && t <= hi);
      format = '%-d %b %Y';
    }
  }
  // Every nth tick labelled, so that labels never crowd: the widest label against the plot width
  // (the chart less a value axis of "100.000").
  const labelWidth = textWidth(format === '%Y' ? '2000' : '30 sep 2000', l.font) + l.font / 2;
  const step = [1, 2, 5, 10, 20].find((s) => Math.ceil(ticks.length / s) * labelWidth <= plot) ?? 50;
  const labelled = ticks.filter((_, i) => (ticks.length - 1 - i) % step === 0);
  return {
    type: 'temporal',
    title: null,
    // A UTC scale: the instants are UTC (periodDate), and vega formats the labels of a UTC scale in
    // UTC; on a local-time scale a build west of UTC labels 1 January 2024 as "2023".
    scale: { type: 'utc', domain: [lo, hi], nice: false },
    axis: { values: labelled, format, labelAngle: 0, grid: true, labelFlush: false, tickCount: labelled.length },
  };
}
