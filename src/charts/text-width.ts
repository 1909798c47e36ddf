/**
 * Text widths for vega's layout, from the advance widths of Fira Sans (font-widths.json, measured
 * in Chromium by scripts/font-widths.ts). Without a canvas vega estimates every character at 0.8 em,
 * about half as wide again as Fira Sans: labels were cut short and legends laid out too wide. With
 * the font's own widths, truncation, label overlap and the chart's size follow the drawn text.
 */
import metrics from './font-widths.json' with { type: 'json' };

type Widths = Record<string, number>;
const WIDTHS = metrics.widths as unknown as Record<'400' | '600', Widths>;
/** Kerning and rounding are not in the sum: a small margin keeps the estimate on the wide side. */
const MARGIN = 1.03;
/** A character not in the table counts as an "M" would, wider than most. */
const fallback = (w: Widths) => w['M']!;

/** The width in px of `text` in Fira Sans at `size` px; 600 and bold count as 600, the rest as 400. */
export function textWidth(text: string, size: number, weight: string | number = 400): number {
  const w = WIDTHS[weight === 'bold' || Number(weight) >= 600 ? '600' : '400'];
  let units = 0;
  for (const c of text) units += w[c] ?? fallback(w);
  return (units / metrics.unitsPerEm) * size * MARGIN;
}

/** Words laid into lines no wider than `width` px at `size` px in Fira Sans, broken at spaces (a word longer than a line stands alone). */
export function wrapText(text: string, size: number, width: number, weight: string | number = 400): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, weight) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

interface TextItem {
  text?: unknown;
  fontSize?: number;
  fontWeight?: string | number;
}

/** vega's `textMetrics.width(item, text)`: the line given, else the item's own text. */
export function vegaTextWidth(item: TextItem, text?: unknown): number {
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  const line = String(text ?? (Array.isArray(item.text) ? item.text.join(' ') : (item.text ?? ''))).trim();
  return textWidth(line, size, item.fontWeight);
}
