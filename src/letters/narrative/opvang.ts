/**
 * The opvang section: the COA occupancy with its statushouders (letter to the Kamer), the
 * statushouders in reception otherwise, the COA capacity need and the Spreidingswet estimate.
 */
import { INDICATOR } from '../../data/indicators.ts';
import { withPart } from './figures.ts';
import { central, coverKey, type Ctx, of, periodsOf, scenarioOf, type Statement, statement } from './shared.ts';

export function opvang(ctx: Ctx): Statement[] {
  const occupancy =
    ctx.letter === 'tweede-kamer' ? withPart(ctx, INDICATOR.occupancy, INDICATOR.occupancyStatushouders, 'occupancy', 'opvang') : [];
  return [
    ...occupancy,
    ...statushouders(ctx, new Set(occupancy.flatMap((s) => s.covers))),
    ...withPart(ctx, INDICATOR.capacityNeed, INDICATOR.capacityNeedAmv, 'capacityNeed', 'opvang', { change: true }),
    ...withPart(ctx, INDICATOR.spreidingswet, INDICATOR.spreidingswetAmv, 'spreidingswet', 'opvang'),
  ];
}

/** Statushouders in reception for the periods no occupancy sentence mentions them. */
function statushouders(ctx: Ctx, covered: Set<string>): Statement[] {
  const indicator = INDICATOR.occupancyStatushouders;
  const out: Statement[] = [];
  for (const period of periodsOf(ctx, indicator)) {
    const f = central(ctx, of(ctx, indicator, period), indicator);
    if (!f || covered.has(coverKey(f))) continue;
    out.push(
      statement({
        ctx,
        key: `${indicator}-${period}`,
        section: 'opvang',
        kind: 'statushouders',
        paragraph: INDICATOR.occupancy,
        figures: [f],
        facts: { period, scenario: scenarioOf(f), value: f.value, qualifier: f.qualifier },
      }),
    );
  }
  return out;
}
