/**
 * "Wat is er veranderd" on an edition's page: the edition against the one before it (editions sort
 * by `published`). Where their figures overlap (same indicator, period and scenario, or the
 * scenario switch revisions.ts allows), the revisions; where none overlap, what each edition gives,
 * so a reader sees there is nothing to compare instead of a section that is silently missing.
 */
import { comparePeriods } from '../../data/period.ts';
import type { ViewContext } from './context.ts';
import { byImportance } from './importance.ts';

/** One indicator's periods in the previous edition and in this one (national MPP figures). */
export interface Coverage {
  indicator: string;
  label: string;
  url: string;
  previous: string[];
  current: string[];
}

export interface ChangesView {
  previous: { id: string; label: string };
  /** How many of this edition's figures are revisions of a figure of the previous edition. */
  revised: number;
  /** Where nothing is revised against the previous edition: per indicator, the periods each gives. */
  coverage: Coverage[] | null;
  /** The indicators both editions give, of `coverage`: given for different periods (or scenarios) only. */
  shared: Coverage[];
}

/** The sorted periods of an edition's national MPP figures, per indicator. */
function periodsOf(ctx: ViewContext, edition: string): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const f of ctx.model.forecasts) {
    if (f.edition !== edition || f.region !== null) continue;
    if (!out.has(f.indicator)) out.set(f.indicator, new Set());
    out.get(f.indicator)!.add(f.period);
  }
  return new Map([...out].map(([i, ps]) => [i, [...ps].sort(comparePeriods)]));
}

export function changesView(ctx: ViewContext, id: string): ChangesView | null {
  const { model } = ctx;
  const at = model.editionOrder.indexOf(id);
  if (at <= 0) return null;
  const previous = model.editionOrder[at - 1]!;
  const revised = model.revisions.filter((r) => r.edition === id && r.previous === previous && r.region === null).length;
  let coverage: Coverage[] | null = null;
  if (revised === 0) {
    const mine = periodsOf(ctx, id);
    const theirs = periodsOf(ctx, previous);
    coverage = [...new Set([...theirs.keys(), ...mine.keys()])]
      .map((indicator) => ({
        indicator,
        label: ctx.label(indicator),
        url: ctx.indicatorUrl(indicator),
        previous: theirs.get(indicator) ?? [],
        current: mine.get(indicator) ?? [],
      }))
      .sort(byImportance);
  }
  return {
    previous: { id: previous, label: ctx.editionLabel(previous) },
    revised,
    coverage,
    shared: (coverage ?? []).filter((c) => c.previous.length > 0 && c.current.length > 0),
  };
}
