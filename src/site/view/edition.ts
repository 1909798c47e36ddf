/** The page of one edition (/edities/<id>/): its scenarios, revisions, tables per indicator and sources. */
import { chartId } from '../../charts/ids.ts';
import type { Scenario } from '../../data/schema.ts';
import { SCENARIO } from '../../data/vocabulary.ts';
import type { LetterLink, ViewContext } from './context.ts';
import { changesView } from './changes.ts';
import { byImportance } from './importance.ts';
import { storyView } from './story.ts';

/** The scenario tables of an edition's national figures, one per indicator, by importance (importance.ts). */
function tables(ctx: ViewContext, id: string) {
  const { model } = ctx;
  return model.scenarioTables
    .filter((t) => t.edition === id && t.region === null)
    .map((t) => ({
      indicator: t.indicator,
      url: ctx.indicatorUrl(t.indicator),
      label: ctx.label(t.indicator),
      unit: ctx.unitOf(t.indicator),
      scenarios: t.scenarios,
      hasBand: t.periods.some((p) => p.band !== null),
      rows: t.periods.map((p) => ({
        period: p.period,
        /** Per scenario the figure, with a null value where the edition has none. */
        cells: t.scenarios.map((s) => ({ value: p.values[s] ?? null, qualifier: p.qualifiers[s] ?? null })),
        band: p.band,
      })),
      chart: ctx.chart(chartId.scenarios(id, t.indicator)),
      discrepancies: model.forecasts
        .filter((f) => f.edition === id && f.indicator === t.indicator && f.region === null && f.discrepancy)
        .map((f) => ({ period: f.period, scenario: f.scenario, citations: ctx.citations(f.discrepancy)! })),
      /** Figures that only a member's question gives: shown, but never as the minister's word. */
      questions: model.forecasts
        .filter((f) => f.edition === id && f.indicator === t.indicator && f.region === null && f.voice === 'question')
        .map((f) => ({ period: f.period, scenario: f.scenario, value: f.value, qualifier: f.qualifier, source: ctx.source(f.source) })),
    }))
    .sort(byImportance);
}

function revisions(ctx: ViewContext, id: string) {
  return ctx.model.revisions
    .filter((r) => r.edition === id && r.region === null)
    .map((r) => ({
      indicator: r.indicator,
      label: ctx.label(r.indicator),
      period: r.period,
      scenario: r.scenario,
      switched: r.switched,
      previousScenario: r.previousScenario,
      previous: ctx.editionLabel(r.previous),
      old: r.old,
      new: r.new,
      change: r.change,
      relative: r.relative,
      direction: r.change > 0 ? 'up' : r.change < 0 ? 'down' : 'same',
    }));
}

export function editionView(ctx: ViewContext, id: string, letters: LetterLink[]) {
  const { data, model } = ctx;
  const e = ctx.edition(id);
  const sw = model.scenarioSwitches.find((s) => s.edition === id);
  const cited = [...new Set(data.prognoses.filter((p) => p.edition === id).map((p) => p.source))].sort();
  return {
    id,
    label: e.label,
    /** ISO date or month. */
    published: e.published,
    scenarios: e.scenarios,
    basis: e.basis,
    /** The scenarios that state a chance of a higher outcome. */
    exceedance: e.scenarios
      .filter((s) => SCENARIO[s].exceedance !== null)
      .map((s: Scenario) => ({ scenario: s, chance: SCENARIO[s].exceedance! })),
    /** The change of the scenario the chain plans on, against the previous edition. */
    scenarioSwitch: sw ? { from: sw.from, to: sw.to, previous: ctx.editionLabel(sw.previous) } : null,
    note: e.note,
    story: storyView(ctx, id),
    tables: tables(ctx, id),
    /** "Wat is er veranderd" against the previous edition; null for the first edition. */
    changes: changesView(ctx, id),
    /** Every revision of this edition's figures, against the most recent earlier edition that gives the figure. */
    revisions: revisions(ctx, id),
    sources: cited.map(ctx.source),
    /** The document that reports the edition (a letter, answers, a release), said as its form is (`act`). */
    reportedIn: ctx.source(e.source),
    letters: letters.filter((l) => l.edition === id),
    figureCount: data.prognoses.filter((p) => p.edition === id).length,
  };
}

export type EditionView = ReturnType<typeof editionView>;
