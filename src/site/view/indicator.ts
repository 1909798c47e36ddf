/** The page of one indicator (/indicatoren/<slug>/): every edition's forecast per period and the realisations. */
import { chartId } from '../../charts/ids.ts';
import { comparePeriods } from '../../data/period.ts';
import type { ViewContext } from './context.ts';
import { evidenceIndex } from './evidence.ts';
import { themeOf } from './themes.ts';

type Evidence = ReturnType<typeof evidenceIndex>;

function vintages(ctx: ViewContext, id: string, evidence: Evidence) {
  return ctx.model.vintages
    .filter((v) => v.indicator === id && v.region === null)
    .map((v) => ({
      period: v.period,
      realisation: v.realisation,
      realisationQualifier: v.realisationQualifier,
      /** Set when the count is written for the other side of the turn of the year ("eind 2024" for "1 januari 2025"). */
      realisationPeriod: v.realisationPeriod !== v.period ? v.realisationPeriod : null,
      realisationComputed: v.realisationComputed !== null,
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
        evidence: evidence(f.rows),
      })),
      realisationEvidence: evidence(v.rows.filter((r) => r.startsWith('realisations/'))),
    }));
}

/** Targets, set figures and outlooks: forward-looking figures that are not an MPP edition's. */
function otherFigures(ctx: ViewContext, id: string, evidence: Evidence) {
  return ctx.model.otherFigures
    .filter((f) => f.indicator === id && f.region === null)
    .sort((a, b) => comparePeriods(a.period, b.period))
    .map((f) => ({
      kind: f.kind,
      period: f.period,
      value: f.value,
      valueHigh: f.valueHigh,
      qualifier: f.qualifier,
      source: ctx.source(f.source),
      voice: f.voice,
      discrepancy: ctx.citations(f.discrepancy),
      evidence: evidence(f.rows),
    }));
}

function realisations(ctx: ViewContext, id: string, evidence: Evidence) {
  const { data, model } = ctx;
  return model.actuals
    .filter((a) => a.indicator === id && a.region === null)
    .map((a) => ({
      period: a.period,
      value: a.value,
      valueHigh: a.valueHigh,
      qualifier: a.qualifier,
      voice: a.voice,
      /** How the model added the figure up, when no source prints it. */
      computed: a.computed
        ? { how: a.computed.how, parts: a.computed.parts.map((p) => ({ ...p, label: ctx.label(p.indicator) })) }
        : null,
      sources: a.computed
        ? [ctx.source(a.source).title]
        : data.realisations
            .filter((r) => r.indicator === id && r.period === a.period && r.region === null)
            .map((r) => ctx.source(r.source).title),
      discrepancy: ctx.citations(a.discrepancy),
      /** Whether the source of the figure used marks it as provisional (realisations.csv `status`). */
      provisional: data.realisations.some(
        (r) => r.status === 'provisional' && r.indicator === id && r.period === a.period && r.region === null && r.source === a.source,
      ),
      /** The unit the source counts in, where it differs from the indicator's (indicators.csv other_units: CBS counts persons). */
      otherUnit: a.unit !== ctx.unitOf(id) ? a.unit : null,
      evidence: evidence(a.rows),
    }));
}

/** Every indicator with a forecast or a realisation, by label. */
export function indicatorViews(ctx: ViewContext) {
  const { data } = ctx;
  const ids = [...new Set([...data.prognoses.map((p) => p.indicator), ...data.realisations.map((r) => r.indicator)])];
  const byId = new Map(data.indicators.map((i) => [i.id, i]));
  const evidence = evidenceIndex(data, ctx.source);
  return ids
    .map((id) => {
      const i = byId.get(id)!;
      const theme = themeOf(id);
      return {
        id,
        url: ctx.indicatorUrl(id),
        label: i.label,
        definition: i.definition,
        unit: i.unit,
        theme: { id: theme.id, label: theme.label, anchor: theme.anchor },
        /** What the indicator holds, for the list on /indicatoren/. */
        holds: {
          mpp: data.prognoses.some((p) => p.indicator === id && p.kind === 'mpp'),
          other: data.prognoses.some((p) => p.indicator === id && p.kind !== 'mpp'),
          realisations: data.realisations.some((r) => r.indicator === id),
        },
        chart: ctx.chart(chartId.vintages(id)),
        /** Forecast against realisation, when a forecast period has been realised. */
        realisedChart: ctx.chart(chartId.realised(id)),
        vintages: vintages(ctx, id, evidence),
        others: otherFigures(ctx, id, evidence),
        realisations: realisations(ctx, id, evidence),
      };
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
}

export type IndicatorView = ReturnType<typeof indicatorViews>[number];
