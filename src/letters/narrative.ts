/**
 * The narrative of the letters, generated from the numbers. This module decides *what* each letter
 * says: which figures, which comparison with an earlier edition, which rise or fall, which scenario.
 * The wording lives in `templates/letters/sentences.njk` (one macro per kind of sentence), so staff
 * can edit it; every number reaches the wording raw from the model and is formatted by a filter.
 *
 * `letterSentences` returns every sentence the letters print (the diff report compares them between
 * two data sets); the letter template prints exactly these texts.
 */
import { type Forecast, isFigure } from '../model/figures.ts';
import type { Model } from '../model/index.ts';
import { SCENARIO, SET_SCENARIOS } from '../data/vocabulary.ts';
import { parsePeriod } from '../data/period.ts';
import type { CostType, Dataset, Edition, Scenario } from '../data/schema.ts';
import {
  editionShort,
  LETTER_SECTIONS,
  type LetterKind,
  lettersOf,
  publishedEnd,
  type SectionId,
  sectionOf,
} from './plan.ts';
import { renderSentence } from './templates.ts';

export type { LetterKind, SectionId } from './plan.ts';

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
}

/** A worded statement: the sentence with its sources and its worded notes. */
export interface ComposedSentence extends Sentence {
  sources: string[];
  paragraph: string;
  covers: string[];
  notes: Sentence[];
}

type Direction = 'up' | 'down' | 'same';
const direction = (change: number): Direction => (change > 0 ? 'up' : change < 0 ? 'down' : 'same');

/** The source id of a row id (`prognoses/…/<source>`). */
export const sourceOfRow = (row: string): string => row.slice(row.lastIndexOf('/') + 1);
/** The source the model took a figure from (the newest of its citations). */
const headSource = (f: { rows: string[] }): string => sourceOfRow(f.rows[0]!);
export const coverKey = (f: Pick<Forecast, 'indicator' | 'period' | 'scenario'>): string =>
  `${f.indicator}|${f.period}|${f.scenario}`;


interface Ctx {
  data: Dataset;
  model: Model;
  edition: Edition;
  letter: LetterKind;
  editions: Map<string, Edition>;
  /** National forecasts of this edition that this letter covers, in model order. */
  forecasts: Forecast[];
}

function context(data: Dataset, model: Model, edition: Edition, letter: LetterKind): Ctx {
  return {
    data,
    model,
    edition,
    letter,
    editions: new Map(data.editions.map((e) => [e.id, e])),
    forecasts: model.forecasts.filter(
      (f) => f.edition === edition.id && f.region === null && sectionOf(f.indicator, letter) !== null,
    ),
  };
}

const of = (ctx: Ctx, indicator: string, period?: string) =>
  ctx.forecasts.filter((f) => f.indicator === indicator && (period === undefined || f.period === period));

const periodsOf = (ctx: Ctx, indicator: string): string[] => [...new Set(of(ctx, indicator).map((f) => f.period))];

const label = (ctx: Ctx, indicator: string): string =>
  ctx.data.indicators.find((i) => i.id === indicator)?.label ?? indicator;

const unitOf = (ctx: Ctx, indicator: string): string =>
  ctx.data.indicators.find((i) => i.id === indicator)?.unit ?? '';

/**
 * The figure a sentence states when it states one: the scenario the chain plans on in this edition,
 * else a single figure, else medio or mediaan. The Ukraine forecasts are made on the mediaan (the
 * letters say so), so there the mediaan comes first.
 */
function central(ctx: Ctx, fs: Forecast[], indicator: string): Forecast | undefined {
  const prefs: Scenario[] = indicator.startsWith('ukraine-')
    ? ['mediaan', ctx.edition.basis, 'point', 'medio']
    : [ctx.edition.basis, 'point', 'medio', 'mediaan'];
  for (const s of prefs) {
    const f = fs.find((x) => x.scenario === s);
    if (f) return f;
  }
  return undefined;
}

/** The scenario as the sentence names it; a single figure (point) names none. */
const scenarioOf = (f: Forecast): Scenario | null => (f.scenario === 'point' ? null : f.scenario);

/** Where the figure sits in an earlier edition, and how it changed (from `model.revisions`). */
function previousOf(ctx: Ctx, f: Forecast) {
  const r = ctx.model.revisions.find(isFigure(f));
  if (!r) return null;
  const prev = ctx.model.forecasts.find(isFigure({ ...r, edition: r.previous, scenario: r.previousScenario }));
  const e = ctx.editions.get(r.previous)!;
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
    source: prev ? headSource(prev) : null,
    previous: r.previous,
  };
}

/** A note for every figure whose sources disagree: all the values, each with the documents that give it. */
function discrepancyNotes(ctx: Ctx, key: string, fs: (Forecast | undefined)[]): Statement['notes'] {
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

function statement(
  s: Omit<Statement, 'notes' | 'covers' | 'sources'> & { figures: (Forecast | undefined)[]; extraSources?: (string | null | undefined)[]; ctx: Ctx },
): Statement {
  const figures = s.figures.filter((f): f is Forecast => !!f);
  return {
    key: s.key,
    section: s.section,
    kind: s.kind,
    facts: s.facts,
    paragraph: s.paragraph,
    sources: uniq([...figures.map(headSource), ...(s.extraSources ?? [])]),
    covers: figures.map(coverKey),
    notes: discrepancyNotes(s.ctx, s.key, figures),
  };
}

// ---------------------------------------------------------------------------------------------
// Instroom

function scenarioSwitch(ctx: Ctx): Statement[] {
  const sw = ctx.model.scenarioSwitches.find((s) => s.edition === ctx.edition.id);
  if (!sw) return [];
  const previous = ctx.editions.get(sw.previous)!;
  return [
    statement({
      ctx,
      key: 'scenario-switch',
      section: 'instroom',
      kind: 'scenarioSwitch',
      paragraph: 'scenario-switch',
      figures: [],
      extraSources: [ctx.edition.source],
      facts: {
        edition: ctx.edition.label,
        previous: previous.label,
        from: sw.from,
        to: sw.to,
        exceedanceFrom: SCENARIO[sw.from].exceedance,
        exceedanceTo: SCENARIO[sw.to].exceedance,
      },
    }),
  ];
}

/** One figure per period (the central one), compared with the earlier edition when there is one. */
function centralFigures(ctx: Ctx, indicator: string, section: SectionId): Statement[] {
  const out: Statement[] = [];
  for (const period of periodsOf(ctx, indicator)) {
    const f = central(ctx, of(ctx, indicator, period), indicator);
    if (!f) continue;
    out.push(...centralWithChange(ctx, f, section));
  }
  return out;
}

function centralWithChange(ctx: Ctx, f: Forecast, section: SectionId): Statement[] {
  const prev = previousOf(ctx, f);
  const key = `${f.indicator}-${f.period}`;
  const out = [
    statement({
      ctx,
      key,
      section,
      kind: 'central',
      paragraph: f.indicator,
      figures: [f],
      extraSources: [prev?.source],
      facts: {
        indicator: f.indicator,
        label: label(ctx, f.indicator),
        unit: f.unit,
        period: f.period,
        scenario: scenarioOf(f),
        value: f.value,
        qualifier: f.qualifier,
        edition: ctx.edition.label,
        previous: prev,
      },
    }),
  ];
  if (prev) out.push(changeStatement(ctx, f, prev, section, `${key}-change`));
  return out;
}

function changeStatement(
  ctx: Ctx,
  f: Forecast,
  prev: NonNullable<ReturnType<typeof previousOf>>,
  section: SectionId,
  key: string,
): Statement {
  return statement({
    ctx,
    key,
    section,
    kind: 'change',
    paragraph: f.indicator,
    figures: [],
    facts: {
      unit: f.unit,
      period: f.period,
      scenario: scenarioOf(f),
      edition: ctx.edition.label,
      previous: prev,
      change: prev.change,
      relative: prev.relative,
      direction: prev.direction,
    },
  });
}

/** Total inflow: the scenario set per year with the previous edition's set, or the central figure. */
function totalInflow(ctx: Ctx): Statement[] {
  const indicator = 'asylum-inflow-total';
  const out: Statement[] = [];
  for (const period of periodsOf(ctx, indicator)) {
    const fs = of(ctx, indicator, period);
    const set = SET_SCENARIOS.map((s) => fs.find((f) => f.scenario === s)).filter((f): f is Forecast => !!f);
    const hasBand = set.some((f) => f.scenario === 'minimum') && set.some((f) => f.scenario === 'maximum');
    if (!hasBand || ctx.letter === 'gemeenten') {
      const f = central(ctx, fs, indicator);
      if (f) out.push(...centralWithChange(ctx, f, 'instroom'));
      continue;
    }
    const prevs = set.map((f) => previousOf(ctx, f));
    const complete = prevs.every((p) => p && p.previous === prevs[0]!.previous);
    const key = `${indicator}-${period}`;
    out.push(
      statement({
        ctx,
        key,
        section: 'instroom',
        kind: 'scenarioSet',
        paragraph: indicator,
        figures: set,
        extraSources: complete ? prevs.map((p) => p!.source) : [],
        facts: {
          label: label(ctx, indicator),
          unit: unitOf(ctx, indicator),
          period,
          values: set.map((f) => ({ scenario: f.scenario, value: f.value, qualifier: f.qualifier })),
          previous: complete
            ? {
                edition: prevs[0]!.edition,
                short: prevs[0]!.short,
                isPrevious: prevs[0]!.isPrevious,
                scenarios: prevs.map((p) => p!.scenario),
                values: prevs.map((p) => ({ scenario: p!.scenario, value: p!.value, qualifier: p!.qualifier })),
              }
            : null,
        },
      }),
    );
    const c = central(ctx, set, indicator);
    const cp = c ? prevs[set.indexOf(c)] : null;
    if (c && cp) {
      const dirs = new Set(prevs.filter(Boolean).map((p) => p!.direction));
      out.push(
        statement({
          ctx,
          key: `${key}-change`,
          section: 'instroom',
          kind: 'setChange',
          paragraph: indicator,
          figures: [],
          facts: {
            unit: c.unit,
            period,
            scenario: scenarioOf(c),
            edition: ctx.edition.label,
            previous: cp,
            change: cp.change,
            relative: cp.relative,
            direction: cp.direction,
            uniform: complete && dirs.size === 1 && set.length > 1,
          },
        }),
      );
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Opvang

/** A main figure per period with a part of it ("waarvan …") of the same period and scenario. */
function withPart(
  ctx: Ctx,
  main: string,
  part: string | null,
  kind: string,
  section: SectionId,
  opts: { change?: boolean } = {},
): Statement[] {
  const out: Statement[] = [];
  for (const period of periodsOf(ctx, main)) {
    const f = central(ctx, of(ctx, main, period), main);
    if (!f) continue;
    const p = part ? (of(ctx, part, period).find((x) => x.scenario === f.scenario) ?? null) : null;
    const key = `${main}-${period}`;
    const prev = opts.change ? previousOf(ctx, f) : null;
    out.push(
      statement({
        ctx,
        key,
        section,
        kind,
        paragraph: main,
        figures: [f, p ?? undefined],
        extraSources: [prev?.source],
        facts: {
          label: label(ctx, main),
          period,
          scenario: scenarioOf(f),
          value: f.value,
          qualifier: f.qualifier,
          part: p ? { value: p.value, qualifier: p.qualifier } : null,
        },
      }),
    );
    if (prev) out.push(changeStatement(ctx, f, prev, section, `${key}-change`));
  }
  return out;
}

/** Statushouders in reception for the periods no occupancy sentence mentions them. */
function statushouders(ctx: Ctx, covered: Set<string>): Statement[] {
  const indicator = 'coa-occupancy-statushouders';
  const out: Statement[] = [];
  for (const period of periodsOf(ctx, indicator)) {
    const f = central(ctx, of(ctx, indicator, period), indicator);
    if (!f || covered.has(coverKey(f))) continue;
    out.push(
      statement({
        ctx,
        key: `${indicator}-${period}`,
        section: 'opvang',
        kind: 'statushouders',
        paragraph: 'coa-occupancy',
        figures: [f],
        facts: { period, scenario: scenarioOf(f), value: f.value, qualifier: f.qualifier },
      }),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Huisvesting statushouders (uitstroom in the letter to the Kamer)

function previousHalf(period: string): string | null {
  const p = parsePeriod(period);
  if (p?.kind !== 'half') return null;
  return p.part === 2 ? `${p.year}-H1` : `${p.year - 1}-H2`;
}

function housingQuota(ctx: Ctx, section: SectionId): Statement[] {
  const out: Statement[] = [];
  const order = ctx.model.editionOrder;
  const upTo = order.indexOf(ctx.edition.id);
  for (const period of periodsOf(ctx, 'housing-quota')) {
    const f = central(ctx, of(ctx, 'housing-quota', period), 'housing-quota');
    if (!f) continue;
    const kso = of(ctx, 'housing-quota-kso', period).find((x) => x.scenario === f.scenario);
    const key = `housing-quota-${period}`;
    out.push(
      statement({
        ctx,
        key,
        section,
        kind: 'housingQuota',
        paragraph: `housing-quota-${period}`,
        figures: [f, kso],
        facts: {
          period,
          value: f.value,
          qualifier: f.qualifier,
          kso: kso ? { value: kso.value, qualifier: kso.qualifier } : null,
        },
      }),
    );
    const total = of(ctx, 'housing-quota-total-task', period).find((x) => x.scenario === f.scenario);
    if (total) {
      out.push(
        statement({
          ctx,
          key: `housing-quota-total-task-${period}`,
          section,
          kind: 'housingTotal',
          paragraph: `housing-quota-${period}`,
          figures: [total],
          facts: { period, value: total.value, qualifier: total.qualifier },
        }),
      );
    }
    // The quota of the half-year before, as the latest edition up to this one set it.
    const before = previousHalf(period);
    const earlier = before
      ? ctx.model.forecasts
          .filter(
            (g) =>
              g.indicator === 'housing-quota' &&
              g.region === null &&
              g.period === before &&
              order.indexOf(g.edition) <= upTo,
          )
          .sort((a, b) => order.indexOf(b.edition) - order.indexOf(a.edition))[0]
      : undefined;
    if (earlier && before) {
      const change = f.value - earlier.value;
      out.push(
        statement({
          ctx,
          key: `${key}-change`,
          section,
          kind: 'housingQuotaChange',
          paragraph: `housing-quota-${period}`,
          figures: [],
          extraSources: [headSource(earlier)],
          facts: {
            period,
            previousPeriod: before,
            previousValue: earlier.value,
            previousQualifier: earlier.qualifier,
            change,
            direction: direction(change),
          },
        }),
      );
    }
  }
  return out;
}

function simpleFigures(ctx: Ctx, indicator: string, kind: string, section: SectionId): Statement[] {
  const out: Statement[] = [];
  for (const period of periodsOf(ctx, indicator)) {
    const f = central(ctx, of(ctx, indicator, period), indicator);
    if (!f) continue;
    out.push(
      statement({
        ctx,
        key: `${indicator}-${period}`,
        section,
        kind,
        paragraph: indicator,
        figures: [f],
        facts: { label: label(ctx, indicator), period, scenario: scenarioOf(f), value: f.value, qualifier: f.qualifier },
      }),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Oekraïense ontheemden

function ukraineInflow(ctx: Ctx): Statement[] {
  const out: Statement[] = [];
  const periods = [...new Set([...periodsOf(ctx, 'ukraine-net-inflow-weekly'), ...periodsOf(ctx, 'ukraine-net-inflow')])];
  for (const period of periods) {
    const weekly = of(ctx, 'ukraine-net-inflow-weekly', period);
    const w = central(ctx, weekly, 'ukraine-net-inflow-weekly');
    const y = central(ctx, of(ctx, 'ukraine-net-inflow', period), 'ukraine-net-inflow');
    const min = weekly.find((f) => f.scenario === 'minimum');
    const max = weekly.find((f) => f.scenario === 'maximum');
    const band = w && min && max && w !== min && w !== max ? { min: min.value, max: max.value } : null;
    if (!w && !y) continue;
    out.push(
      statement({
        ctx,
        key: `ukraine-net-inflow-${period}`,
        section: 'oekraine',
        kind: w ? 'ukraineInflow' : 'ukraineInflowYearly',
        paragraph: 'ukraine-net-inflow',
        figures: [w, y, ...(band ? [min, max] : [])],
        facts: {
          period,
          scenario: w ? scenarioOf(w) : scenarioOf(y!),
          weekly: w ? { value: w.value, qualifier: w.qualifier } : null,
          band,
          yearly: y ? { value: y.value, qualifier: y.qualifier } : null,
        },
      }),
    );
  }
  return out;
}

/** The latest realisation of an indicator known when the edition was published. */
function latestKnownActual(ctx: Ctx, indicator: string) {
  const end = publishedEnd(ctx.edition);
  const date = new Map(ctx.data.sources.map((s) => [s.id, s.date]));
  return ctx.model.actuals
    .filter((a) => a.indicator === indicator && a.region === null && (date.get(headSource(a)) ?? '9999') <= end)
    .at(-1);
}

function ukraineCapacity(ctx: Ctx): Statement[] {
  const out = withPart(ctx, 'ukraine-municipal-capacity-need', null, 'ukraineCapacity', 'oekraine');
  const need = central(
    ctx,
    of(ctx, 'ukraine-municipal-capacity-need'),
    'ukraine-municipal-capacity-need',
  );
  const latestNeed = of(ctx, 'ukraine-municipal-capacity-need')
    .filter((f) => f.scenario === need?.scenario)
    .at(-1);
  const realised = latestKnownActual(ctx, 'ukraine-municipal-capacity-realised');
  if (latestNeed && realised) {
    const gap = latestNeed.value - realised.value;
    out.push(
      statement({
        ctx,
        key: `ukraine-municipal-capacity-realised-${realised.period}`,
        section: 'oekraine',
        kind: 'ukraineCapacityRealised',
        paragraph: 'ukraine-municipal-capacity-need',
        figures: [],
        extraSources: [headSource(realised)],
        facts: {
          period: realised.period,
          value: realised.value,
          qualifier: realised.qualifier,
          needPeriod: latestNeed.period,
          gap,
          direction: direction(gap),
        },
      }),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Kosten

const PLACE_TYPES: CostType[] = ['regular', 'emergency-average', 'hotel', 'cruise-ship', 'tgo'];

/** Cost rows whose source was out when the edition was published. */
function knownCosts(ctx: Ctx) {
  const end = publishedEnd(ctx.edition);
  const date = new Map(ctx.data.sources.map((s) => [s.id, s.date]));
  return ctx.data.costs.filter((c) => (date.get(c.source) ?? '9999') <= end);
}

function costs(ctx: Ctx): Statement[] {
  const out: Statement[] = [];
  const known = knownCosts(ctx);
  const latest = (type: CostType) =>
    known.filter((c) => c.type === type).sort((a, b) => b.price_year - a.price_year || a.source.localeCompare(b.source));
  const kamer = ctx.letter === 'tweede-kamer';
  const cost = (type: CostType, priceYear: number) =>
    ctx.model.placeCosts.find((p) => p.type === type && p.priceYear === priceYear)!;

  if (kamer) {
    for (const type of PLACE_TYPES) {
      const row = latest(type)[0];
      if (!row) continue;
      const pc = cost(type, row.price_year);
      out.push(
        statement({
          ctx,
          key: `cost-${type}-${row.price_year}`,
          section: 'kosten',
          kind: 'costPlace',
          paragraph: 'cost-places',
          figures: [],
          extraSources: [row.source],
          facts: {
            type,
            priceYear: row.price_year,
            perYear: pc.perYear,
            perDay: pc.perDay,
            qualifier: row.qualifier,
            multiple: type === 'regular' ? null : pc.multipleOfRegular,
          },
        }),
      );
    }
  }

  const norms = latest('ukraine-norm');
  if (norms.length > 0) {
    const [to, from] = norms;
    const toCost = cost('ukraine-norm', to!.price_year);
    const fromCost = from ? cost('ukraine-norm', from.price_year) : null;
    out.push(
      statement({
        ctx,
        key: 'cost-ukraine-norm',
        section: 'kosten',
        kind: from ? 'costNormChange' : 'costNorm',
        paragraph: 'cost-municipal',
        figures: [],
        extraSources: [to!.source, from?.source],
        facts: {
          toYear: to!.price_year,
          toNight: to!.amount,
          toPerYear: toCost.perYear,
          fromYear: from?.price_year ?? null,
          fromNight: from?.amount ?? null,
          fromPerYear: fromCost?.perYear ?? null,
          direction: from ? direction(to!.amount - from.amount) : 'same',
        },
      }),
    );
  }

  const harPlus = latest('har-plus')[0];
  if (harPlus) {
    out.push(
      statement({
        ctx,
        key: `cost-har-plus-${harPlus.price_year}`,
        section: 'kosten',
        kind: 'costOneOff',
        paragraph: 'cost-municipal',
        figures: [],
        extraSources: [harPlus.source],
        facts: { type: 'har-plus', priceYear: harPlus.price_year, amount: harPlus.amount },
      }),
    );
  }

  if (kamer) {
    const end = publishedEnd(ctx.edition);
    const date = new Map(ctx.data.sources.map((s) => [s.id, s.date]));
    for (const calc of ctx.model.costCalculations) {
      const scenario = ctx.data.costScenarios.find((s) => s.id === calc.id)!;
      const inputs = calc.rows.filter((r) => r.startsWith('costs/')).map(sourceOfRow);
      const all = [scenario.source, ...inputs];
      if (all.some((s) => (date.get(s) ?? '9999') > end)) continue;
      out.push(
        statement({
          ctx,
          key: `calc-${calc.id}`,
          section: 'kosten',
          kind: calc.kind === 'conversion' ? 'costConversion' : 'costMix',
          paragraph: `calc-${calc.id}`,
          figures: [],
          extraSources: all,
          facts: {
            places: calc.places,
            share: calc.emergencyShare,
            priceYear: calc.priceYear,
            emergency: calc.emergencyPerYear,
            regular: calc.regularPerYear,
            basis: scenario.regular_basis,
            total: calc.total,
          },
        }),
      );
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

/** Everything one letter says, in print order (section by section). */
export function letterStatements(data: Dataset, model: Model, editionId: string, letter: LetterKind): Statement[] {
  const edition = data.editions.find((e) => e.id === editionId);
  if (!edition) throw new Error(`no edition ${editionId} in editions.csv`);
  const ctx = context(data, model, edition, letter);
  const kamer = letter === 'tweede-kamer';
  const housing: SectionId = kamer ? 'uitstroom' : 'huisvesting';

  const all: Statement[] = [
    ...scenarioSwitch(ctx),
    ...(kamer ? centralFigures(ctx, 'asylum-inflow-first', 'instroom') : []),
    ...totalInflow(ctx),
  ];
  const occupancy = kamer ? withPart(ctx, 'coa-occupancy', 'coa-occupancy-statushouders', 'occupancy', 'opvang') : [];
  all.push(
    ...occupancy,
    ...statushouders(ctx, new Set(occupancy.flatMap((s) => s.covers))),
    ...withPart(ctx, 'coa-capacity-need', 'coa-capacity-need-amv', 'capacityNeed', 'opvang', { change: true }),
    ...withPart(ctx, 'spreidingswet-capacity-estimate', 'spreidingswet-capacity-estimate-amv', 'spreidingswet', 'opvang'),
    ...housingQuota(ctx, housing),
    ...simpleFigures(ctx, 'nidos-capacity-need', 'nidosCapacity', housing),
    ...ukraineInflow(ctx),
    ...withPart(ctx, 'ukraine-residents', 'ukraine-residents-third-country', 'ukraineResidents', 'oekraine'),
    ...ukraineCapacity(ctx),
    ...costs(ctx),
  );
  const order = LETTER_SECTIONS[letter];
  // Stable sort: the builders' order within a section, the letter's order of sections.
  return all
    .filter((s) => order.includes(s.section))
    .map((s, i) => ({ s, i }))
    .sort((a, b) => order.indexOf(a.s.section) - order.indexOf(b.s.section) || a.i - b.i)
    .map(({ s }) => s);
}

/** Word the statements of one letter. */
export function composeSentences(data: Dataset, model: Model, editionId: string, letter: LetterKind): ComposedSentence[] {
  return letterStatements(data, model, editionId, letter).map((s) => {
    const id = `${editionId}/${letter}/${s.section}/${s.key}`;
    return {
      id,
      edition: editionId,
      letter,
      section: s.section,
      text: renderSentence(s.kind, s.facts),
      sources: s.sources,
      paragraph: s.paragraph,
      covers: s.covers,
      notes: s.notes.map((n) => ({
        id: `${editionId}/${letter}/${s.section}/${n.key}`,
        edition: editionId,
        letter,
        section: s.section,
        text: renderSentence(n.kind, n.facts),
      })),
    };
  });
}

/**
 * Every sentence of every letter, in print order: editions chronologically, the letter to the Kamer
 * before the letter to municipalities, each sentence followed by its notes (sources that disagree).
 */
export function letterSentences(data: Dataset, model: Model): Sentence[] {
  const out: Sentence[] = [];
  for (const edition of model.editionOrder) {
    for (const letter of lettersOf(data, edition)) {
      for (const s of composeSentences(data, model, edition, letter)) {
        out.push({ id: s.id, edition: s.edition, letter: s.letter, section: s.section, text: s.text });
        for (const n of s.notes) out.push(n);
      }
    }
  }
  return out;
}
