/**
 * The Nunjucks environments of the letters. Staff edit the wording in `templates/letters/`: the
 * sentences in `sentences.njk` (one macro per kind of sentence), the letter around them in
 * `letter.njk`. Numbers reach the templates as raw values from the model and are formatted only by
 * the filters below, which all go through `src/format.ts`.
 */
import nunjucks from 'nunjucks';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  formatDate,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatPeriodShort,
  formatQualified,
  formatSigned,
  formatSignedPercent,
  inSentence,
  roundForProse,
} from '../format/dutch.ts';
import { parsePeriod } from '../data/period.ts';
import { COST_TYPE, SCENARIO, termsOf, UNIT } from '../data/vocabulary.ts';
import type { Scenario } from '../data/schema.ts';
import { escapeHtml } from '../format/escape.ts';

export const TEMPLATE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates', 'letters');

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
  const word = kind === 'date' ? 'per' : kind === 'half' ? words.half : kind === 'quarter' ? words.quarter : words.other;
  return `${word} ${formatPeriod(period)}`;
}

/** "per 1 januari 2025", "in 2024", "in de tweede helft 2024": a period as the object of a sentence. */
export const when = (period: string): string => periodPhrase(period, { half: 'in de', quarter: 'in het', other: 'in' });

/** "per 1 januari 2025", "voor 2024", "voor de tweede helft 2024": the period a figure is set for. */
export const forPeriod = (period: string): string =>
  periodPhrase(period, { half: 'voor de', quarter: 'voor het', other: 'voor' });

/** Lower-case the first letter of a label unless it starts an abbreviation (see format.ts). */
export const lcfirst = inSentence;

/**
 * Escape text for HTML and keep figures, amounts and hyphenated words on one line (a line break
 * after the hyphen of "2024-II" would split the figure; the characters themselves are unchanged).
 */
export function typeset(text: string): string {
  const escaped = escapeHtml(text);
  return escaped.replace(
    /\S*[\p{L}\d]-[\p{L}\d]\S*|(?:(?:ca\.|ruim|bijna|ongeveer|meer dan|minder dan|tenminste|maximaal) )?(?:€ )?[−+]?\d[\d.,]*(?: (?:%|miljoen|miljard))?/gu,
    (m) => `<span class="nw">${m}</span>`,
  );
}

/** A CSS string literal: quotes and backslashes escaped, line breaks as \A. */
export function cssString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\A ')}"`;
}

function addFilters(env: nunjucks.Environment): nunjucks.Environment {
  env.addFilter('number', (n: number, decimals = 0) => formatNumber(n, decimals));
  env.addFilter('qualified', (n: number, q: string | null) => formatQualified(n, q));
  env.addFilter('money', (n: number, decimals = 0) => formatMoney(n, { decimals }));
  env.addFilter('moneyWords', (n: number) => formatMoney(n, { words: true }));
  env.addFilter('prose', (n: number) => proseNumber(n));
  env.addFilter('proseMoney', (n: number) => proseMoney(n));
  /** A ratio in prose, rounded to a whole number: 3.36 → "ruim 3". */
  env.addFilter('proseTimes', (n: number) => proseNumber(n, 1));
  env.addFilter('signed', (n: number) => formatSigned(n));
  env.addFilter('percent', (fraction: number) => formatPercent(fraction));
  env.addFilter('signedPercent', (fraction: number) => formatSignedPercent(fraction));
  env.addFilter('date', (iso: string) => formatDate(iso));
  env.addFilter('period', (p: string) => formatPeriod(p));
  env.addFilter('periodShort', (p: string) => formatPeriodShort(p));
  env.addFilter('when', (p: string) => when(p));
  env.addFilter('scenario', (s: Scenario) => SCENARIO[s].label);
  env.addGlobal('NOUN', termsOf(UNIT, 'noun'));
  env.addGlobal('PLACE', termsOf(COST_TYPE, 'place'));
  env.addFilter('forPeriod', (p: string) => forPeriod(p));
  env.addFilter('lcfirst', (s: string) => lcfirst(s));
  env.addFilter('ucfirst', (s: string) => s.charAt(0).toUpperCase() + s.slice(1));
  return env;
}

let sentenceEnv: nunjucks.Environment | null = null;
let letterEnv: nunjucks.Environment | null = null;
let sentenceTemplate: nunjucks.Template | null = null;

/** Plain-text environment for the sentences (no HTML escaping: the letter template escapes them). */
export function sentenceEnvironment(): nunjucks.Environment {
  sentenceEnv ??= addFilters(
    new nunjucks.Environment(new nunjucks.FileSystemLoader(TEMPLATE_DIR), {
      autoescape: false,
      throwOnUndefined: true,
    }),
  );
  return sentenceEnv;
}

/** HTML environment for the letter itself (autoescaped). */
export function letterEnvironment(): nunjucks.Environment {
  letterEnv ??= addFilters(
    new nunjucks.Environment(new nunjucks.FileSystemLoader(TEMPLATE_DIR), {
      autoescape: true,
      throwOnUndefined: true,
      trimBlocks: true,
      lstripBlocks: true,
    }),
  );
  letterEnv.addFilter('typeset', (s: string) => new nunjucks.runtime.SafeString(typeset(s)));
  letterEnv.addFilter('cssString', (s: string) => new nunjucks.runtime.SafeString(cssString(s)));
  return letterEnv;
}

/** Collapse the template's line breaks and indentation and tidy the spacing around punctuation. */
export function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:)])/g, '$1')
    .replace(/\(\s+/g, '(')
    .trim();
}

/** Render one sentence: the macro `kind` of `sentences.njk` applied to `facts`. */
export function renderSentence(kind: string, facts: unknown): string {
  const env = sentenceEnvironment();
  sentenceTemplate ??= new nunjucks.Template('{% import "sentences.njk" as s %}{{ s[kind](f) }}', env, 'sentence');
  return tidy(sentenceTemplate.render({ kind, f: facts }));
}
