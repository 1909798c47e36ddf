/** The costs page (/kosten/): cost per place, the Ukrainian norm, one-off amounts and the letters' calculations. */
import { chartId } from '../../charts/ids.ts';
import { DAYS_PER_YEAR } from '../../model/costs.ts';
import { priceYearAssumed } from '../../data/price-year.ts';
import { rowId } from '../../data/schema.ts';
import type { ViewContext } from './context.ts';
import { evidenceIndex } from './evidence.ts';

export function costsView(ctx: ViewContext) {
  const { data, model } = ctx;
  const newestYear = Math.max(...model.placeCosts.map((c) => c.priceYear));
  const evidence = evidenceIndex(data, ctx.source);
  const assumed = new Set(data.costs.filter(priceYearAssumed).map((c) => rowId('costs', c)));
  /** The row of the cost itself (the first of `rows`; the others are the regular place it is compared with). */
  const own = (rows: readonly string[]) => rows.slice(0, 1);
  return {
    perPlace: model.placeCosts
      .filter((c) => c.stated === 'per-year')
      .sort((a, b) => b.perYear - a.perYear)
      .map((c) => ({
        type: c.type,
        priceYear: c.priceYear,
        perYear: c.perYear,
        perDay: c.perDay,
        multiple: c.multipleOfRegular,
        priceYearAssumed: own(c.rows).some((r) => assumed.has(r)),
        evidence: evidence(own(c.rows)),
      })),
    ukraine: model.placeCosts
      .filter((c) => c.type === 'ukraine-norm')
      .map((c) => ({
        priceYear: c.priceYear,
        perNight: c.perDay,
        perYear: c.perYear,
        priceYearAssumed: own(c.rows).some((r) => assumed.has(r)),
        evidence: evidence(own(c.rows)),
        /** The amounts stand in a member's question (the nota of 7 February 2025), which the answer does not contradict. */
        fromQuestion: data.costs.some((r) => r.type === 'ukraine-norm' && r.price_year === c.priceYear && r.voice === 'question'),
      })),
    oneOff: data.costs
      .filter((c) => c.unit === 'eur-one-off')
      .map((c) => ({
        type: c.type,
        priceYear: c.price_year,
        amount: c.amount,
        priceYearAssumed: priceYearAssumed(c),
        evidence: evidence([rowId('costs', c)]),
      })),
    calculations: model.costCalculations.map((c) => ({
      label: c.label,
      kind: c.kind,
      places: c.places,
      share: c.emergencyShare,
      priceYear: c.priceYear,
      emergency: c.emergencyPerYear,
      regular: c.regularPerYear,
      regularBasis: c.regularBasis,
      /** The regular place of the cost table in the same price year, when the calculation uses another amount (half an emergency place). */
      tableRegular: data.costs.find((r) => r.type === 'regular' && r.price_year === c.priceYear)?.amount ?? null,
      total: c.total,
      /** An amount it uses has a price year the data marks as assumed. */
      priceYearAssumed: c.rows.some((r) => assumed.has(r)),
      evidence: evidence(c.rows),
    })),
    chart: ctx.chart(chartId.costs(newestYear, true)),
    days: DAYS_PER_YEAR,
    sources: [...new Set([...data.costs.map((c) => c.source), ...data.costScenarios.map((c) => c.source)])]
      .sort()
      .map(ctx.source),
  };
}
