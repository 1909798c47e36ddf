/**
 * The oekraine section: the net inflow of displaced persons from Ukraine (per week, with its band,
 * and per year), the residents, and the municipal reception capacity needed against what is realised.
 */
import { INDICATOR, type NamedIndicator } from '../../data/indicators.ts';
import { knownSources } from '../plan.ts';
import { withPart } from './figures.ts';
import { comparePeriods } from '../../data/period.ts';
import { formatNumber, formatPeriod } from '../../format/dutch.ts';
import {
  actualRef,
  central,
  figRef,
  type Ctx,
  direction,
  of,
  periodsOf,
  scenarioOf,
  stated,
  statedPeriodsOf,
  type Statement,
  statement,
} from './shared.ts';

export function oekraine(ctx: Ctx): Statement[] {
  return [
    ...ukraineInflow(ctx),
    ...withPart(ctx, INDICATOR.ukraineResidents, INDICATOR.ukraineThirdCountry, 'ukraineResidents', 'oekraine'),
    ...ukraineCapacity(ctx),
  ];
}

function ukraineInflow(ctx: Ctx): Statement[] {
  const out: Statement[] = [];
  const periods = [...new Set([...periodsOf(ctx, INDICATOR.ukraineInflowWeekly), ...periodsOf(ctx, INDICATOR.ukraineInflow)])];
  for (const period of periods) {
    const weekly = of(ctx, INDICATOR.ukraineInflowWeekly, period);
    const w = central(ctx, weekly, INDICATOR.ukraineInflowWeekly);
    const y = central(ctx, of(ctx, INDICATOR.ukraineInflow, period), INDICATOR.ukraineInflow);
    const min = weekly.find((f) => f.scenario === 'minimum');
    const max = weekly.find((f) => f.scenario === 'maximum');
    const band = w && min && max && w !== min && w !== max ? { min: min.value, max: max.value } : null;
    if (!w && !y) continue;
    out.push(
      statement({
        ctx,
        key: `${INDICATOR.ukraineInflow}-${period}`,
        section: 'oekraine',
        kind: w ? 'ukraineInflow' : 'ukraineInflowYearly',
        paragraph: INDICATOR.ukraineInflow,
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
function latestKnownActual(ctx: Ctx, indicator: NamedIndicator) {
  const known = knownSources(ctx.data, ctx.edition);
  return ctx.model.actuals
    .filter((a) => a.indicator === indicator && a.region === null && known(a.source))
    .at(-1);
}

function ukraineCapacity(ctx: Ctx): Statement[] {
  const out = withPart(ctx, INDICATOR.ukraineCapacityNeed, null, 'ukraineCapacity', 'oekraine');
  // The opgave is set by decision (or, in an edition that forecasts it, the central forecast); the latest one counts.
  const latestNeed = statedPeriodsOf(ctx, INDICATOR.ukraineCapacityNeed)
    .sort(comparePeriods)
    .map((period) => stated(ctx, INDICATOR.ukraineCapacityNeed, period))
    .at(-1);
  const realised = latestKnownActual(ctx, INDICATOR.ukraineCapacityRealised);
  if (latestNeed && realised) {
    const gap = latestNeed.value - realised.value;
    out.push(
      statement({
        ctx,
        key: `${INDICATOR.ukraineCapacityRealised}-${realised.period}`,
        section: 'oekraine',
        kind: 'ukraineCapacityRealised',
        derived: `de opgave van ${formatNumber(latestNeed.value)} plekken (${formatPeriod(latestNeed.period)}) min de ${formatNumber(realised.value)} gerealiseerde (${formatPeriod(realised.period)})`,
        paragraph: INDICATOR.ukraineCapacityNeed,
        figures: [],
        extraSources: [realised.source],
        refs: [actualRef(realised), `difference(${figRef(latestNeed, ctx.edition.id)}, ${actualRef(realised)})`],
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
