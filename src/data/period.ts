/**
 * Periods as the data contract writes them: a year, half-year, quarter, month, ISO week, a
 * reference date, or an interval of two dates (a year-to-date figure). Pure functions to recognise,
 * order and describe them.
 */

/** The months as Dutch writes them, January first: one list for every stage that reads or writes a date. */
export const DUTCH_MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'] as const;
/** The same as a regular-expression alternative: `januari|februari|…`. */
export const DUTCH_MONTH_PATTERN = DUTCH_MONTHS.join('|');

export type PeriodKind = 'year' | 'half' | 'quarter' | 'month' | 'week' | 'date' | 'interval' | 'from' | 'until';

export interface Period {
  text: string;
  kind: PeriodKind;
  year: number;
  /** The half (1–2), quarter (1–4), month (1–12) or week (1–53); 0 for a year or a date. */
  part: number;
  /**
   * First day of the period, YYYY-MM-DD; for a reference date the date itself. A period with an open
   * start (`../2024-03-10`) has no first day: its start is its end date, so that it sorts by the day it counts up to.
   */
  start: string;
  /** Last day of an interval or of a period with an open start (inclusive), YYYY-MM-DD; absent for the other kinds. */
  end?: string;
}

const PATTERNS: [PeriodKind, RegExp][] = [
  ['year', /^(\d{4})$/],
  ['half', /^(\d{4})-H([12])$/],
  ['quarter', /^(\d{4})-Q([1-4])$/],
  ['month', /^(\d{4})-(0[1-9]|1[0-2])$/],
  ['week', /^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$/],
  ['date', /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/],
];

const pad = (n: number) => String(n).padStart(2, '0');

function isoWeekStart(year: number, week: number): string {
  // ISO week 1 contains 4 January; weeks start on Monday.
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000);
  return new Date(monday.getTime() + (week - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
}

function validDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** An interval `YYYY-MM-DD/YYYY-MM-DD` (ISO 8601), both days included; the end is not before the start. */
function parseInterval(text: string): Period | null {
  const m = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(text);
  if (!m) return null;
  const [from, to] = [parsePeriod(m[1]!), parsePeriod(m[2]!)];
  if (from?.kind !== 'date' || to?.kind !== 'date' || to.start < from.start) return null;
  return { text, kind: 'interval', year: from.year, part: 0, start: from.start, end: to.start };
}

/**
 * A period open at one end (ISO 8601-2, `..` for the open end): `2027-01-01/..` is "from 2027 on"
 * ("per 2027": every moment from that day, not a stock on it); `../2024-03-10` is a count up to and
 * including that day whose start the source does not give ("sinds de start … in totaal"). Neither is
 * a year, and neither is ever compared with one.
 */
function parseOpen(text: string): Period | null {
  const from = /^(\d{4}-\d{2}-\d{2})\/\.\.$/.exec(text);
  const until = /^\.\.\/(\d{4}-\d{2}-\d{2})$/.exec(text);
  const day = parsePeriod((from ?? until)?.[1] ?? '');
  if (day?.kind !== 'date') return null;
  return from
    ? { text, kind: 'from', year: day.year, part: 0, start: day.start }
    : { text, kind: 'until', year: day.year, part: 0, start: day.start, end: day.start };
}

/** Whether a period is open at one end (`2027-01-01/..`, `../2024-03-10`): a span without a length, never a year. */
export const isOpenPeriod = (text: string): boolean => text.includes('..');

export function parsePeriod(text: string): Period | null {
  if (isOpenPeriod(text)) return parseOpen(text);
  if (text.includes('/')) return parseInterval(text);
  for (const [kind, re] of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const year = Number(m[1]);
    const part = kind === 'year' || kind === 'date' ? 0 : Number(m[2]);
    let start: string;
    switch (kind) {
      case 'year':
        start = `${year}-01-01`;
        break;
      case 'half':
        start = `${year}-${part === 1 ? '01' : '07'}-01`;
        break;
      case 'quarter':
        start = `${year}-${pad((part - 1) * 3 + 1)}-01`;
        break;
      case 'month':
        start = `${year}-${pad(part)}-01`;
        break;
      case 'week':
        start = isoWeekStart(year, part);
        break;
      case 'date':
        if (!validDate(year, Number(m[2]), Number(m[3]))) return null;
        start = text;
        break;
      case 'interval':
      case 'from':
      case 'until':
        return null; // written with a slash: parseInterval, parseOpen
    }
    return { text, kind, year, part, start };
  }
  return null;
}

export const isPeriod = (text: string): boolean => parsePeriod(text) !== null;

/** Whether `text` is a day of the calendar written YYYY-MM-DD: 2024-02-29 is, 2024-04-31 is not. */
export const isCalendarDate = (text: string): boolean => parsePeriod(text)?.kind === 'date';

const KIND_ORDER: Record<PeriodKind, number> = { year: 0, half: 1, quarter: 2, month: 3, week: 4, interval: 5, until: 6, date: 7, from: 8 };

/** Chronological order: by start, then longer periods before shorter ones, then text. */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa || !pb) return a < b ? -1 : a > b ? 1 : 0;
  if (pa.start !== pb.start) return pa.start < pb.start ? -1 : 1;
  return KIND_ORDER[pa.kind] - KIND_ORDER[pb.kind] || (a < b ? -1 : a > b ? 1 : 0);
}

// ---------------------------------------------------------------------------------------------
// Periods on a time axis

/** An interval period as `start/end`, both dates (YYYY-MM-DD/YYYY-MM-DD). */
const INTERVAL = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/;

const DAY_MS = 86_400_000;
const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** The day after the last day of a parsed period (YYYY-MM-DD); for a reference date the date itself. */
function endOf(p: Period): string {
  const d = new Date(ms(p.start));
  switch (p.kind) {
    case 'year':
      return `${p.year + 1}-01-01`;
    case 'half':
      d.setUTCMonth(d.getUTCMonth() + 6);
      break;
    case 'quarter':
      d.setUTCMonth(d.getUTCMonth() + 3);
      break;
    case 'month':
      d.setUTCMonth(d.getUTCMonth() + 1);
      break;
    case 'week':
      return new Date(ms(p.start) + 7 * DAY_MS).toISOString().slice(0, 10);
    case 'date':
    case 'from':
    case 'until':
    case 'interval':
      return p.start;
  }
  return d.toISOString().slice(0, 10);
}

/**
 * The stretch of time a period covers, as instants (ISO, UTC): from its first moment to the first
 * moment after it. A reference date, and the end of an interval `start/end`, is one instant. A period
 * open at one end (`2027-01-01/..`, `../2024-03-10`) is the one instant of its known day.
 */
export function periodSpan(text: string): { start: string; end: string } | null {
  const interval = INTERVAL.exec(text);
  if (interval) {
    const [start, end] = [interval[1]!, interval[2]!];
    const valid = (d: string) => validDate(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10)));
    if (!valid(start) || !valid(end) || end < start) return null;
    return { start: `${start}T00:00:00.000Z`, end: `${end}T00:00:00.000Z` };
  }
  const p = parsePeriod(text);
  if (!p) return null;
  return { start: `${p.start}T00:00:00.000Z`, end: `${endOf(p)}T00:00:00.000Z` };
}

/**
 * The one instant a chart places a period at (ISO, UTC), so that a time axis spaces periods by
 * their dates: a year, half-year, quarter, month or week at its middle (a figure for a year is
 * about the whole year); a reference date at that date; an interval `start/end` at its end date
 * (what has happened by then). Null for text that is not a period.
 */
export function periodDate(text: string): string | null {
  const interval = INTERVAL.exec(text);
  if (interval) return periodSpan(text) && `${interval[2]}T00:00:00.000Z`;
  const span = periodSpan(text);
  if (!span) return null;
  const [a, b] = [Date.parse(span.start), Date.parse(span.end)];
  return new Date(a + (b - a) / 2).toISOString();
}

/** A date the data gives as a day (`2024-11-12`) or, where the source says no more, a month (`2024-11`). */
const MONTH_ONLY = /^(\d{4})-(\d{2})$/;

/** Whether a date is given as a month only (`2024-11`): it reads "in november 2024", never as a day. */
export const isMonthOnly = (date: string): boolean => MONTH_ONLY.test(date);

/** The first day a day-or-month date can mean: `2024-11` → `2024-11-01`; a day is itself. */
export const firstDayOf = (date: string): string => (isMonthOnly(date) ? `${date}-01` : date);

/** The last day a day-or-month date can mean: `2024-11` → `2024-11-30`; a day is itself. */
export function lastDayOf(date: string): string {
  const m = MONTH_ONLY.exec(date);
  if (!m) return date;
  const days = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
  return `${date}-${String(days).padStart(2, '0')}`;
}
