/**
 * The housing of statushouders: the taakstelling (with its KSO part, the total task and the change
 * against the half-year before) and the Nidos capacity need. In the letter to municipalities this is
 * the huisvesting section, in the letter to the Kamer the uitstroom section (uitstroom.ts).
 */
import { parsePeriod } from '../../data/period.ts';
import { formatNumber, formatPeriod } from '../../format/dutch.ts';
import { INDICATOR, type NamedIndicator } from '../../data/indicators.ts';
import { knownSources, type SectionId } from '../plan.ts';
import {
  companion,
  type Ctx,
  figRef,
  direction,
  label,
  scenarioOf,
  sourceOfRow,
  stated,
  statedPeriodsOf,
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
  const known = knownSources(ctx.data, ctx.edition);
  for (const period of statedPeriodsOf(ctx, INDICATOR.housingQuota)) {
    const f = stated(ctx, INDICATOR.housingQuota, period);
    if (!f) continue;
    const kso = companion(ctx, INDICATOR.housingQuotaKso, period, f);
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
          /** mpp, set, or outlook for a quota the letter only intends to set. */
          kind: 'kind' in f ? f.kind : 'mpp',
          period,
          value: f.value,
          qualifier: f.qualifier,
          kso: kso ? { value: kso.value, qualifier: kso.qualifier } : null,
        },
      }),
    );
    const total = companion(ctx, INDICATOR.housingTotalTask, period, f);
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
    // The quota of the half-year before, as it was set (a taakstelling is a set figure) in a
    // document out when this letter was.
    const before = previousHalf(period);
    const earlier = before
      ? ctx.model.otherFigures.find(
          (g) =>
            g.indicator === INDICATOR.housingQuota &&
            g.region === null &&
            g.period === before &&
            g.rows.some((row) => known(sourceOfRow(row))),
        )
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
          derived: `${formatNumber(f.value)} (${formatPeriod(period)}) min ${formatNumber(earlier.value)} (${formatPeriod(before)})`,
          refs: [figRef(earlier, ctx.edition.id), `difference(${figRef(f, ctx.edition.id)}, ${figRef(earlier, ctx.edition.id)})`],
          extraSources: [earlier.rows.map(sourceOfRow).find(known)],
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

function simpleFigures(ctx: Ctx, indicator: NamedIndicator, kind: string, section: SectionId): Statement[] {
  const out: Statement[] = [];
  for (const period of statedPeriodsOf(ctx, indicator)) {
    const f = stated(ctx, indicator, period);
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
