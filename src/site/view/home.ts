/** The home page's key figures: per indicator the newest edition's figures for its first period. */
import { type Forecast, isFigure } from '../../model/figures.ts';
import type { ViewContext } from './context.ts';

const KEY_INDICATORS = ['asylum-inflow-total', 'coa-capacity-need', 'housing-quota', 'ukraine-municipal-capacity-need'];

function keyFigure(ctx: ViewContext, indicator: string) {
  const { model } = ctx;
  // The newest edition that has the indicator; its central figures for the first period.
  for (const ed of [...model.editionOrder].reverse()) {
    const fs = model.forecasts.filter((f) => f.edition === ed && f.indicator === indicator && f.region === null);
    if (fs.length === 0) continue;
    const period = fs[0]!.period;
    return {
      indicator,
      label: ctx.label(indicator),
      edition: ctx.edition(ed).label,
      editionId: ed,
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
  return null;
}

export function keyFigures(ctx: ViewContext) {
  return KEY_INDICATORS.map((i) => keyFigure(ctx, i)).filter((k) => k !== null);
}
