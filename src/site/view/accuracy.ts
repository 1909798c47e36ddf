/**
 * The /nauwkeurigheid/ page: every like-for-like forecast–realisation pair of the model
 * (model/accuracy.ts) with the labels, units and sources a reader needs, the share inside the band
 * per horizon, the chart, the downloads of the table, and what was left out and why.
 */
import { chartId } from '../../charts/ids.ts';
import { HORIZON_LABEL } from '../../charts/accuracy.ts';
import { excelPath } from '../../downloads/catalogue.ts';
import type { ViewContext } from './context.ts';

export const ACCURACY_PATH = '/nauwkeurigheid/';

export function accuracyView(ctx: ViewContext) {
  const { pairs, exclusions, summary } = ctx.model.accuracy;
  const chart = ctx.chart(chartId.accuracy());
  const csv = 'data/derived/accuracy.csv';
  return {
    url: ACCURACY_PATH,
    pairs: pairs.map((p) => ({
      ...p,
      label: ctx.label(p.indicator),
      url: ctx.indicatorUrl(p.indicator),
      unit: ctx.unitOf(p.indicator),
      editionLabel: ctx.editionLabel(p.edition),
      horizonLabel: HORIZON_LABEL[p.horizon],
      source: ctx.source(p.realisationSource),
    })),
    summary: summary.map((s) => ({ ...s, label: HORIZON_LABEL[s.horizon] })),
    editions: [...new Set(pairs.map((p) => p.edition))].map((e) => ctx.editionLabel(e)),
    exclusions: exclusions.map((x) => ({
      ...x,
      label: ctx.label(x.indicator),
      url: ctx.indicatorUrl(x.indicator),
      editionLabel: ctx.editionLabel(x.edition),
      basis: ctx.model.basis(x.edition, x.indicator),
    })),
    /** The indicators with at least one pair: their pages link here. */
    indicators: [...new Set(pairs.map((p) => p.indicator))],
    chart: chart && { ...chart, page: ACCURACY_PATH },
    downloads: { csv, excel: excelPath(csv), json: 'data/derived/accuracy.json' },
  };
}
