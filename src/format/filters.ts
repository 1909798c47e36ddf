/**
 * The Nunjucks filters of every template, site and letters alike, defined once: a plain table of
 * name → function over the formatting of dutch.ts and prose.ts. `addFilters` registers them on
 * anything with an `addFilter(name, fn)`: a Nunjucks Environment or Eleventy's configuration.
 *
 * Templates get raw values (numbers, ISO dates, period codes, vocabulary keys) and format them here.
 * A filter passes null through, so the template says what an absent figure looks like
 * (`{{ band | number or '–' }}`); undefined is a misspelt or missing field and an error.
 */
import {
  type Basis,
  basisLabel,
  basisPhrase,
  COST_TYPE,
  type CostType,
  FIGURE_KIND,
  type FigureKind,
  type Scenario,
  UNIT,
  type Unit,
  VOICE,
  type Voice,
} from '../data/vocabulary.ts';
import {
  formatDate,
  formatOnDate,
  formatFigure,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatPeriodShort,
  formatQualified,
  formatSigned,
  formatSignedPercent,
  inSentence,
} from './dutch.ts';
import { forPeriod, proseMoney, proseNumber, when } from './prose.ts';

const FORMATS = {
  number: (n: number, decimals = 0) => formatNumber(n, decimals),
  qualified: (n: number, q: string | null) => formatQualified(n, q),
  /** A figure in its unit with its rounding word: `figure('percent', 'ca.')`. */
  figure: (n: number, unit: Unit, q?: string | null) => formatFigure(n, unit, q),
  /** A figure that may be a range: `figureRange(85, 'percent')` on 70 gives "70,0% tot 85,0%". */
  figureRange: (n: number, high: number | null, unit: Unit, q?: string | null) =>
    high === null ? formatFigure(n, unit, q) : `${formatFigure(n, unit, q)} tot ${formatFigure(high, unit)}`,
  money: (n: number, decimals = 0) => formatMoney(n, { decimals }),
  moneyWords: (n: number) => formatMoney(n, { words: true }),
  prose: (n: number) => proseNumber(n),
  proseMoney: (n: number) => proseMoney(n),
  /** A ratio in prose, rounded to a whole number: 3.36 → "ruim 3". */
  proseTimes: (n: number) => proseNumber(n, 1),
  signed: (n: number) => formatSigned(n),
  percent: (fraction: number) => formatPercent(fraction),
  signedPercent: (fraction: number) => formatSignedPercent(fraction),
  date: (iso: string) => formatDate(iso),
  /** `verzonden {{ d | onDate }}`: "op 1 januari 2027", or "in november 2024" for a month-only date. */
  onDate: (iso: string) => formatOnDate(iso),
  period: (p: string) => formatPeriod(p),
  periodShort: (p: string) => formatPeriodShort(p),
  when: (p: string) => when(p),
  forPeriod: (p: string) => forPeriod(p),
  /** A scenario's label; a basis between two scenarios (`medio..maximum`) as "tussen medio en maximum". */
  scenario: (s: Scenario | Basis) => basisLabel(s),
  /** `de keten gaat uit van {{ e.basis | basis }}`: "het medioscenario", "een scenario tussen het medio- en het maximumscenario". */
  basis: (b: Basis) => basisPhrase(b),
  unit: (u: Unit) => UNIT[u].label,
  costType: (t: CostType) => COST_TYPE[t].label,
  /** What kind of figure: "Vastgesteld cijfer", "Doel of afspraak", … */
  figureKind: (k: FigureKind) => FIGURE_KIND[k].label,
  /** "uit een vraag van een Kamerlid" / "uit het antwoord van de minister". */
  voice: (v: Voice) => VOICE[v].label,
  yesNo: (b: boolean) => (b ? 'ja' : 'nee'),
  lcfirst: (s: string) => inSentence(s),
  ucfirst: (s: string) => s.charAt(0).toUpperCase() + s.slice(1),
};

export type FilterName = keyof typeof FORMATS;
export type Filter = (value: unknown, ...args: unknown[]) => string | null;

function guarded(name: string, format: (value: never, ...args: never[]) => string): Filter {
  return (value, ...args) => {
    if (value === undefined) throw new Error(`filter "${name}" was given an undefined value`);
    return value === null ? null : format(value as never, ...(args as never[]));
  };
}

/** Every filter by name. */
export const filters = Object.fromEntries(
  Object.entries(FORMATS).map(([name, format]) => [name, guarded(name, format)]),
) as Record<FilterName, Filter>;

/** Register every filter on a Nunjucks Environment or on Eleventy's configuration. */
export function addFilters<T extends { addFilter(name: string, fn: Filter): unknown }>(target: T): T {
  for (const [name, filter] of Object.entries(filters)) target.addFilter(name, filter);
  return target;
}
