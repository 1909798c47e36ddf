/**
 * Cost comparisons: cost per place per year and per day, each type as a multiple of a regular place,
 * the yearly cost of a capacity mix, and the saving of turning emergency places into regular ones.
 * Price years are explicit: amounts of different price years are never combined.
 */
import { type Cost, type CostScenario, type CostType, rowId } from '../data/schema.ts';

export const DAYS_PER_YEAR = 365;

export interface PlaceCost {
  type: CostType;
  priceYear: number;
  perYear: number;
  perDay: number;
  /** perYear ÷ the regular place's perYear of the same price year; null when there is none. */
  multipleOfRegular: number | null;
  /** How the amount was stated in the source. */
  stated: 'per-year' | 'per-night';
  rows: string[];
}

/** Yearly and daily cost of every per-place cost; a nightly norm is turned into a yearly cost (× 365). */
export function placeCosts(costs: Cost[]): PlaceCost[] {
  const perPlace = costs.filter((c) => c.unit !== 'eur-one-off');
  const regular = new Map(perPlace.filter((c) => c.type === 'regular').map((c) => [c.price_year, c]));
  return perPlace.map((c) => {
    const perYear = c.unit === 'eur-per-place-per-night' ? c.amount * DAYS_PER_YEAR : c.amount;
    const reg = regular.get(c.price_year);
    return {
      type: c.type,
      priceYear: c.price_year,
      perYear,
      perDay: perYear / DAYS_PER_YEAR,
      multipleOfRegular: reg && c.type !== 'ukraine-norm' ? perYear / reg.amount : null,
      stated: c.unit === 'eur-per-place-per-night' ? 'per-night' : 'per-year',
      rows: reg && c.type !== 'regular' ? [rowId('costs', c), rowId('costs', reg)] : [rowId('costs', c)],
    };
  });
}

/** The cost of `type` in `priceYear`; the validator (src/data/validate.ts) makes sure every calculation has the costs it needs. */
function costOf(costs: Cost[], type: CostType, priceYear: number): Cost {
  const c = costs.find((x) => x.type === type && x.price_year === priceYear);
  if (!c) throw new Error(`invariant: validation lets no cost calculation through without its ${type} cost of ${priceYear}`);
  return c;
}

export interface CostCalculation {
  id: string;
  kind: CostScenario['kind'];
  label: string;
  places: number;
  emergencyShare: number;
  priceYear: number;
  emergencyPerYear: number;
  regularPerYear: number;
  /** How the regular cost was arrived at, in Dutch, for the reader. */
  regularBasis: string;
  /** mix: the yearly cost of all places; conversion: the yearly saving. */
  total: number;
  rows: string[];
}

/** Yearly cost of `places` places of which `emergencyShare` (0–1) are emergency places. */
export const mixCost = (places: number, emergencyShare: number, emergency: number, regular: number): number =>
  places * (emergencyShare * emergency + (1 - emergencyShare) * regular);

/** Yearly saving of turning `places` emergency places into regular ones. */
export const conversionSaving = (places: number, emergency: number, regular: number): number =>
  places * (emergency - regular);

export function costCalculations(costs: Cost[], scenarios: CostScenario[]): CostCalculation[] {
  return scenarios.map((s) => {
    const emergency = costOf(costs, 'emergency-average', s.price_year);
    const regularRow = s.regular_basis === 'regular' ? costOf(costs, 'regular', s.price_year) : null;
    const regular = regularRow ? regularRow.amount : emergency.amount / 2;
    const share = s.kind === 'conversion' ? 1 : s.emergency_share / 100;
    return {
      id: s.id,
      kind: s.kind,
      label: s.label,
      places: s.places,
      emergencyShare: share,
      priceYear: s.price_year,
      emergencyPerYear: emergency.amount,
      regularPerYear: regular,
      regularBasis: regularRow
        ? `kosten van een reguliere opvangplek (${s.price_year})`
        : 'aanname: een reguliere opvangplek kost ongeveer de helft van een noodopvangplek',
      total:
        s.kind === 'mix'
          ? mixCost(s.places, share, emergency.amount, regular)
          : conversionSaving(s.places, emergency.amount, regular),
      rows: [rowId('costScenarios', s), rowId('costs', emergency), ...(regularRow ? [rowId('costs', regularRow)] : [])],
    };
  });
}
