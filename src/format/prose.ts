/**
 * Figures and periods as the letters write them in running text: derived figures rounded with their
 * rounding word, periods after the preposition their kind takes.
 */
import { parsePeriod } from '../data/period.ts';
import { formatMoney, formatNumber, formatPeriod, roundForProse } from './dutch.ts';

/**
 * The step a derived figure is rounded to in prose. Below 1.000 a figure is stated as it is; up to
 * 10.000 it is rounded to its leading digit (41.500 − 34.370 = 7.130 → "ruim 7.000", as the letter
 * of 1 July 2022 writes it); above that to thousands (−18.200 → "ruim 18.000").
 */
export function proseStep(value: number): number {
  const a = Math.abs(value);
  if (a < 1000) return 1;
  if (a < 10_000) return 10 ** Math.floor(Math.log10(a));
  return 1000;
}

/** The step an amount of money is rounded to in prose: euros, millions, or hundreds of millions (€ 3,6 miljard). */
export function moneyStep(value: number): number {
  const a = Math.abs(value);
  if (a < 1e6) return 1;
  if (a < 1e9) return 1e6;
  return 1e8;
}

/** A derived count in prose with its rounding word: 7130 → "ruim 7.000". */
export function proseNumber(value: number, step = proseStep(value)): string {
  const { rounded, word } = roundForProse(value, step);
  return word ? `${word} ${formatNumber(rounded)}` : formatNumber(rounded);
}

/** A derived amount in prose with its rounding word: 155960000 → "bijna € 156 miljoen"; 249.32 → "ruim € 249". */
export function proseMoney(value: number, step = moneyStep(value)): string {
  const { rounded, word } = roundForProse(value, step);
  const money = formatMoney(rounded, { words: true });
  return word ? `${word} ${money}` : money;
}

/** A period after a preposition that depends on its kind: a date takes "per", the others `words`. */
function periodPhrase(period: string, words: { half: string; quarter: string; other: string }): string {
  const kind = parsePeriod(period)?.kind;
  // "vanaf 2027" and "tot en met 10 maart 2024" carry their own preposition.
  if (kind === 'from' || kind === 'until') return formatPeriod(period);
  const word = kind === 'date' ? 'per' : kind === 'half' ? words.half : kind === 'quarter' ? words.quarter : words.other;
  return `${word} ${formatPeriod(period)}`;
}

/** "per 1 januari 2025", "in 2024", "in de tweede helft 2024": a period as the object of a sentence. */
export const when = (period: string): string => periodPhrase(period, { half: 'in de', quarter: 'in het', other: 'in' });

/** "per 1 januari 2025", "voor 2024", "voor de tweede helft 2024": the period a figure is set for. */
export const forPeriod = (period: string): string =>
  periodPhrase(period, { half: 'voor de', quarter: 'voor het', other: 'voor' });
