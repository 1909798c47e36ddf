/**
 * Statements about one figure per period that several sections make: the central figure with its
 * change against an earlier edition, and a main figure with a part of it ("waarvan …").
 */
import { formatNumber } from '../../format/dutch.ts';
import type { Forecast } from '../../model/figures.ts';
import type { NamedIndicator } from '../../data/indicators.ts';
import type { SectionId } from '../plan.ts';
import { changeRefs, companion, type Ctx, figRef, label, previousOf, scenarioOf, stated, statedPeriodsOf, type Statement, statement } from './shared.ts';

export function centralWithChange(ctx: Ctx, f: Forecast, section: SectionId): Statement[] {
  const prev = previousOf(ctx, f);
  const key = `${f.indicator}-${f.period}`;
  const out = [
    statement({
      ctx,
      key,
      section,
      kind: 'central',
      paragraph: f.indicator,
      figures: [f],
      extraSources: [prev?.source],
      refs: [prev?.ref],
      facts: {
        indicator: f.indicator,
        label: label(ctx, f.indicator),
        unit: f.unit,
        period: f.period,
        scenario: scenarioOf(f),
        value: f.value,
        qualifier: f.qualifier,
        edition: ctx.edition.label,
        previous: prev,
      },
    }),
  ];
  if (prev) out.push(changeStatement(ctx, f, prev, section, `${key}-change`));
  return out;
}

/** "47.000 (MPP 2025) min 66.000 (MPP 2024-II), en dat verschil gedeeld door 66.000": how a revision is computed. */
export function revisionMethod(now: number, before: number, edition: string, previous: string): string {
  return `${formatNumber(now)} (${edition}) min ${formatNumber(before)} (${previous}); het percentage is dat verschil gedeeld door ${formatNumber(before)}`;
}

export function changeStatement(
  ctx: Ctx,
  f: Forecast,
  prev: NonNullable<ReturnType<typeof previousOf>>,
  section: SectionId,
  key: string,
): Statement {
  return statement({
    ctx,
    key,
    section,
    kind: 'change',
    paragraph: f.indicator,
    figures: [],
    derived: revisionMethod(f.value, prev.value, ctx.edition.label, prev.edition),
    refs: changeRefs(figRef(f, ctx.edition.id), prev.ref),
    facts: {
      unit: f.unit,
      period: f.period,
      scenario: scenarioOf(f),
      edition: ctx.edition.label,
      previous: prev,
      change: prev.change,
      relative: prev.relative,
      direction: prev.direction,
    },
  });
}

/** A main figure per period with a part of it ("waarvan …") of the same period and scenario. */
export function withPart(
  ctx: Ctx,
  main: NamedIndicator,
  part: NamedIndicator | null,
  kind: string,
  section: SectionId,
  opts: { change?: boolean } = {},
): Statement[] {
  const out: Statement[] = [];
  for (const period of statedPeriodsOf(ctx, main)) {
    const f = stated(ctx, main, period);
    if (!f) continue;
    const p = part ? (companion(ctx, part, period, f) ?? null) : null;
    const key = `${main}-${period}`;
    // Only a forecast has an earlier edition to be revised against.
    const forecast = 'edition' in f ? f : null;
    const prev = opts.change && forecast ? previousOf(ctx, forecast) : null;
    out.push(
      statement({
        ctx,
        key,
        section,
        kind,
        paragraph: main,
        figures: [f, p ?? undefined],
        extraSources: [prev?.source],
        facts: {
          label: label(ctx, main),
          /** mpp, or the kind of a figure that is not the edition's (an outlook is worded as one). */
          kind: 'kind' in f ? f.kind : 'mpp',
          period,
          scenario: scenarioOf(f),
          value: f.value,
          qualifier: f.qualifier,
          part: p ? { value: p.value, qualifier: p.qualifier } : null,
        },
      }),
    );
    if (prev && forecast) out.push(changeStatement(ctx, forecast, prev, section, `${key}-change`));
  }
  return out;
}

