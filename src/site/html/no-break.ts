/**
 * Money and numbers never break across lines: in running text the space after "€", after a
 * rounding word ("ca. 47.000") and before "%", "miljoen", "miljard" or "×" becomes a no-break
 * space, as does the space in an edition's name ("MPP 2025"). Text inside an SVG is left alone.
 */
import { tokenize } from './tags.ts';

const NBSP = '\u00a0';
const BEFORE_NUMBER = /(€|\bca\.|\bruim|\bbijna|\bongeveer|\bmeer dan|\bminder dan|\btenminste|\bmaximaal|\bMPP) (?=[−+-]?\d)/g;
const AFTER_NUMBER = /(\d) (%|miljoen\b|miljard\b|×)/g;

export function bindNumbers(html: string): string {
  let svg = 0;
  let out = '';
  for (const t of tokenize(html)) {
    if (t.type === 'open' && t.name === 'svg') svg++;
    if (t.type === 'close' && t.name === 'svg') svg--;
    out += t.type === 'text' && svg === 0 ? t.raw.replace(BEFORE_NUMBER, `$1${NBSP}`).replace(AFTER_NUMBER, `$1${NBSP}$2`) : t.raw;
  }
  return out;
}
