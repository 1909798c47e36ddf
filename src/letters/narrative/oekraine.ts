/**
 * The oekraine section: the net inflow of displaced persons from Ukraine (per week, with its band,
 * and per year), the residents, and the municipal reception capacity needed against what is realised.
 */
import { knownSources } from '../plan.ts';
import { withPart } from './figures.ts';
import { central, type Ctx, direction, headSource, of, periodsOf, scenarioOf, type Statement, statement } from './shared.ts';

export function oekraine(ctx: Ctx): Statement[] {
  return [
    ...ukraineInflow(ctx),
    ...withPart(ctx, 'ukraine-residents', 'ukraine-residents-third-country', 'ukraineResidents', 'oekraine'),
    ...ukraineCapacity(ctx),
  ];
}

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
  const known = knownSources(ctx.data, ctx.edition);
  return ctx.model.actuals
    .filter((a) => a.indicator === indicator && a.region === null && known(headSource(a)))
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
