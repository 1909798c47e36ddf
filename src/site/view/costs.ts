/** The costs page (/kosten/): cost per place, the Ukrainian norm, one-off amounts and the letters' calculations. */
import { chartId } from '../../charts/ids.ts';
import { DAYS_PER_YEAR } from '../../model/costs.ts';
import type { ViewContext } from './context.ts';

export function costsView(ctx: ViewContext) {
  const { data, model } = ctx;
  const newestYear = Math.max(...model.placeCosts.map((c) => c.priceYear));
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
      })),
    ukraine: model.placeCosts
      .filter((c) => c.type === 'ukraine-norm')
      .map((c) => ({
        priceYear: c.priceYear,
        perNight: c.perDay,
        perYear: c.perYear,
        /** The amounts stand in a member's question (the nota of 7 February 2025), which the answer does not contradict. */
        fromQuestion: data.costs.some((r) => r.type === 'ukraine-norm' && r.price_year === c.priceYear && r.voice === 'question'),
      })),
    oneOff: data.costs
      .filter((c) => c.unit === 'eur-one-off')
      .map((c) => ({ type: c.type, priceYear: c.price_year, amount: c.amount })),
    calculations: model.costCalculations.map((c) => ({
      label: c.label,
      kind: c.kind,
      places: c.places,
      share: c.emergencyShare,
      priceYear: c.priceYear,
      emergency: c.emergencyPerYear,
      regular: c.regularPerYear,
      regularBasis: c.regularBasis,
      total: c.total,
    })),
    chart: ctx.chart(chartId.costs(newestYear, true)),
    days: DAYS_PER_YEAR,
    sources: [...new Set([...data.costs.map((c) => c.source), ...data.costScenarios.map((c) => c.source)])]
      .sort()
      .map(ctx.source),
  };
}
