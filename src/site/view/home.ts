/**
 * The home page's key figures: per indicator the newest edition's figures for its first period, or,
 * for a figure no edition forecasts (a taakstelling, an opgave), the latest one stated, with its kind
 * and source instead of an edition.
 */
import { INDICATOR } from '../../data/indicators.ts';
import { comparePeriods } from '../../data/period.ts';
import { type Forecast, isFigure } from '../../model/figures.ts';
import type { ViewContext } from './context.ts';

const KEY_INDICATORS = [INDICATOR.inflowTotal, INDICATOR.capacityNeed, INDICATOR.housingQuota, INDICATOR.ukraineCapacityNeed];

function keyFigure(ctx: ViewContext, indicator: string) {
  const { model } = ctx;
  // The newest edition that has the indicator; its central figures for the first period.
  for (const ed of [...model.editionOrder].reverse()) {
    const fs = model.forecasts.filter((f) => f.edition === ed && f.indicator === indicator && f.region === null);
    if (fs.length === 0) continue;
    const period = fs[0]!.period;
    return {
      indicator,
      url: ctx.indicatorUrl(indicator),
      label: ctx.label(indicator),
      edition: ctx.edition(ed).label,
      editionId: ed,
      kind: 'mpp' as const,
      source: null,
      period,
      unit: ctx.unitOf(indicator),
      values: fs
        .filter((f) => f.period === period)
        .map((f: Forecast) => {
          const r = model.revisions.find(isFigure(f));
          return {
            scenario: f.scenario,
            value: f.value,
            qualifier: f.qualifier,
            /** The revision against the previous edition that has the figure, if any. */
            change: r
              ? {
                  change: r.change,
                  relative: r.relative,
                  previous: ctx.editionLabel(r.previous),
                  switched: r.switched,
                  previousScenario: r.previousScenario,
                }
              : null,
          };
        }),
    };
  }
  const latest = model.otherFigures
    .filter((f) => f.indicator === indicator && f.region === null && f.voice !== 'question')
    .sort((a, b) => comparePeriods(a.period, b.period))
    .at(-1);
  if (!latest) return null;
  return {
    indicator,
    url: ctx.indicatorUrl(indicator),
    label: ctx.label(indicator),
    edition: null,
    editionId: null,
    kind: latest.kind,
    source: ctx.source(latest.source),
    period: latest.period,
    unit: ctx.unitOf(indicator),
    values: [{ scenario: null, value: latest.value, qualifier: latest.qualifier, change: null }],
  };
}

export function keyFigures(ctx: ViewContext) {
  return KEY_INDICATORS.map((i) => keyFigure(ctx, i)).filter((k) => k !== null);
}
