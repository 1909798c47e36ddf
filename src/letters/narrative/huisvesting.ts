/**
 * The housing of statushouders: the taakstelling (with its KSO part, the total task and the change
 * against the half-year before) and the Nidos capacity need. In the letter to municipalities this is
 * the huisvesting section, in the letter to the Kamer the uitstroom section (uitstroom.ts).
 */
import { parsePeriod } from '../../data/period.ts';
import { INDICATOR, type LetterIndicator } from '../indicators.ts';
import type { SectionId } from '../plan.ts';
import {
  central,
  type Ctx,
  direction,
  headSource,
  label,
  of,
  periodsOf,
  scenarioOf,
  type Statement,
  statement,
} from './shared.ts';

/** The housing statements, placed in `section`. */
export function housing(ctx: Ctx, section: SectionId): Statement[] {
  return [...housingQuota(ctx, section), ...simpleFigures(ctx, INDICATOR.nidosCapacityNeed, 'nidosCapacity', section)];
}

export const huisvesting = (ctx: Ctx): Statement[] => housing(ctx, 'huisvesting');

function previousHalf(period: string): string | null {
  const p = parsePeriod(period);
  if (p?.kind !== 'half') return null;
  return p.part === 2 ? `${p.year}-H1` : `${p.year - 1}-H2`;
}

function housingQuota(ctx: Ctx, section: SectionId): Statement[] {
  const out: Statement[] = [];
  const order = ctx.model.editionOrder;
  const upTo = order.indexOf(ctx.edition.id);
  for (const period of periodsOf(ctx, INDICATOR.housingQuota)) {
    const f = central(ctx, of(ctx, INDICATOR.housingQuota, period), INDICATOR.housingQuota);
    if (!f) continue;
    const kso = of(ctx, INDICATOR.housingQuotaKso, period).find((x) => x.scenario === f.scenario);
    const key = `${INDICATOR.housingQuota}-${period}`;
    out.push(
      statement({
        ctx,
        key,
        section,
        kind: 'housingQuota',
        paragraph: `${INDICATOR.housingQuota}-${period}`,
        figures: [f, kso],
        facts: {
          period,
          value: f.value,
          qualifier: f.qualifier,
          kso: kso ? { value: kso.value, qualifier: kso.qualifier } : null,
        },
      }),
    );
    const total = of(ctx, INDICATOR.housingTotalTask, period).find((x) => x.scenario === f.scenario);
    if (total) {
      out.push(
        statement({
          ctx,
          key: `${INDICATOR.housingTotalTask}-${period}`,
          section,
          kind: 'housingTotal',
          paragraph: `${INDICATOR.housingQuota}-${period}`,
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
              g.indicator === INDICATOR.housingQuota &&
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
          paragraph: `${INDICATOR.housingQuota}-${period}`,
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

function simpleFigures(ctx: Ctx, indicator: LetterIndicator, kind: string, section: SectionId): Statement[] {
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
