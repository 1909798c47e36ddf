/** The page of one indicator (/indicatoren/<id>/): every edition's forecast per period and the realisations. */
import { chartId } from '../../charts/ids.ts';
import type { ViewContext } from './context.ts';

function vintages(ctx: ViewContext, id: string) {
  return ctx.model.vintages
    .filter((v) => v.indicator === id && v.region === null)
    .map((v) => ({
      period: v.period,
      realisation: v.realisation,
      forecasts: v.forecasts.map((f) => ({
        edition: ctx.editionLabel(f.edition),
        editionId: f.edition,
        scenario: f.scenario,
        value: f.value,
        /** From minimum to maximum, when the edition gives both. */
        band: f.minimum !== null && f.maximum !== null ? { minimum: f.minimum, maximum: f.maximum } : null,
        error: f.error,
        relativeError: f.relativeError,
        inBand: f.inBand,
      })),
    }));
}

function realisations(ctx: ViewContext, id: string) {
  const { data, model } = ctx;
  return model.actuals
    .filter((a) => a.indicator === id && a.region === null)
    .map((a) => ({
      period: a.period,
      value: a.value,
      qualifier: a.qualifier,
      sources: data.realisations
        .filter((r) => r.indicator === id && r.period === a.period && r.region === null)
        .map((r) => ctx.source(r.source).title),
      discrepancy: ctx.citations(a.discrepancy),
    }));
}

/** Every indicator with a forecast or a realisation, by label. */
export function indicatorViews(ctx: ViewContext) {
  const { data } = ctx;
  const ids = [...new Set([...data.prognoses.map((p) => p.indicator), ...data.realisations.map((r) => r.indicator)])];
  const byId = new Map(data.indicators.map((i) => [i.id, i]));
  return ids
    .map((id) => {
      const i = byId.get(id)!;
      return {
        id,
        label: i.label,
        definition: i.definition,
        unit: i.unit,
        chart: ctx.chart(chartId.vintages(id)),
        /** Forecast against realisation, when a forecast period has been realised. */
        realisedChart: ctx.chart(chartId.realised(id)),
        vintages: vintages(ctx, id),
        realisations: realisations(ctx, id),
      };
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
}

export type IndicatorView = ReturnType<typeof indicatorViews>[number];
