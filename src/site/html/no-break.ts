/**
 * Money and numbers never break across lines: in running text the space after "€", after a
 * rounding word ("ca. 47.000") and before "%", "miljoen", "miljard" or "×" becomes a no-break
 * space, and an edition's name ("MPP 2024-II") is kept on one line, hyphen included. Text inside an
 * SVG is left alone.
 */
import { QUALIFIER_PATTERN } from '../../data/vocabulary.ts';
import { tokenize } from './tags.ts';

const NBSP = '\u00a0';
const BEFORE_NUMBER = new RegExp(`(€|\\b(?:${QUALIFIER_PATTERN})) (?=[−+-]?\\d)`, 'g');
const EDITION = /\bMPP (\d{4}(?:-[IV]+)?)(?![\p{L}\d-])/gu;
const AFTER_NUMBER = /(\d) (%|miljoen\b|miljard\b|×)/g;

/** Elements whose text is not laid out as HTML (the head, the title, a script) or is a chart's. */
const RAW = new Set(['svg', 'head', 'title', 'script', 'style', 'textarea']);

export function bindNumbers(html: string): string {
  let raw = 0;
  let out = '';
  for (const t of tokenize(html)) {
    if (t.type === 'open' && RAW.has(t.name)) raw++;
    if (t.type === 'close' && RAW.has(t.name)) raw--;
    out +=
      t.type === 'text' && raw === 0
        ? t.raw
            .replace(BEFORE_NUMBER, `$1${NBSP}`)
            .replace(AFTER_NUMBER, `$1${NBSP}$2`)
            .replace(EDITION, `<span class="nowrap">MPP${NBSP}$1</span>`)
        : t.raw;
  }
  return out;
}
