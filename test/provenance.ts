/**
 * Tracing a figure to its source text: does the letter print this value (in Dutch notation), and
 * does the row's quote stand in the letter and contain it?
 */
import { dutchRenderings } from '../src/format/dutch.ts';

/** Collapse runs of white space (line breaks of the PDF extraction included) to one space. */
export const normaliseText = (s: string): string => s.replace(/\s+/g, ' ').trim();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `text` prints `value` as a whole figure (7.500 does not count inside 17.500 or 7.5001). */
export function printsValue(text: string, value: number, unit?: string): boolean {
  return dutchRenderings(value, unit).some((r) =>
    new RegExp(`(?<![\\d.,])${escape(r)}(?![\\d]|[.,]\\d)`).test(text),
  );
}

export interface TraceResult {
  ok: boolean;
  reason?: string;
}

/** Check one figure against the normalised text of its source. */
export function traceFigure(
  sourceText: string,
  figure: { value: number; unit?: string; quote?: string | null },
): TraceResult {
  if (figure.quote) {
    const quote = normaliseText(figure.quote);
    if (!sourceText.includes(quote)) return { ok: false, reason: `quote not found in the source: "${quote}"` };
    if (!printsValue(quote, figure.value, figure.unit)) {
      return { ok: false, reason: `quote does not print the value ${figure.value}: "${quote}"` };
    }
    return { ok: true };
  }
  return printsValue(sourceText, figure.value, figure.unit)
    ? { ok: true }
    : { ok: false, reason: `value ${figure.value} is not printed in the source` };
}
