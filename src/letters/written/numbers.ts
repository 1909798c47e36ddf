/**
 * The typed-number check. Every number a writer types in a letter's prose is a figure that will not
 * follow the next MPP, unless it is recognisably not a figure: so each one must be a reference
 * (`fig(…)`, `actual(…)`, `cost(…)` …), an expression over references, or marked
 * `{{ "14" | literal }}`. Recognised as not figures (`typedNumbers` leaves them out):
 *
 * - years 1900–2100 and year ranges or sessions: "2024", "2024–2025", "2024-2025", "2024/25";
 * - dates: "5 april 2024", "1 januari 2027", a day and month "15 april jl.", "25 okt.", "4-5 maart", numeric
 *   "27-1-2025", "01/01/2025", ISO "2025-09-26"; times "14.00 uur", "9:30";
 * - Kamerstuk numbers: "19 637, nr. 3239", "32847 nr. 1135", "36 600 XX", "36600-XX", "35 476, I",
 *   "Kamerstuk 19637-3239", "Kamerstukken I 2024/25, 36600"; a numbered act "Verordening 2024/1350",
 *   "WBV 2023/3";
 * - a number after a word that makes it a reference: "artikel 4", "art. 3 lid 2", "nr. 3239",
 *   "bijlage 1", "tabel 2", "p. 18", "kenmerk 4083811", "spoor 4", also in a series ("artikel 4 en
 *   5", "artikelen 3, 4 en 5", "behandelsporen 1 en 2");
 * - list and heading numbers at the start of a line ("1. …", "## 2. …"), an enumeration in a
 *   paragraph that counts "(1) … (2)" or "1) … 2)", a note mark "[^1]";
 * - ordinals "1e", "18e", "21ste", "2de"; a number in a name "D66", "H2", "COVID-19";
 * - web and e-mail addresses, link targets, a postal address "Postbus 20018", "2500 EA Den Haag".
 *
 * Every other number is returned with its value, so that the message can name the figure it equals
 * or is close to.
 */
import type { Dataset } from '../../data/schema.ts';
import { levenshtein } from '../../data/nearest.ts';
import { DUTCH_MONTH_PATTERN } from '../../data/period.ts';
import { formatNumber } from '../../format/dutch.ts';

export interface TypedNumber {
  offset: number;
  text: string;
  /** The value as written ("8.719" → 8719, "1,2 miljard" → 1.2e9); null when it is not a Dutch number ("1.5"). */
  value: number | null;
}

const MONTHS = DUTCH_MONTH_PATTERN;
const MONTH_ABBR = 'jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';
const YEAR = '(?:19|20)\\d{2}';
/** A Kamerstuk dossier number: "19 637", "19637", "36.600". */
const DOSSIER = '\\d{2}[ .]?\\d{3}';

/** Stretches whose numbers are not figures. */
const SPANS: RegExp[] = [
  /\bhttps?:\/\/\S+|\bwww\.\S+/g, // web address
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, // e-mail address
  /\]\([^)]*\)/g, // a Markdown link's target
  /<[^>]+>/g, // an HTML tag
  /\bPostbus \d+|\b[1-9]\d{3} ?[A-Z]{2}(?= \p{Lu}\p{Ll})/gu, // postal address: Postbus 20018, 2500 EA Den Haag
  new RegExp(`\\b\\d{1,2}([-/])\\d{1,2}\\1${YEAR}\\b|\\b${YEAR}-\\d{2}-\\d{2}\\b`, 'g'), // numeric date
  /\b\d{1,2}[.:]\d{2}(?=\s*uur\b)|\b\d{1,2}:\d{2}\b/g, // time
  new RegExp(`\\b\\d{1,2}[-–]\\d{1,2}(?=\\s+(?:${MONTHS})\\b)`, 'gi'), // days of a date: 4-5 maart
  new RegExp(`\\b${YEAR}[-–/](?:${YEAR}|\\d{2})(?!\\d)`, 'g'), // year range, session
  new RegExp(`\\b${YEAR}\\/\\d+\\b`, 'g'), // numbered act: Verordening 2024/1350
  // Kamerstuk: with its number, a chapter in Roman numerals or a letter, or a dossier-number pair.
  new RegExp(`\\b${DOSSIER}(?:,?\\s*(?:nr\\.?|nummer)\\s*\\d+|[ -](?:[IVXLC]+|[A-Z])\\b|,\\s*[IVXLC]+\\b)|\\b\\d{5}-\\d+\\b`, 'g'),
  // Kamerstuk: a dossier number after the word, its chamber and its session.
  new RegExp(`(?<=\\bKamerstuk(?:ken)?(?:\\s+I{1,2})?[:,]?\\s*(?:(?:vergaderjaar\\s+)?${YEAR}[-–/]\\d{2,4},?\\s*)?)${DOSSIER}\\b`, 'g'),
];

/** Words after which a number is a reference, not a figure. */
const REFERENCE_WORD =
  '(?:\\bnr\\.?|\\bnummers?|\\bartikel(?:en)?|\\bart\\.|\\bleden|\\blid|\\bpunt(?:en)?|\\bonderdeel|\\bsub|\\bbijlagen?|\\btabel|\\bfiguur|\\bgrafiek|' +
  '\\bhoofdstuk|\\bparagraaf|§|\\bp\\.|\\bblz\\.|\\bpagina|\\bvergaderjaar|\\bkenmerk|\\b(?:behandel)?spo(?:or|ren)|\\bKamerstuk(?:ken)?(?: I{1,2})?,?)';
const REFERENCE_BEFORE = new RegExp(`${REFERENCE_WORD}\\s*$`, 'iu');
/** A whole number later in a series after such a word: "artikelen 3, 4 en 5", "behandelsporen 1 en 2". */
const REFERENCE_SERIES = new RegExp(`${REFERENCE_WORD}\\s*(?:\\d+[a-z]?\\s*(?:,|\\ben\\b|\\bof\\b|\\btot en met\\b|t\\/m|[-–])\\s*)+$`, 'iu');
const DAY_BEFORE_MONTH = new RegExp(`^\\s+(?:(?:${MONTHS})(?!\\p{L})|(?:${MONTH_ABBR})\\.?(?!\\p{L}))`, 'iu');
const ENUMERATION = /^\)/;

/** The value of a number written the Dutch way, with "miljoen"/"miljard" after it. */
function valueOf(text: string, after: string): number | null {
  let value: number;
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(text) || /^\d+(?:,\d+)?$/.test(text)) value = Number(text.replace(/\./g, '').replace(',', '.'));
  else return null;
  const scale = /^\s*(miljoen|miljard|mln\.?|mld\.?)/iu.exec(after)?.[1]?.toLowerCase();
  if (scale) value *= scale.startsWith('miljoen') || scale.startsWith('mln') ? 1e6 : 1e9;
  return value;
}

/**
 * The numbers of `text` that are not recognised as something other than a figure. `text` must
 * have its `{{ … }}` expressions blanked out (same length), so offsets stay those of the file.
 */
export function typedNumbers(text: string): TypedNumber[] {
  const skip: [number, number][] = [];
  for (const re of SPANS) for (const m of text.matchAll(re)) skip.push([m.index, m.index + m[0].length]);
  const candidates: (TypedNumber & { enumeration?: { paragraph: number; n: number; style: string } })[] = [];
  for (const m of text.matchAll(/\d+(?:[.,]\d+)*/g)) {
    const at = m.index;
    const whole = m[0];
    if (skip.some(([a, b]) => at >= a && at < b)) continue;
    const before = text.slice(Math.max(0, at - 60), at);
    const after = text.slice(at + whole.length, at + whole.length + 24);
    const plain = /^\d+$/.test(whole);
    if (plain && whole.length === 4 && Number(whole) >= 1900 && Number(whole) <= 2100) continue; // a year
    if (plain && /^(?:e|ste|de)(?![\p{L}\d])/u.test(after)) continue; // an ordinal: 1e, 18e, 21ste
    if (/\p{L}$/u.test(before) || /(?:^|[^\p{L}])\p{Lu}{2,}-$/u.test(before)) continue; // in a name: D66, H2, COVID-19
    if (plain && Number(whole) >= 1 && Number(whole) <= 31 && DAY_BEFORE_MONTH.test(after)) continue; // the day of a date
    if (REFERENCE_BEFORE.test(before) || (plain && REFERENCE_SERIES.test(before))) continue; // artikel 4, nr. 3239, bijlage 1, artikelen 4 en 5
    if (/(?:^|\n)[ \t]*#+[ \t]*$/.test(before) && /^\d+(?:\.\d+)*$/.test(whole)) continue; // a heading's number: ## 2. or ## 2.1
    if (plain && /(?:^|\n)[ \t]*(?:[-*+][ \t]+)?$/.test(before) && /^[.)](?:[ \t]|$)/.test(after)) continue; // a list item's number
    if (plain && /\[\^?$/.test(before) && /^\]/.test(after)) continue; // a note mark [^1]
    const value = valueOf(whole, after);
    if (plain && whole.length <= 2 && ENUMERATION.test(after) && /(?:^|[\s(])$/.test(before)) {
      // (1) … (2) or 1) … 2): an enumeration, when its paragraph counts on.
      const paragraph = text.slice(0, at).split(/\n[ \t]*\n/).length;
      candidates.push({ offset: at, text: whole, value, enumeration: { paragraph, n: Number(whole), style: before.endsWith('(') ? '(' : '' } });
      continue;
    }
    candidates.push({ offset: at, text: whole, value });
  }
  const marks = new Set(candidates.filter((c) => c.enumeration).map((c) => `${c.enumeration!.paragraph}:${c.enumeration!.style}${c.enumeration!.n}`));
  return candidates
    .filter((c) => {
      const e = c.enumeration;
      return !e || !(marks.has(`${e.paragraph}:${e.style}${e.n - 1}`) || marks.has(`${e.paragraph}:${e.style}${e.n + 1}`));
    })
    .map(({ offset, text: t, value }) => ({ offset, text: t, value }));
}

/** The values of every figure in the data set, each with the references that print it. */
export function figureValues(data: Dataset): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const add = (v: number | null, key: string) => {
    if (v === null) return;
    const list = out.get(v) ?? [];
    if (!list.includes(key)) list.push(key);
    out.set(v, list);
  };
  const q = (fn: string, xs: (string | number)[]) => `${fn}(${xs.map((x) => `"${x}"`).join(', ')})`;
  for (const p of data.prognoses) {
    if (p.region !== null) continue;
    const key = p.kind === 'mpp' ? q('fig', [p.indicator, p.period, p.scenario!, p.edition!]) : q('fig', [p.indicator, p.period, p.kind]);
    add(p.value, key);
    add(p.value_high, key);
  }
  for (const r of data.realisations) {
    if (r.region !== null) continue;
    add(r.value, q('actual', [r.indicator, r.period]));
    add(r.value_high, q('actual', [r.indicator, r.period]));
  }
  for (const c of data.costs) add(c.amount, q('cost', [c.type, c.price_year]));
  return out;
}

/** The digits of a value, as a writer reads them: 8718 → "8718", 3.5 → "35". */
const digits = (v: number) => String(v).replace(/^-/, '').replace('.', '').replace(/^0+(?=\d)/, '');

/**
 * The figures a typed number that equals none was probably meant to be: the same digits with one
 * mistyped, dropped, added or swapped ("8.719", "8.71", "8.781" for 8.718), or the same digits at
 * another scale ("87,18"). Only for numbers of four digits or more: shorter ones are near too many
 * figures to name one. Nearest first, at most `n`, each reference with the figure as printed.
 */
export function nearFigures(value: number, values: Map<number, string[]>, n = 3): { key: string; value: string }[] {
  const typed = digits(value);
  if (typed.length < 4) return [];
  const sorted = (s: string) => [...s].sort().join('');
  const near: { v: number; d: number }[] = [];
  for (const v of values.keys()) {
    if (v === value) continue;
    const d = digits(v);
    if (Math.abs(d.length - typed.length) > 1) continue;
    const distance = d === typed ? 0 : d.length === typed.length && sorted(d) === sorted(typed) ? 1 : levenshtein(typed, d);
    if (distance <= 1) near.push({ v, d: distance });
  }
  near.sort((a, b) => a.d - b.d || Math.abs(a.v - value) - Math.abs(b.v - value) || a.v - b.v);
  const out: { key: string; value: string }[] = [];
  for (const { v } of near) {
    for (const key of values.get(v)!) {
      if (out.length < n) out.push({ key, value: formatNumber(v, Number.isInteger(v) ? 0 : String(v).split('.')[1]!.length) });
    }
  }
  return out;
}
