/**
 * What every section of the narrative shares: the statement types, the context of one letter, the
 * look-ups of its figures (the central figure, the figure in an earlier edition) and `statement`,
 * which turns the figures a sentence states into its sources, the forecasts it covers and its notes.
 */
import { centralFigure } from '../../model/central.ts';
import { type Forecast, isFigure, type OtherFigure } from '../../model/figures.ts';
import type { Model } from '../../model/index.ts';
import type { Dataset, Edition, Scenario } from '../../data/schema.ts';
import type { NamedIndicator } from '../../data/indicators.ts';
import { editionShort, type LetterKind, type SectionId, sectionOf, sourcesOfPeriod } from '../plan.ts';
import { type Lookup, lookup } from '../../data/lookup.ts';
import type { Unit } from '../../data/vocabulary.ts';

/** A figure a sentence states: a forecast of the edition, or a target, set figure or outlook of its period. */
export type Stated = Forecast | OtherFigure;

export interface Sentence {
  /** Stable id: `<edition>/<letter>/<section>/<key>`, e.g. `2025/tweede-kamer/instroom/asylum-inflow-total-2025`. */
  id: string;
  edition: string;
  letter: 'tweede-kamer' | 'gemeenten';
  section: 'instroom' | 'opvang' | 'uitstroom' | 'oekraine' | 'kosten' | 'huisvesting';
  text: string;
}

/** What one sentence says, before it is worded: the macro (`kind`) and its facts. */
export interface Statement {
  key: string;
  section: SectionId;
  kind: string;
  facts: Record<string, unknown>;
  /** Source ids of the figures in the sentence (cited in the notes). */
  sources: string[];
  /** Consecutive sentences with the same paragraph key are printed as one paragraph. */
  paragraph: string;
  /** The forecasts the sentence states, as `indicator|period|scenario` (the rest goes into tables). */
  covers: string[];
  /** Notes on the sentence (sources that disagree), printed as numbered notes. */
  notes: { key: string; kind: string; facts: Record<string, unknown> }[];
  /**
   * The references (src/letters/written/) of every number the sentence prints, by key: the figures it
   * states, the earlier edition's figures it compares with, and the derived numbers as expressions
   * over references. `npm run letter:draft` writes these in place of the numbers.
   */
  refs: string[];
}

/** A worded statement: the sentence with its sources and its worded notes. */
export interface ComposedSentence extends Sentence {
  sources: string[];
  refs: string[];
  paragraph: string;
  covers: string[];
  notes: Sentence[];
}

export type Direction = 'up' | 'down' | 'same';
export const direction = (change: number): Direction => (change > 0 ? 'up' : change < 0 ? 'down' : 'same');

/** The source id of a row id (`prognoses/…/<source>`). */
export const sourceOfRow = (row: string): string => row.slice(row.lastIndexOf('/') + 1);
const quoted = (xs: (string | number)[]) => xs.map((x) => `"${x}"`).join(', ');
/** The reference of a figure in a letter of `edition`: `fig("asylum-inflow-total", "2025", "medio")`, with the edition when it is another. */
export function figRef(f: Stated, edition: string): string {
  if (!('scenario' in f)) return `fig(${quoted([f.indicator, f.period, f.kind])})`;
  return `fig(${quoted(f.edition === edition ? [f.indicator, f.period, f.scenario] : [f.indicator, f.period, f.scenario, f.edition])})`;
}
export const actualRef = (f: { indicator: string; period: string }): string => `actual(${quoted([f.indicator, f.period])})`;
export const costRef = (type: string, priceYear: number): string => `cost(${quoted([type, priceYear])})`;
/** The derived numbers of a change from `before` to `now`: the difference in prose and the signed percentage. */
export const changeRefs = (now: string, before: string): string[] => [`difference(${now}, ${before})`, `relative(${now}, ${before})`];

export const coverKey = (f: Stated): string => `${f.indicator}|${f.period}|${'scenario' in f ? f.scenario : f.kind}`;

export interface Ctx {
  data: Dataset;
  model: Model;
  edition: Edition;
  letter: LetterKind;
  /** Indicators and editions by id (data/lookup.ts), made once per letter. */
  find: Lookup;
  /** National forecasts of this edition that this letter covers, in model order. */
  forecasts: Forecast[];
  /** National targets, set figures and outlooks stated in the documents of this edition's period. */
  others: OtherFigure[];
}

export function context(data: Dataset, model: Model, edition: Edition, letter: LetterKind): Ctx {
  const ofPeriod = sourcesOfPeriod(data, edition);
  return {
    data,
    model,
    edition,
    letter,
    find: lookup(data),
    // A figure only a member's question gives is not the minister's to state.
    forecasts: model.forecasts.filter(
      (f) => f.edition === edition.id && f.region === null && f.voice !== 'question' && sectionOf(f.indicator, letter) !== null,
    ),
    others: model.otherFigures.filter(
      (f) =>
        f.region === null &&
        f.voice !== 'question' &&
        ofPeriod(f.source) &&
        sectionOf(f.indicator, letter) !== null,
    ),
  };
}

export const of = (ctx: Ctx, indicator: NamedIndicator, period?: string) =>
  ctx.forecasts.filter((f) => f.indicator === indicator && (period === undefined || f.period === period));

export const periodsOf = (ctx: Ctx, indicator: NamedIndicator): string[] => [...new Set(of(ctx, indicator).map((f) => f.period))];

/** The targets, set figures and outlooks of this letter's period for one indicator. */
export const othersOf = (ctx: Ctx, indicator: NamedIndicator, period?: string) =>
  ctx.others.filter((f) => f.indicator === indicator && (period === undefined || f.period === period));

/** The figure of an indicator and period a sentence states: the edition's central forecast, else a figure of another kind. */
export function stated(ctx: Ctx, indicator: NamedIndicator, period: string): Stated | undefined {
  return central(ctx, of(ctx, indicator, period), indicator) ?? othersOf(ctx, indicator, period)[0];
}

/** The figure of another indicator that goes with `f` in one sentence: the same scenario, or the same kind. */
export function companion(ctx: Ctx, indicator: NamedIndicator, period: string, f: Stated): Stated | undefined {
  return 'scenario' in f
    ? of(ctx, indicator, period).find((x) => x.scenario === f.scenario)
    : othersOf(ctx, indicator, period).find((x) => x.kind === f.kind);
}

/** The periods of an indicator in this letter, forecasts and figures of other kinds together, in order. */
export const statedPeriodsOf = (ctx: Ctx, indicator: NamedIndicator): string[] => [
  ...new Set([...of(ctx, indicator), ...othersOf(ctx, indicator)].map((f) => f.period)),
];

export const label = (ctx: Ctx, indicator: string): string => ctx.find.label(indicator);

export const unitOf = (ctx: Ctx, indicator: string): Unit => ctx.find.unit(indicator);

/**
 * The figure a sentence states when it states one: the scenario the chain plans on in this edition
 * for this indicator (basis-scenarios.csv: MPP 2024-I's Ukraine forecast starts from the mediaan),
 * else a single figure, else medio or mediaan.
 */
export function central(ctx: Ctx, fs: Forecast[], indicator: string): Forecast | undefined {
  return centralFigure(ctx.model.basis(ctx.edition.id, indicator), fs);
}

/** The scenario as the sentence names it; a single figure (point) names none. */
export const scenarioOf = (f: Stated): Scenario | null => ('scenario' in f && f.scenario !== 'point' ? f.scenario : null);

/** Where the figure sits in an earlier edition, and how it changed (from `model.revisions`). */
export function previousOf(ctx: Ctx, f: Forecast) {
  const r = ctx.model.revisions.find(isFigure(f));
  if (!r) return null;
  const prev = ctx.model.forecasts.find(isFigure({ ...r, edition: r.previous, scenario: r.previousScenario }));
  const e = ctx.find.edition(r.previous);
  const order = ctx.model.editionOrder;
  return {
    edition: e.label,
    short: editionShort(e),
    isPrevious: order.indexOf(r.previous) === order.indexOf(f.edition) - 1,
    scenario: r.previousScenario === 'point' ? null : r.previousScenario,
    value: r.old,
    qualifier: prev?.qualifier ?? null,
    switched: r.switched,
    change: r.change,
    relative: r.relative,
    direction: direction(r.change),
    source: prev ? prev.source : null,
    previous: r.previous,
    /** The reference of the earlier figure. */
    ref: figRef({ ...f, edition: r.previous, scenario: r.previousScenario }, ctx.edition.id),
  };
}

/** A note for every figure whose sources disagree: all the values, each with the documents that give it. */
function discrepancyNotes(ctx: Ctx, key: string, fs: Stated[]): Statement['notes'] {
  const notes: Statement['notes'] = [];
  for (const f of fs) {
    if (!f?.discrepancy) continue;
    const groups: { value: number; qualifier: string | null; sources: { title: string; date: string }[] }[] = [];
    for (const c of f.discrepancy) {
      const s = ctx.data.sources.find((x) => x.id === c.source)!;
      let g = groups.find((x) => x.value === c.value && x.qualifier === c.qualifier);
      if (!g) {
        g = { value: c.value, qualifier: c.qualifier, sources: [] };
        groups.push(g);
      }
      g.sources.push({ title: s.title, date: s.date });
    }
    notes.push({
      key: `${key}/bronverschil/${f.indicator}`,
      kind: 'discrepancy',
      facts: { label: label(ctx, f.indicator), period: f.period, groups, used: groups[0]!.sources[0]! },
    });
  }
  return notes;
}

const uniq = (xs: (string | null | undefined)[]): string[] => [...new Set(xs.filter((x): x is string => !!x))];

export function statement(
  s: Omit<Statement, 'notes' | 'covers' | 'sources' | 'refs'> & {
    figures: (Stated | undefined)[];
    extraSources?: (string | null | undefined)[];
    ctx: Ctx;
    /** How the sentence's computed figure was made, when it states one no source states: printed as a note. */
    derived?: string;
    /** References besides those of `figures`: earlier figures, realisations, costs, derived numbers. */
    refs?: (string | null | undefined)[];
  },
): Statement {
  const figures = s.figures.filter((f): f is Stated => !!f);
  const derivedNote = s.derived ? [{ key: `${s.key}/berekend`, kind: 'derived', facts: { how: s.derived } }] : [];
  return {
    key: s.key,
    section: s.section,
    kind: s.kind,
    facts: s.facts,
    paragraph: s.paragraph,
    sources: uniq([...figures.map((f) => f.source), ...(s.extraSources ?? [])]),
    covers: figures.map(coverKey),
    refs: uniq([...figures.map((f) => figRef(f, s.ctx.edition.id)), ...(s.refs ?? [])]),
    notes: [...discrepancyNotes(s.ctx, s.key, figures), ...derivedNote],
  };
}
