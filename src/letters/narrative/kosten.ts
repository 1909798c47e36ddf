/**
 * The kosten section: the cost per reception place by type (letter to the Kamer), the norm for the
 * municipal reception of Ukrainians, the one-off HAR-plus amount, and the cost calculations of the
 * edition (letter to the Kamer). Only cost figures whose source was out when the edition appeared.
 */
import type { CostType } from '../../data/schema.ts';
import { COST_TYPE, COST_TYPES } from '../../data/vocabulary.ts';
import { formatMoney } from '../../format/dutch.ts';
import { DAYS_PER_YEAR } from '../../model/costs.ts';
import { knownSources } from '../plan.ts';
import { costRef, type Ctx, direction, sourceOfRow, type Statement, statement } from './shared.ts';
import { rowId } from '../../data/schema.ts';

/** The cost types with a cost per reception place that a sentence names. */
const PLACE_TYPES = COST_TYPES.filter((t) => COST_TYPE[t].place !== null);

/** Cost rows whose source was out when the edition was published; an amount only a member's question gives is not the minister's to state. */
function knownCosts(ctx: Ctx) {
  const known = knownSources(ctx.data, ctx.edition);
  return ctx.data.costs.filter((c) => known(c.source) && c.voice !== 'question');
}

export function kosten(ctx: Ctx): Statement[] {
  const out: Statement[] = [];
  const known = knownCosts(ctx);
  const latest = (type: CostType) =>
    known.filter((c) => c.type === type).sort((a, b) => b.price_year - a.price_year || a.source.localeCompare(b.source));
  const kamer = ctx.letter === 'tweede-kamer';
  const cost = (type: CostType, priceYear: number) =>
    ctx.model.placeCosts.find((p) => p.type === type && p.priceYear === priceYear)!;

  if (kamer) {
    for (const type of PLACE_TYPES) {
      const row = latest(type)[0];
      if (!row) continue;
      const pc = cost(type, row.price_year);
      out.push(
        statement({
          ctx,
          key: `cost-${type}-${row.price_year}`,
          section: 'kosten',
          kind: 'costPlace',
          paragraph: 'cost-places',
          figures: [],
          derived:
            `het bedrag per jaar gedeeld door ${DAYS_PER_YEAR} dagen` +
            (type === 'regular' ? '' : `, en gedeeld door de ${formatMoney(cost('regular', row.price_year).perYear)} van een reguliere opvangplek`),
          extraSources: [row.source],
          refs: [
            costRef(type, row.price_year),
            `perDay(${costRef(type, row.price_year)})`,
            type === 'regular' ? null : `ratio(${costRef(type, row.price_year)}, ${costRef('regular', row.price_year)})`,
          ],
          facts: {
            type,
            priceYear: row.price_year,
            perYear: pc.perYear,
            perDay: pc.perDay,
            qualifier: row.qualifier,
            multiple: type === 'regular' ? null : pc.multipleOfRegular,
          },
        }),
      );
    }
  }

  const norms = latest('ukraine-norm');
  if (norms.length > 0) {
    const [to, from] = norms;
    const toCost = cost('ukraine-norm', to!.price_year);
    const fromCost = from ? cost('ukraine-norm', from.price_year) : null;
    out.push(
      statement({
        ctx,
        key: 'cost-ukraine-norm',
        section: 'kosten',
        kind: from ? 'costNormChange' : 'costNorm',
        paragraph: 'cost-municipal',
        figures: [],
        extraSources: [to!.source, from?.source],
        refs: [
          costRef('ukraine-norm', to!.price_year),
          `perYear(${costRef('ukraine-norm', to!.price_year)})`,
          from ? costRef('ukraine-norm', from.price_year) : null,
          from ? `perYear(${costRef('ukraine-norm', from.price_year)})` : null,
        ],
        facts: {
          toYear: to!.price_year,
          toNight: to!.amount,
          toPerYear: toCost.perYear,
          fromYear: from?.price_year ?? null,
          fromNight: from?.amount ?? null,
          fromPerYear: fromCost?.perYear ?? null,
          direction: from ? direction(to!.amount - from.amount) : 'same',
        },
      }),
    );
  }

  const harPlus = latest('har-plus')[0];
  if (harPlus) {
    out.push(
      statement({
        ctx,
        key: `cost-har-plus-${harPlus.price_year}`,
        section: 'kosten',
        kind: 'costOneOff',
        paragraph: 'cost-municipal',
        figures: [],
        extraSources: [harPlus.source],
        refs: [costRef('har-plus', harPlus.price_year)],
        facts: { type: 'har-plus', priceYear: harPlus.price_year, amount: harPlus.amount },
      }),
    );
  }

  if (kamer) {
    const published = knownSources(ctx.data, ctx.edition);
    for (const calc of ctx.model.costCalculations) {
      const scenario = ctx.data.costScenarios.find((s) => s.id === calc.id)!;
      const inputs = calc.rows.filter((r) => r.startsWith('costs/')).map(sourceOfRow);
      const all = [scenario.source, ...inputs];
      if (!all.every(published)) continue;
      out.push(
        statement({
          ctx,
          key: `calc-${calc.id}`,
          section: 'kosten',
          kind: calc.kind === 'conversion' ? 'costConversion' : 'costMix',
          paragraph: `calc-${calc.id}`,
          figures: [],
          extraSources: all,
          refs: [
            ...['places', 'share', 'rounded', 'regular'].map((part) => `derived("${calc.id}", "${part}")`),
            ...calc.rows.filter((r) => r.startsWith('costs/')).map((r) => {
              const c = ctx.data.costs.find((x) => rowId('costs', x) === r)!;
              return costRef(c.type, c.price_year);
            }),
          ],
          facts: {
            places: calc.places,
            share: calc.emergencyShare,
            priceYear: calc.priceYear,
            emergency: calc.emergencyPerYear,
            regular: calc.regularPerYear,
            basis: scenario.regular_basis,
            total: calc.total,
          },
        }),
      );
    }
  }
  return out;
}
