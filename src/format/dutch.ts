/**
 * Dutch formatting of every figure the project publishes, in one place: the site, the letters and
 * the diff report all format through these functions.
 */
import { DUTCH_MONTH_PATTERN, DUTCH_MONTHS, isMonthOnly, parsePeriod } from '../data/period.ts';
import type { Unit } from '../data/vocabulary.ts';

const MINUS = '\u2212';

const numberFormats = new Map<number, Intl.NumberFormat>();
function nf(decimals: number): Intl.NumberFormat {
  let f = numberFormats.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
    numberFormats.set(decimals, f);
  }
  return f;
}

/** `69800` → `69.800`; `2.5` → `2,5`. Negative numbers get a true minus sign. */
export function formatNumber(n: number, decimals = 0): string {
  const s = nf(decimals).format(Math.abs(n));
  return n < 0 && s !== '0' ? MINUS + s : s;
}

/** `91000` → `€ 91.000`; large round amounts in words: `156000000` → `€ 156 miljoen`. */
export function formatMoney(n: number, opts: { words?: boolean; decimals?: number } = {}): string {
  const abs = Math.abs(n);
  const sign = n < 0 ? MINUS : '';
  if (opts.words && abs >= 1e9) return `${sign}€ ${formatNumber(abs / 1e9, opts.decimals ?? 1)} miljard`;
  if (opts.words && abs >= 1e6) return `${sign}€ ${formatNumber(abs / 1e6, opts.decimals ?? 1)} miljoen`;
  return `${sign}€ ${formatNumber(abs, opts.decimals ?? 0)}`;
}

/**
 * The one percent notation, as the source letters write it: the sign against the number, `40%`
 * (the seeds write "33%", "70% en 85%"; never "40 %").
 */
export function formatPercentValue(value: number, decimals = 0): string {
  return `${formatNumber(value, decimals)}%`;
}

/** `0.33` → `33%` (the argument is a fraction). */
export function formatPercent(fraction: number, decimals = 0): string {
  return formatPercentValue(fraction * 100, decimals);
}

/** Changes carry their sign: `+7.130`, `−19.000`, `0`. */
export function formatSigned(n: number, decimals = 0): string {
  const s = formatNumber(n, decimals);
  return n > 0 && s !== '0' ? `+${s}` : s;
}

/** A relative change as a signed percentage: `-0.2879` → `−29%`. */
export function formatSignedPercent(fraction: number, decimals = 0): string {
  return `${formatSigned(fraction * 100, decimals)}%`;
}


/** `2027-01-01` → `1 januari 2027`; `2024-11` → `november 2024`. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) throw new Error(`formatDate: expected YYYY-MM-DD or YYYY-MM, got "${iso}"`);
  const month = DUTCH_MONTHS[Number(m[2]) - 1];
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/** A date after a verb ("verzonden …"): `2027-01-01` → `op 1 januari 2027`; a month only, `2024-11` → `in november 2024`. */
export function formatOnDate(iso: string): string {
  return `${isMonthOnly(iso) ? 'in' : 'op'} ${formatDate(iso)}`;
}

/**
 * A period in words: `2025`, `2e helft 2024`, `1e kwartaal 2025`, `april 2022`, `week 16 van 2022`,
 * `1 januari 2027`; open at one end, `vanaf 2027` (`2027-01-01/..`) and `tot en met 10 maart 2024 (begin niet genoemd)` (`../2024-03-10`).
 */
export function formatPeriod(text: string): string {
  const p = parsePeriod(text);
  if (!p) return text;
  switch (p.kind) {
    case 'year':
      return String(p.year);
    case 'half':
      return `${p.part === 1 ? 'eerste' : 'tweede'} helft ${p.year}`;
    case 'quarter':
      return `${p.part}e kwartaal ${p.year}`;
    case 'month':
      return formatDate(text);
    case 'week':
      return `week ${p.part} van ${p.year}`;
    case 'date':
      return formatDate(text);
    case 'interval':
      return formatInterval(p.start, p.end!);
    case 'from':
      // "per 2027" in the sense "from 2027 on"; any other first day is written out.
      return `vanaf ${p.start.endsWith('-01-01') ? p.year : formatDate(p.start)}`;
    case 'until':
      return `tot en met ${formatDate(p.end!)} (begin niet genoemd)`;
  }
}

/** `1 januari t/m 16 september 2025`; the first year is repeated only when the years differ. */
function formatInterval(start: string, end: string): string {
  const from = formatDate(start);
  const to = formatDate(end);
  return `${start.slice(0, 4) === end.slice(0, 4) ? from.replace(/ \d{4}$/, '') : from} t/m ${to}`;
}

/** The short label of a period for table headers: `2024-II` for a half-year, otherwise as formatPeriod. */
export function formatPeriodShort(text: string): string {
  const p = parsePeriod(text);
  if (p?.kind === 'half') return `${p.year}-${p.part === 1 ? 'I' : 'II'}`;
  if (p?.kind === 'date') return formatDate(text);
  return formatPeriod(text);
}

/** A figure with its rounding word as the letters write it: `ca. 40.000`, `ruim 21.000`. */
export function formatQualified(value: number, qualifier: string | null | undefined): string {
  return qualifier ? `${qualifier} ${formatNumber(value)}` : formatNumber(value);
}

/** A figure in its unit, as the site's tables print it: a percentage with one decimal (`ca. 12,5%`), a count as formatQualified. */
export function formatFigure(value: number, unit: Unit, qualifier?: string | null): string {
  return unit === 'percent' ? `${qualifier ? `${qualifier} ` : ''}${formatPercentValue(value, 1)}` : formatQualified(value, qualifier);
}

/**
 * The rounding word a derived figure deserves when it is rounded to `step` for prose:
 * 7130 rounded to 1000 is `ruim 7.000`; 6950 is `bijna 7.000`; an exact figure has none.
 */
export function roundForProse(value: number, step: number): { rounded: number; word: string | null } {
  const rounded = Math.round(value / step) * step;
  if (rounded === value) return { rounded, word: null };
  return { rounded, word: value > rounded ? 'ruim' : 'bijna' };
}

/**
 * A label for use inside a sentence: the first letter lower-cased unless the word is an
 * abbreviation ("Totale asielinstroom" → "totale asielinstroom"; "IND intern personeel" stays).
 */
export function inSentence(label: string): string {
  if (label.length > 1 && label[1] === label[1]!.toUpperCase() && label[1] !== label[1]!.toLowerCase()) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** Every way a letter may print `value` (used to trace a figure to its source text). */
export function dutchRenderings(value: number, unit?: string): string[] {
  const out = new Set<string>([formatNumber(value, 3), String(value)]);
  if (!Number.isInteger(value)) out.add(String(value).replace('.', ','));
  for (const [scale, words] of [
    [1e9, ['miljard', 'mld']],
    [1e6, ['miljoen', 'mln', 'mln.']],
  ] as const) {
    if (value >= scale && Number.isInteger((value / scale) * 100)) {
      for (const w of words) out.add(`${formatNumber(value / scale, 2)} ${w}`);
    }
  }
  if (unit === 'percent') {
    out.add(`${formatNumber(value, 3)}%`);
    out.add(`${formatNumber(value, 3)} %`);
    out.add(`${formatNumber(value, 3)} procent`);
  }
  return [...out];
}

/** No-break space: a line never breaks there. */
export const NBSP = '\u00A0';

const QUALIFIERS = 'ca\\.|circa|ruim|bijna|ongeveer|meer dan|minder dan|tenminste|ten minste|maximaal|rond de';

/**
 * Prose typography for the letters: the spaces a line (and so a page) must not break at become
 * no-break spaces. Inside a date ("1 januari 2027", "3 juli jl."), between a rounding word, a currency
 * sign or "nr." and the number, inside a Kamerstuk number ("19 637"), and between a number and the
 * word after it (its unit or noun: "109.000 plekken", "30.000 euro", "12 maanden"), so that
 * "(109.000" never ends a line or page without "plekken)". Only spaces change; the text reads the same.
 */
export function keepTogether(text: string): string {
  return text
    .replace(new RegExp(`\\b(\\d{1,2}) (${DUTCH_MONTH_PATTERN})\\b`, 'g'), `$1${NBSP}$2`)
    .replace(new RegExp(`\\b(${DUTCH_MONTH_PATTERN}) (\\d{4}|jl\\.|as\\.|a\\.s\\.)`, 'g'), `$1${NBSP}$2`)
    .replace(new RegExp(`(^|[^\\p{L}])(${QUALIFIERS}) (?=[€−+]?\\d)`, 'gu'), `$1$2${NBSP}`)
    .replace(/€ (?=[−+]?\d)/g, `€${NBSP}`)
    .replace(/\b(nr\.|nummer|artikel|art\.) (?=\d)/g, `$1${NBSP}`)
    .replace(/\b(\d{2}) (\d{3})\b/g, `$1${NBSP}$2`)
    .replace(/(\d) (?=[\p{L}%€]|\()/gu, `$1${NBSP}`);
}
