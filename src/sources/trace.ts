/**
 * Tracing a figure to its source text: does the letter print this value (in Dutch notation), and
 * does the row's quote stand in the letter and contain it?
 */
import { dutchRenderings } from '../format/dutch.ts';

/** Collapse runs of white space (line breaks of the PDF extraction included) to one space. */
export const normaliseText = (s: string): string => s.replace(/\s+/g, ' ').trim();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Shares the letters write as words: "ongeveer de helft noodopvangplekken" is 50 per cent. */
const SHARE_WORDS: Record<number, string[]> = { 50: ['de helft', 'helft'], 25: ['een kwart', 'kwart'], 75: ['driekwart', 'drie kwart'] };

/** Whether `text` prints `value` as a whole figure (7.500 does not count inside 17.500 or 7.5001). */
export function printsValue(text: string, value: number, unit?: string): boolean {
  if (unit === 'percent' && (SHARE_WORDS[value] ?? []).some((w) => new RegExp(`\\b${w}\\b`, 'i').test(text))) return true;
  return dutchRenderings(value, unit).some((r) =>
    new RegExp(`(?<![\\d.,])${escape(r)}(?![\\d]|[.,]\\d)`).test(text),
  );
}

/** The ways a letter writes each rounding word the data normalises to one qualifier. */
const QUALIFIER_WORDS: Record<string, string[]> = {
  'ca.': ['ca.', 'ca', 'circa'],
  ruim: ['ruim'],
  bijna: ['bijna'],
  ongeveer: ['ongeveer', 'rond de', 'rond'],
  'meer dan': ['meer dan'],
  'minder dan': ['minder dan'],
  tenminste: ['tenminste', 'ten minste', 'minimaal'],
  maximaal: ['maximaal'],
};

/** Whether a quote holds the rounding word of `qualifier`, in any of the ways the letters write it. */
export function printsQualifier(quote: string, qualifier: string): boolean {
  return (QUALIFIER_WORDS[qualifier] ?? [qualifier]).some((w) => new RegExp(`(^|[^\\p{L}])${escape(w)}(?![\\p{L}])`, 'iu').test(quote));
}

/** What is wrong when a figure does not trace: the names of the catalogue's `quote` messages. */
export type TraceProblem = 'notInSource' | 'lacksValue' | 'lacksHigh' | 'lacksQualifier' | 'valueNotInSource';

export type TraceResult = { ok: true } | { ok: false; problem: TraceProblem; reason: string };

/** Check one figure against the normalised text of its source. */
export function traceFigure(
  sourceText: string,
  figure: { value: number; valueHigh?: number | null; unit?: string; qualifier?: string | null; quote?: string | null },
): TraceResult {
  const fail = (problem: TraceProblem, reason: string): TraceResult => ({ ok: false, problem, reason });
  if (figure.quote) {
    const quote = normaliseText(figure.quote);
    if (!sourceText.includes(quote)) return fail('notInSource', `quote not found in the source: "${quote}"`);
    if (!printsValue(quote, figure.value, figure.unit)) return fail('lacksValue', `quote does not print the value ${figure.value}: "${quote}"`);
    if (figure.valueHigh != null && !printsValue(quote, figure.valueHigh, figure.unit)) {
      return fail('lacksHigh', `quote does not print the high end ${figure.valueHigh} of the range: "${quote}"`);
    }
    if (figure.qualifier && !printsQualifier(quote, figure.qualifier)) {
      return fail('lacksQualifier', `quote does not hold the rounding word "${figure.qualifier}": "${quote}"`);
    }
    return { ok: true };
  }
  return printsValue(sourceText, figure.value, figure.unit) ? { ok: true } : fail('valueNotInSource', `value ${figure.value} is not printed in the source`);
}
