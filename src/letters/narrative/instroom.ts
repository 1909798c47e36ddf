/** The instroom section: a switch of the planning scenario, the first asylum applications, the total inflow. */
import type { Forecast } from '../../model/figures.ts';
import { SCENARIO, SET_SCENARIOS } from '../../data/vocabulary.ts';
import { INDICATOR, type NamedIndicator } from '../../data/indicators.ts';
import { centralWithChange, revisionMethod } from './figures.ts';
import { central, changeRefs, type Ctx, figRef, label, of, periodsOf, previousOf, scenarioOf, type Statement, statement, unitOf } from './shared.ts';

/** What the instroom section says; the first asylum applications only in the letter to the Kamer. */
export function instroom(ctx: Ctx): Statement[] {
  return [
    ...scenarioSwitch(ctx),
    ...(ctx.letter === 'tweede-kamer' ? centralFigures(ctx, INDICATOR.inflowFirst) : []),
    ...totalInflow(ctx),
  ];
}

function scenarioSwitch(ctx: Ctx): Statement[] {
  const sw = ctx.model.scenarioSwitches.find((s) => s.edition === ctx.edition.id);
  if (!sw) return [];
  const previous = ctx.find.edition(sw.previous);
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
function centralFigures(ctx: Ctx, indicator: NamedIndicator): Statement[] {
  const out: Statement[] = [];
  for (const period of periodsOf(ctx, indicator)) {
    const f = central(ctx, of(ctx, indicator, period), indicator);
    if (!f) continue;
    out.push(...centralWithChange(ctx, f, 'instroom'));
  }
  return out;
}

/** Total inflow: the scenario set per year with the previous edition's set, or the central figure. */
function totalInflow(ctx: Ctx): Statement[] {
  const indicator = INDICATOR.inflowTotal;
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
        refs: complete ? prevs.map((p) => p!.ref) : [],
        facts: {
          label: label(ctx, indicator),
          unit: unitOf(ctx, indicator),
          period,
          values: set.map((f) => ({ scenario: f.scenario, value: f.value, qualifier: f.qualifier, scope: f.qualifierScope })),
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
          derived: revisionMethod(c.value, cp.value, ctx.edition.label, cp.edition),
          refs: changeRefs(figRef(c, ctx.edition.id), cp.ref),
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
