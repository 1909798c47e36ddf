/**
 * The stale-number check: a number typed in a letter's prose that equals a figure of the data set
 * is a figure that will not follow the next MPP. It must be a reference (`fig(...)`), or, when it
 * merely happens to be equal, be marked `{{ "38" | literal }}`. Years, dates, Kamerstuk and article
 * numbers, enumerations and web addresses are not figures.
 */
import type { Dataset } from '../../data/schema.ts';

const MONTH = '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)';
const NUMBER = /(?<![\p{L}\d.,/-])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\d\p{L}]|[.,]\d)/gu;
/** Words after which a number is a reference, not a figure. */
const REFERENCE_BEFORE = /(?:\bnr\.?|\bnummer|\bartikel|\bart\.|\blid|\bpunt|\bbijlage|\bKamerstuk(?:ken)?(?: II)?,?|\bvergaderjaar)\s*$/iu;

export interface StaleNumber {
  offset: number;
  text: string;
  value: number;
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

/**
 * The numbers of `text` that equal a figure of `values`. `text` must have its `{{ … }}` expressions
 * blanked out (same length), so offsets stay those of the file.
 */
export function staleNumbers(text: string, values: Map<number, string[]>): StaleNumber[] {
  const out: StaleNumber[] = [];
  const skip: [number, number][] = [];
  for (const m of text.matchAll(/https?:\/\/\S+|\]\([^)]*\)|<[^>]+>|\b\d{1,3} \d{3}\b/g)) skip.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(NUMBER)) {
    const at = m.index;
    if (skip.some(([a, b]) => at >= a && at < b)) continue;
    const [whole, int, frac] = m as unknown as [string, string, string | undefined];
    const before = text.slice(Math.max(0, at - 40), at);
    const after = text.slice(at + whole.length, at + whole.length + 24);
    const plain = !int.includes('.') && frac === undefined;
    if (plain && int.length === 4 && Number(int) >= 1900 && Number(int) <= 2100) continue; // a year
    if (plain && new RegExp(`^\\s*${MONTH}`, 'iu').test(after)) continue; // a day of a date
    if (plain && /^[-–]\d{4}/.test(after)) continue; // a year range
    if (REFERENCE_BEFORE.test(before)) continue;
    if (plain && (/(^|\n)[ \t]*(#+[ \t]*)?$/.test(before) && /^[.)]/.test(after))) continue; // list or heading number
    if (plain && /\($/.test(before) && /^\)/.test(after)) continue; // (1), (2): an enumeration
    if (plain && /\[\^?$/.test(before)) continue;
    let value = Number(int.replace(/\./g, '') + (frac ? `.${frac}` : ''));
    const scale = /^\s*(miljoen|miljard|mln\.?|mld\.?)/iu.exec(after)?.[1]?.toLowerCase();
    if (scale) value *= scale.startsWith('miljoen') || scale.startsWith('mln') ? 1e6 : 1e9;
    if (values.has(value)) out.push({ offset: at, text: whole, value });
  }
  return out;
}
