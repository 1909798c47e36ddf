/**
 * The story an edition opens with (the home page for the newest, each edition page for its own):
 * one headline figure in the scenario the chain plans on, the chart of total inflow, and the
 * largest revisions against the previous edition, all taken from the model.
 */
import { INDICATOR } from '../../data/indicators.ts';
import { chartId } from '../../charts/ids.ts';
import type { Scenario } from '../../data/schema.ts';
import type { Basis } from '../../data/vocabulary.ts';
import { centralScenario as tellingScenario } from '../../model/central.ts';
import type { Forecast } from '../../model/figures.ts';
import type { ViewContext } from './context.ts';
import { byImportance } from './importance.ts';

/** The central figure of an edition when its basis scenario is absent, as the vintages choose it. */
/** How many revisions "Wat is er veranderd" lists. */
export const LARGEST_REVISIONS = 5;

function headlineFigure(ctx: ViewContext, f: Forecast) {
  const r = ctx.model.revisions.find(
    (x) => x.edition === f.edition && x.indicator === f.indicator && x.region === null && x.period === f.period && x.scenario === f.scenario,
  );
  return {
    indicator: f.indicator,
    label: ctx.label(f.indicator),
    unit: ctx.unitOf(f.indicator),
    period: f.period,
    scenario: f.scenario,
    value: f.value,
    qualifier: f.qualifier,
    revision: r ? { previous: ctx.editionLabel(r.previous), previousScenario: r.previousScenario, old: r.old, change: r.change, relative: r.relative } : null,
  };
}

/** The scenario an edition's figure of `indicator` is told in: its basis, else its central one. */
function centralScenario(ctx: ViewContext, edition: string, indicator: string, fs: Forecast[]): Scenario | null {
  return tellingScenario(ctx.model.basis(edition, indicator), fs.map((f) => f.scenario));
}

export function storyView(ctx: ViewContext, edition: string) {
  const { model } = ctx;
  const national = model.forecasts.filter((f) => f.edition === edition && f.region === null);
  const indicators = [...new Set(national.map((f) => f.indicator))]
    .map((i) => ({ indicator: i, label: ctx.label(i) }))
    .sort(byImportance)
    .map((i) => i.indicator);
  const first = (indicator: string, scenario: Basis | Scenario) =>
    national.filter((f) => f.indicator === indicator && f.scenario === scenario)[0];
  // The headline: the most important indicator the edition gives in its basis scenario.
  const inBasis = indicators.map((i) => first(i, model.basis(edition, i))).find(Boolean);
  // When the most important indicator is not given in the basis scenario, it is told beside it, in
  // the scenario the letter gives, and the page says so.
  const top = indicators[0];
  const topCentral = top ? centralScenario(ctx, edition, top, national.filter((f) => f.indicator === top)) : null;
  const besides = top && inBasis?.indicator !== top && topCentral ? first(top, topCentral) : undefined;

  const revisions = model.revisions
    .filter((r) => r.edition === edition && r.region === null)
    .filter((r) => r.scenario === centralScenario(ctx, edition, r.indicator, national.filter((f) => f.indicator === r.indicator)))
    .sort((a, b) => Math.abs(b.relative ?? 0) - Math.abs(a.relative ?? 0) || Math.abs(b.change) - Math.abs(a.change))
    .slice(0, LARGEST_REVISIONS)
    .map((r) => ({
      indicator: r.indicator,
      url: ctx.indicatorUrl(r.indicator),
      label: ctx.label(r.indicator),
      unit: ctx.unitOf(r.indicator),
      period: r.period,
      scenario: r.scenario,
      previous: ctx.editionLabel(r.previous),
      previousScenario: r.previousScenario,
      switched: r.switched,
      old: r.old,
      new: r.new,
      change: r.change,
      relative: r.relative,
    }));
  const inflow = INDICATOR.inflowTotal;
  return {
    basis: ctx.edition(edition).basis,
    headline: inBasis ? headlineFigure(ctx, inBasis) : null,
    besides: besides ? { ...headlineFigure(ctx, besides), basis: model.basis(edition, besides.indicator) } : null,
    chart: ctx.chart(chartId.vintages(inflow)),
    revisions,
  };
}
