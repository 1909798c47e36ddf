/** Markdown text helpers of the diff report: escaping, counts, relative changes, folding, highlighting. */
import { formatMoney, formatNumber, formatSignedPercent } from '../../format/dutch.ts';
import { decimalsOf } from '../rows.ts';
import type { Section } from '../types.ts';
import { showControls } from '../../format/escape.ts';

/** Lists longer than this are folded into a <details> block. */
const FOLD_AFTER = 12;

/** Escape text for inline Markdown (also inside a table cell): no formatting, no HTML, no line breaks. */
export function esc(s: string): string {
  return showControls(s.replace(/\r?\n/g, ' ')).replace(/([\\`*_[\]<>|])/g, '\\$1');
}

export const quoted = (s: string | null) => (s === null ? '(leeg)' : `“${esc(s)}”`);

/** How many decimals a figure needs (at most three, as the letters print them). */
export const dec = (n: number) => Math.min(3, decimalsOf(n));

/** `n` items, with the noun in singular or plural. */
export const count = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;

/** A relative change in percent, with enough decimals that a small change does not read as 0 %. */
export function relativeText(fraction: number | null): string {
  if (fraction === null) return 'n.v.t.';
  const pct = Math.abs(fraction * 100);
  // Under 1 %: as many decimals as it takes to show the first significant digit.
  const d = pct === 0 || pct >= 1 ? 0 : Math.min(6, Math.ceil(-Math.log10(pct)));
  return formatSignedPercent(fraction, d);
}

/** An amount in euro, with at most two decimals. */
export const money = (n: number) => formatMoney(n, { decimals: Math.min(2, decimalsOf(n)) });

/** A change of an amount in euro, with its sign. */
export function signedMoney(n: number): string {
  const s = money(n);
  return n > 0 ? `+${s}` : s;
}

export function fold(lines: string[], summary: string): string[] {
  if (lines.length <= FOLD_AFTER) return lines;
  return ['<details>', `<summary>${summary}</summary>`, '', ...lines, '', '</details>'];
}

/**
 * A section on generated output (derived figures, sentences, charts): its heading, then why it was
 * not compared, or that nothing changed, or the lines `body` makes of the changes.
 */
export function outputSection<T>(title: string, section: Section<T>, body: (changes: T[]) => string[]): string[] {
  const out = [`### ${title}`, ''];
  if (!section.available) return [...out, `_Niet vergeleken: ${esc(section.reason)}._`, ''];
  if (section.changes.length === 0) return [...out, 'Geen.', ''];
  return [...out, ...body(section.changes)];
}

/**
 * Bold the words that differ between two texts (the part between their common start and end). With
 * `context`, only that many words either side of the difference are kept.
 */
export function highlight(old: string, now: string, context = Infinity): { old: string; new: string } {
  const a = old.split(/(\s+)/);
  const b = now.split(/(\s+)/);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  // Words and the white space between them alternate; keep `context` words (2 parts each).
  const keep = context === Infinity ? Infinity : context * 2;
  const mark = (parts: string[]) => {
    const before = parts.slice(0, start);
    const after = parts.slice(parts.length - end);
    const head = (before.length > keep ? '… ' : '') + before.slice(Math.max(0, before.length - keep)).join('').trimStart();
    const tail = after.slice(0, keep).join('').trimEnd() + (after.length > keep ? ' …' : '');
    const mid = parts.slice(start, parts.length - end).join('');
    const trimmed = mid.trim();
    if (trimmed === '') return esc(head + mid + tail);
    const lead = mid.slice(0, mid.indexOf(trimmed));
    const trail = mid.slice(mid.indexOf(trimmed) + trimmed.length);
    return `${esc(head + lead)}**${esc(trimmed)}**${esc(trail + tail)}`;
  };
  return { old: mark(a), new: mark(b) };
}
