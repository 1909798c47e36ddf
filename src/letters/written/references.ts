/**
 * Resolving a written letter's figure references against the data, as the letter could have cited
 * them on its date:
 *
 * - `fig(indicator, period, scenario[, edition])`: an MPP prognosis of the letter's edition (or the
 *   one named); in place of the scenario, `target`, `set` or `outlook` names a figure of that kind
 *   (no edition: such a figure is not the MPP's);
 * - `actual(indicator, period)`: a realisation;
 * - `cost(type, price_year)`: a cost per place or a one-off amount from costs.csv;
 * - `change(indicator, period, scenario[, edition])` (derived): the revision against the previous
 *   edition, as the model computes it;
 * - `derived(name)` (derived): a cost calculation of cost-scenarios.csv, computed by the model.
 *
 * A figure is taken from a row whose source is dated on or before the letter and is not a member's
 * question; the letter's own source first, then the edition's document, then the newest. A derived
 * figure always carries a note saying that the model computed it and how.
 */
import { formatDate, formatMoney, formatNumber, formatPercentValue, formatQualified } from '../../format/dutch.ts';
import type { Dataset, Prognosis, Realisation, Cost, Voice } from '../../data/schema.ts';
import type { Model } from '../../model/index.ts';
import { FIGURE_KINDS } from '../../data/vocabulary.ts';
import { type Expression, PRONOUNS } from './expressions.ts';
import * as message from '../../messages.ts';

export interface LetterContext {
  data: Dataset;
  model: Model;
  edition: string;
  /** The letter's date, YYYY-MM-DD. */
  date: string;
  /** The letter's own entry in sources.csv, once it has been sent: its figures need no note. */
  ownSource: string | null;
}

export type Note = { kind: 'source'; source: string } | { kind: 'derived'; text: string };

export interface Resolved {
  text: string;
  /** The values the reference prints (for the literal check and the diff). */
  values: number[];
  note: Note | null;
  derived: boolean;
}

export type Resolution = { ok: true; value: Resolved } | { ok: false; problem: string };

const fail = (problem: string): Resolution => ({ ok: false, problem });

/** The last day a source date can mean: `2024-11` → `2024-11-31` (compared as text). */
const dateEnd = (d: string) => (d.length === 7 ? `${d}-31` : d);

function sourceDates(data: Dataset): Map<string, string> {
  return new Map(data.sources.map((s) => [s.id, s.date]));
}

/** A source as a note names it: its title and date. */
function sourceName(data: Dataset, id: string): string {
  const s = data.sources.find((x) => x.id === id);
  return s ? `${s.title}, ${formatDate(s.date)}` : id;
}

/** The row a letter of `ctx` may cite among `rows` (one figure's citations), or why there is none. */
function citable<R extends { source: string; voice: Voice | null }>(rows: R[], ctx: LetterContext): { row: R } | { problem: string } {
  const dates = sourceDates(ctx.data);
  const answers = rows.filter((r) => r.voice !== 'question');
  if (answers.length === 0) {
    return { problem: message.letter.onlyInQuestion(rows.map((r) => r.source)) };
  }
  const known = answers.filter((r) => dateEnd(dates.get(r.source) ?? '9999') <= ctx.date);
  if (known.length === 0) {
    const after = answers.map((r) => `${r.source} (${dates.get(r.source)})`).join(', ');
    return { problem: message.letter.sourceAfterLetter(ctx.date, after) };
  }
  const editionSource = ctx.data.editions.find((e) => e.id === ctx.edition)?.source;
  const rank = (r: R) => (r.source === ctx.ownSource ? 0 : r.source === editionSource ? 1 : 2);
  const sorted = [...known].sort(
    (a, b) => rank(a) - rank(b) || (dates.get(b.source) ?? '').localeCompare(dates.get(a.source) ?? '') || a.source.localeCompare(b.source),
  );
  return { row: sorted[0]! };
}

/** A figure as the site prints it, with its rounding word unless `bare`. */
function figureText(row: { value: number; value_high: number | null; qualifier: string | null; unit: string }, bare: boolean): string {
  const q = bare ? null : row.qualifier;
  const one = (v: number) => (row.unit === 'eur' ? formatMoney(v, { words: true }) : row.unit === 'percent' ? formatPercentValue(v, 1) : formatNumber(v));
  const body = row.value_high === null ? one(row.value) : `${one(row.value)} tot ${one(row.value_high)}`;
  return q ? `${q} ${body}` : body;
}

function sourceNote(row: { source: string }, ctx: LetterContext): Note | null {
  return row.source === ctx.ownSource ? null : { kind: 'source', source: row.source };
}

function bareAllowed(row: { qualifier: string | null; qualifier_scope?: 'list' | null }, bare: boolean): string | null {
  if (!bare || row.qualifier === null || row.qualifier_scope === 'list') return null;
  return message.letter.bareDropsOwnWord(row.qualifier);
}

/** The keys the data has for `fn`, as a writer would type them, for "did you mean". */
export function knownKeys(fn: string, ctx: LetterContext): string[] {
  const q = (xs: (string | number)[]) => `${fn}(${xs.map((x) => `"${x}"`).join(', ')})`;
  const { data, model } = ctx;
  switch (fn) {
    case 'change':
      return model.revisions.filter((r) => r.region === null).map((r) => q([r.indicator, r.period, r.scenario, r.edition]));
    case 'fig':
      return [
        ...data.prognoses.filter((p) => p.region === null).map((p) => (p.kind === 'mpp' ? q([p.indicator, p.period, p.scenario!, p.edition!]) : q([p.indicator, p.period, p.kind]))),
      ];
    case 'actual':
      return data.realisations.filter((r) => r.region === null).map((r) => q([r.indicator, r.period]));
    case 'cost':
      return data.costs.map((c) => q([c.type, c.price_year]));
    case 'derived':
      return model.costCalculations.map((c) => q([c.id]));
    default:
      return [];
  }
}

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length]!;
}

/** The `n` keys nearest to `written` (by edit distance), for an unknown figure's message. */
export function nearest(written: string, keys: string[], n = 3): string[] {
  return [...new Set(keys)]
    .map((k) => ({ k, d: levenshtein(written, k) }))
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
    .slice(0, n)
    .map((x) => x.k);
}

function unknown(fn: string, args: string[], ctx: LetterContext, what: string): Resolution {
  const written = `${fn}(${args.map((a) => `"${a}"`).join(', ')})`;
  const near = nearest(fn === 'fig' || fn === 'change' ? written.replace(/\)$/, args.length === 3 && !FIGURE_KINDS.includes(args[2] as never) ? `, "${ctx.edition}")` : ')') : written, knownKeys(fn, ctx));
  return fail(message.letter.unknownFigure(what, near));
}

function arity(fn: string, args: string[], min: number, max: number, usage: string): string | null {
  return args.length < min || args.length > max ? message.letter.argumentCount(fn, usage, args.length) : null;
}

type MppRow = Prognosis & { edition: string; scenario: NonNullable<Prognosis['scenario']> };

function mppRows(ctx: LetterContext, indicator: string, period: string, scenario: string, edition: string): MppRow[] {
  return ctx.data.prognoses.filter(
    (p): p is MppRow =>
      p.kind === 'mpp' && p.region === null && p.edition === edition && p.indicator === indicator && p.period === period && p.scenario === scenario,
  );
}

function fig(args: string[], filters: string[], ctx: LetterContext): Resolution {
  const bad = arity('fig', args, 3, 4, '(indicator, period, scenario or kind[, edition])');
  if (bad) return fail(bad);
  const [indicator, period, scenario, editionArg] = args as [string, string, string, string | undefined];
  const bare = filters.includes('bare');
  if ((FIGURE_KINDS as readonly string[]).includes(scenario) && scenario !== 'mpp') {
    if (editionArg !== undefined) return fail(message.letter.kindWithEdition(scenario, editionArg));
    const rows = ctx.data.prognoses.filter((p) => p.kind === scenario && p.region === null && p.indicator === indicator && p.period === period);
    if (rows.length === 0) return unknown('fig', args, ctx, message.letter.noKindFigure(scenario, indicator, period));
    const c = citable(rows, ctx);
    if ('problem' in c) return fail(c.problem);
    const notBare = bareAllowed(c.row, bare);
    if (notBare) return fail(notBare);
    return { ok: true, value: { text: figureText(c.row, bare), values: values(c.row), note: sourceNote(c.row, ctx), derived: false } };
  }
  const edition = editionArg ?? ctx.edition;
  if (!ctx.data.editions.some((e) => e.id === edition)) return unknown('fig', args, ctx, message.letter.noEditionId(edition));
  const rows = mppRows(ctx, indicator, period, scenario, edition);
  if (rows.length === 0) return unknown('fig', args, ctx, message.letter.noMppFigure(edition, indicator, period, scenario));
  const c = citable(rows, ctx);
  if ('problem' in c) return fail(c.problem);
  const notBare = bareAllowed(c.row, bare);
  if (notBare) return fail(notBare);
  return { ok: true, value: { text: figureText(c.row, bare), values: values(c.row), note: sourceNote(c.row, ctx), derived: false } };
}

const values = (r: { value: number; value_high: number | null }) => (r.value_high === null ? [r.value] : [r.value, r.value_high]);

function actual(args: string[], filters: string[], ctx: LetterContext): Resolution {
  const bad = arity('actual', args, 2, 2, '(indicator, period)');
  if (bad) return fail(bad);
  const [indicator, period] = args as [string, string];
  const rows: Realisation[] = ctx.data.realisations.filter((r) => r.region === null && r.indicator === indicator && r.period === period);
  if (rows.length === 0) return unknown('actual', args, ctx, message.letter.noRealisation(indicator, period));
  const c = citable(rows, ctx);
  if ('problem' in c) return fail(c.problem);
  const bare = filters.includes('bare');
  const notBare = bareAllowed(c.row, bare);
  if (notBare) return fail(notBare);
  return { ok: true, value: { text: figureText(c.row, bare), values: values(c.row), note: sourceNote(c.row, ctx), derived: false } };
}

function cost(args: string[], ctx: LetterContext): Resolution {
  const bad = arity('cost', args, 2, 2, '(type, price year)');
  if (bad) return fail(bad);
  const [type, year] = args as [string, string];
  const rows: Cost[] = ctx.data.costs.filter((c) => c.type === type && String(c.price_year) === year);
  if (rows.length === 0) return unknown('cost', args, ctx, message.letter.noCost(type, year));
  const c = citable(rows, ctx);
  if ('problem' in c) return fail(c.problem);
  const text = `${c.row.qualifier ? `${c.row.qualifier} ` : ''}${formatMoney(c.row.amount)}`;
  return { ok: true, value: { text, values: [c.row.amount], note: sourceNote(c.row, ctx), derived: false } };
}

function change(args: string[], ctx: LetterContext): Resolution {
  const bad = arity('change', args, 3, 4, '(indicator, period, scenario[, edition])');
  if (bad) return fail(bad);
  const [indicator, period, scenario, editionArg] = args as [string, string, string, string | undefined];
  const edition = editionArg ?? ctx.edition;
  const revision = ctx.model.revisions.find(
    (r) => r.edition === edition && r.region === null && r.indicator === indicator && r.period === period && r.scenario === scenario,
  );
  if (!revision) return unknown('change', args, ctx, message.letter.noEarlierEdition(edition, indicator, period, scenario));
  const now = citable(mppRows(ctx, indicator, period, scenario, edition), ctx);
  const before = citable(mppRows(ctx, indicator, period, revision.previousScenario, revision.previous), ctx);
  if ('problem' in now) return fail(now.problem);
  if ('problem' in before) return fail(before.problem);
  const diff = now.row.value - before.row.value;
  const label = (e: string) => ctx.data.editions.find((x) => x.id === e)?.label ?? e;
  const text = diff === 0 ? 'ongewijzigd' : `${formatNumber(Math.abs(diff))} ${diff > 0 ? 'hoger' : 'lager'}`;
  const note =
    `Berekend, geen cijfer uit een bron: ${label(edition)} (${scenario}) ${formatQualified(now.row.value, now.row.qualifier)} ` +
    `min ${label(revision.previous)} (${revision.previousScenario}) ${formatQualified(before.row.value, before.row.qualifier)}.`;
  return { ok: true, value: { text, values: [Math.abs(diff)], note: { kind: 'derived', text: note }, derived: true } };
}

function derived(args: string[], ctx: LetterContext): Resolution {
  const bad = arity('derived', args, 1, 1, '(name of a cost calculation)');
  if (bad) return fail(bad);
  const calc = ctx.model.costCalculations.find((c) => c.id === args[0]);
  if (!calc) return unknown('derived', args, ctx, message.letter.noCostCalculation(args[0]!));
  const scenario = ctx.data.costScenarios.find((s) => s.id === calc.id)!;
  const dates = sourceDates(ctx.data);
  if (dateEnd(dates.get(scenario.source) ?? '9999') > ctx.date) {
    return fail(message.letter.sourceAfterLetter(ctx.date, `${scenario.source} (${dates.get(scenario.source)})`));
  }
  const method =
    calc.kind === 'conversion'
      ? `${formatNumber(calc.places)} plekken × (${formatMoney(calc.emergencyPerYear)} voor een noodopvangplek − ${formatMoney(calc.regularPerYear)}, ${calc.regularBasis}) per jaar, prijzen ${calc.priceYear}`
      : `${formatNumber(calc.places)} plekken, waarvan ${formatPercentValue(calc.emergencyShare * 100)} noodopvang à ${formatMoney(calc.emergencyPerYear)} en de rest à ${formatMoney(calc.regularPerYear)} (${calc.regularBasis}) per jaar, prijzen ${calc.priceYear}`;
  const text = formatMoney(calc.total, { words: true });
  return {
    ok: true,
    value: {
      text,
      values: [calc.total],
      note: { kind: 'derived', text: `Berekend, geen cijfer uit een bron: ${method}; uitgangspunten uit ${sourceName(ctx.data, scenario.source)}.` },
      derived: true,
    },
  };
}

/** Resolve one expression of a letter signed by `signers` people. */
export function resolveExpression(e: Expression, ctx: LetterContext, signers: number): Resolution {
  switch (e.type) {
    case 'literal':
      return { ok: true, value: { text: e.text, values: [], note: null, derived: false } };
    case 'pronoun':
      return { ok: true, value: { text: PRONOUNS[e.word]![signers > 1 ? 1 : 0], values: [], note: null, derived: false } };
    case 'call':
      switch (e.fn) {
        case 'fig':
          return fig(e.args, e.filters, ctx);
        case 'actual':
          return actual(e.args, e.filters, ctx);
        case 'cost':
          return cost(e.args, ctx);
        case 'change':
          return change(e.args, ctx);
        case 'derived':
          return derived(e.args, ctx);
      }
  }
}

/** The date of a letter as it prints: "25 april 2024". */
export const letterDateText = formatDate;
