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
 * - `derived(name)` (derived): a cost calculation of cost-scenarios.csv, computed by the model;
 * - `difference(a, b)`, `relative(a, b)`, `ratio(a, b)`, `perDay(a)`, `perYear(a)` (derived): a number computed from
 *   other references, printed as the generated text prints it ("ruim 7.000", "−29 %", "ruim 2", "ruim € 74").
 *
 * A figure is taken from a row whose source is dated on or before the letter and is not a member's
 * question; the letter's own source first, then the edition's document, then the newest. A derived
 * figure always carries a note saying that the model computed it and how.
 */
import { formatDate, formatMoney, formatNumber, formatPercentValue, formatPeriod, formatQualified, formatSignedPercent, inSentence } from '../../format/dutch.ts';
import type { Dataset, Prognosis, Realisation, Cost, Voice } from '../../data/schema.ts';
import type { Model } from '../../model/index.ts';
import { COST_TYPE, type CostType, FIGURE_KIND, FIGURE_KINDS, type FigureKind, SCENARIO, type Scenario } from '../../data/vocabulary.ts';
import { nearest } from '../../data/nearest.ts';
import { lastDayOf } from '../../data/period.ts';
import { type Call, type Expression, PRONOUNS } from './expressions.ts';
import { proseMoney, proseNumber } from '../../format/prose.ts';
import { DAYS_PER_YEAR } from '../../model/costs.ts';
import * as message from '../../messages.ts';
import { type Lookup, lookup } from '../../data/lookup.ts';
import { precedence } from '../../model/precedence.ts';

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
  /** The number an operation computes with: the figure's value (its low end), a signed change, a total. */
  amount: number;
  /** Whether it is an amount of money (printed with €). */
  money: boolean;
}

export type Resolution = { ok: true; value: Resolved } | { ok: false; problem: string };

const fail = (problem: string): Resolution => ({ ok: false, problem });


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
  const known = answers.filter((r) => lastDayOf(dates.get(r.source) ?? '9999') <= ctx.date);
  if (known.length === 0) {
    const after = answers.map((r) => `${r.source} (${dates.get(r.source)})`).join(', ');
    return { problem: message.letter.sourceAfterLetter(ctx.date, after) };
  }
  // The letter's own words first (a sent letter cites itself); then the order the site uses too
  // (src/model/precedence.ts), so that the letter and the site print the same source's value.
  const order = precedence(ctx.data);
  const own = (r: R) => Number(r.source !== ctx.ownSource);
  const sorted = [...known].sort((a, b) => own(a) - own(b) || order.compare(a, b));
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
    return { ok: true, value: { text: figureText(c.row, bare), values: values(c.row), note: sourceNote(c.row, ctx), derived: false, amount: c.row.value, money: c.row.unit === 'eur' } };
  }
  const edition = editionArg ?? ctx.edition;
  if (!ctx.data.editions.some((e) => e.id === edition)) return unknown('fig', args, ctx, message.letter.noEditionId(edition));
  const rows = mppRows(ctx, indicator, period, scenario, edition);
  if (rows.length === 0) return unknown('fig', args, ctx, message.letter.noMppFigure(edition, indicator, period, scenario));
  const c = citable(rows, ctx);
  if ('problem' in c) return fail(c.problem);
  const notBare = bareAllowed(c.row, bare);
  if (notBare) return fail(notBare);
  return { ok: true, value: { text: figureText(c.row, bare), values: values(c.row), note: sourceNote(c.row, ctx), derived: false, amount: c.row.value, money: c.row.unit === 'eur' } };
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
  return { ok: true, value: { text: figureText(c.row, bare), values: values(c.row), note: sourceNote(c.row, ctx), derived: false, amount: c.row.value, money: c.row.unit === 'eur' } };
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
  return { ok: true, value: { text, values: [c.row.amount], note: sourceNote(c.row, ctx), derived: false, amount: c.row.amount, money: true } };
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
  const label = lookup(ctx.data).editionLabel;
  const text = diff === 0 ? 'ongewijzigd' : `${formatNumber(Math.abs(diff))} ${diff > 0 ? 'hoger' : 'lager'}`;
  const note =
    `Berekend, geen cijfer uit een bron: ${label(edition)} (${scenario}) ${formatQualified(now.row.value, now.row.qualifier)} ` +
    `min ${label(revision.previous)} (${revision.previousScenario}) ${formatQualified(before.row.value, before.row.qualifier)}.`;
  return { ok: true, value: { text, values: [Math.abs(diff)], note: { kind: 'derived', text: note }, derived: true, amount: diff, money: now.row.unit === 'eur' } };
}

/** What `derived(name, part)` prints of a cost calculation besides its total. */
export const DERIVED_PARTS = ['total', 'rounded', 'places', 'share', 'regular'] as const;

function derived(args: string[], ctx: LetterContext): Resolution {
  const bad = arity('derived', args, 1, 2, `(name of a cost calculation[, ${DERIVED_PARTS.join(' | ')}])`);
  if (bad) return fail(bad);
  const calc = ctx.model.costCalculations.find((c) => c.id === args[0]);
  if (!calc) return unknown('derived', args, ctx, message.letter.noCostCalculation(args[0]!));
  const part = args[1] ?? 'total';
  if (!(DERIVED_PARTS as readonly string[]).includes(part)) return fail(message.letter.unknownDerivedPart(part, DERIVED_PARTS));
  const scenario = ctx.data.costScenarios.find((s) => s.id === calc.id)!;
  const dates = sourceDates(ctx.data);
  if (lastDayOf(dates.get(scenario.source) ?? '9999') > ctx.date) {
    return fail(message.letter.sourceAfterLetter(ctx.date, `${scenario.source} (${dates.get(scenario.source)})`));
  }
  // The places and the share are the calculation's own figures, quoted from its source.
  if (part === 'places') {
    return { ok: true, value: { text: formatNumber(calc.places), values: [calc.places], note: sourceNote(scenario, ctx), derived: false, amount: calc.places, money: false } };
  }
  if (part === 'share') {
    const share = calc.emergencyShare * 100;
    return { ok: true, value: { text: `${formatNumber(share)} %`, values: [share], note: sourceNote(scenario, ctx), derived: false, amount: share, money: false } };
  }
  const method =
    calc.kind === 'conversion'
      ? `${formatNumber(calc.places)} plekken × (${formatMoney(calc.emergencyPerYear)} voor een noodopvangplek − ${formatMoney(calc.regularPerYear)}, ${calc.regularBasis}) per jaar, prijzen ${calc.priceYear}`
      : `${formatNumber(calc.places)} plekken, waarvan ${formatPercentValue(calc.emergencyShare * 100)} noodopvang à ${formatMoney(calc.emergencyPerYear)} en de rest à ${formatMoney(calc.regularPerYear)} (${calc.regularBasis}) per jaar, prijzen ${calc.priceYear}`;
  const amount = part === 'regular' ? calc.regularPerYear : calc.total;
  const text = part === 'regular' ? formatMoney(amount) : part === 'rounded' ? proseMoney(amount) : formatMoney(amount, { words: true });
  const how = part === 'regular' ? `de kosten van een reguliere opvangplek: ${calc.regularBasis}, prijzen ${calc.priceYear}` : method;
  return {
    ok: true,
    value: {
      text,
      values: [amount],
      note: { kind: 'derived', text: `Berekend, geen cijfer uit een bron: ${how}; uitgangspunten uit ${sourceName(ctx.data, scenario.source)}.` },
      derived: true,
      amount,
      money: true,
    },
  };
}

/** How a reference's number reads in a note: "ca. 47.000 (fig(…))". */
const operandText = (r: Resolved, src: string) => `${r.text} (${src})`;

const callText = (c: Call): string => `${c.fn}(${c.args.map((a) => `"${a}"`).join(', ')})`;

/**
 * What an operand is, in the words of the letter's reader (a note in a PDF sent to parliament names
 * no code): "totale asielinstroom 2025, MPP 2025, medioscenario"; "realisatie"; "prijspeil 2023".
 * Called once the operand has resolved, so its indicator, kind or cost type exists. An operand that
 * is itself derived keeps its expression.
 */
function operandSource(c: Call, ctx: LetterContext, l: Lookup): string {
  const [first, period, third, edition] = c.args as [string, string, string, string | undefined];
  switch (c.fn) {
    case 'fig': {
      const what = `${inSentence(l.label(first))} ${formatPeriod(period)}`;
      if ((FIGURE_KINDS as readonly string[]).includes(third)) return `${what}, ${inSentence(FIGURE_KIND[third as FigureKind].label)}`;
      return `${what}, ${l.editionLabel(edition ?? ctx.edition)}${third === 'point' ? '' : `, ${SCENARIO[third as Scenario].label}scenario`}`;
    }
    case 'actual':
      return `${inSentence(l.label(first))} ${formatPeriod(period)}, realisatie`;
    case 'cost':
      return `${inSentence(COST_TYPE[first as CostType].label)}, prijspeil ${period}`;
    default:
      return callText(c);
  }
}

/** `difference`, `relative`, `ratio`, `perDay`: a number computed from other references. */
function operation(e: Call, ctx: LetterContext, signers: number): Resolution {
  const operands: Resolved[] = [];
  for (const o of e.operands) {
    const r = resolveExpression(o, ctx, signers);
    if (!r.ok) return r;
    operands.push(r.value);
  }
  const [a, b] = operands as [Resolved, Resolved | undefined];
  const l = lookup(ctx.data);
  const [srcA, srcB] = e.operands.map((o) => operandSource(o, ctx, l)) as [string, string | undefined];
  const berekend = (how: string) => ({ kind: 'derived' as const, text: `Berekend, geen cijfer uit een bron: ${how}.` });
  const done = (text: string, amount: number, how: string, money = false): Resolution => ({
    ok: true,
    value: { text, values: [Math.abs(amount)], note: berekend(how), derived: true, amount, money },
  });
  if ((e.fn === 'relative' || e.fn === 'ratio') && b!.amount === 0) return fail(message.letter.divideByZero(e.fn, callText(e.operands[1]!)));
  switch (e.fn) {
    case 'difference': {
      const d = a.amount - b!.amount;
      return done(a.money ? proseMoney(Math.abs(d)) : proseNumber(Math.abs(d)), d, `${operandText(a, srcA)} min ${operandText(b!, srcB!)}`, a.money);
    }
    case 'relative': {
      const r = (a.amount - b!.amount) / b!.amount;
      return done(formatSignedPercent(r), r, `${operandText(a, srcA)} min ${operandText(b!, srcB!)}, gedeeld door ${b!.text}`);
    }
    case 'ratio': {
      const r = a.amount / b!.amount;
      return done(proseNumber(r, 1), r, `${operandText(a, srcA)} gedeeld door ${operandText(b!, srcB!)}`);
    }
    case 'perYear': {
      const r = a.amount * DAYS_PER_YEAR;
      return done(formatMoney(r), r, `${operandText(a, srcA)} maal ${DAYS_PER_YEAR} dagen`, true);
    }
    default: {
      const r = a.amount / DAYS_PER_YEAR;
      return done(proseMoney(r), r, `${operandText(a, srcA)} gedeeld door ${DAYS_PER_YEAR} dagen`, true);
    }
  }
}

/** Resolve one expression of a letter signed by `signers` people. */
export function resolveExpression(e: Expression, ctx: LetterContext, signers: number): Resolution {
  switch (e.type) {
    case 'literal':
      return { ok: true, value: { text: e.text, values: [], note: null, derived: false, amount: Number.NaN, money: false } };
    case 'pronoun':
      return { ok: true, value: { text: PRONOUNS[e.word]![signers > 1 ? 1 : 0], values: [], note: null, derived: false, amount: Number.NaN, money: false } };
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
        default:
          return operation(e, ctx, signers);
      }
  }
}

/** The date of a letter as it prints: "25 april 2024". */
export const letterDateText = formatDate;
