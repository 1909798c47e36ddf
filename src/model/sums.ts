/**
 * Realisations the model adds up where no source prints the total: the MPP's total asylum inflow
 * includes resettlement, the IND's and the minister's "totale asielinstroom" does not, and the
 * minister's answer of 4 March 2025 gives both parts for 2024. Every summed figure says so and how,
 * and is made only from parts of one source and one period, never over a printed total.
 */
import { INDICATOR } from '../data/indicators.ts';
import { isRounded } from '../data/vocabulary.ts';
import { type Actual, comparePlaces } from './figures.ts';

export interface SumRule {
  indicator: string;
  parts: string[];
  /** How the sum is made, in Dutch, for the page that shows it. */
  how: string;
}

export const SUMS: SumRule[] = [
  {
    indicator: INDICATOR.inflowTotal,
    parts: [INDICATOR.inflowTotalExclResettlement, INDICATOR.inflowResettlement],
    how: 'de totale asielinstroom zonder hervestiging plus de hervestiging',
  },
];

export function summedActuals(actuals: Actual[], rules: SumRule[] = SUMS): Actual[] {
  const at = (indicator: string, region: string | null, period: string) =>
    actuals.find((a) => a.indicator === indicator && a.region === region && a.period === period);
  const out: Actual[] = [];
  for (const rule of rules) {
    const places = actuals.filter((a) => a.indicator === rule.parts[0]);
    for (const first of places) {
      if (at(rule.indicator, first.region, first.period)) continue; // a printed total wins
      const parts = rule.parts.map((p) => at(p, first.region, first.period));
      if (parts.some((p) => p === undefined)) continue;
      const ps = parts as Actual[];
      if (new Set(ps.map((p) => p.source)).size !== 1 || ps.some((p) => p.valueHigh !== null)) continue;
      // Persons and applications are not added up (indicators.csv other_units lets a source count a part in persons).
      if (ps.some((p) => p.unit !== first.unit)) continue;
      out.push({
        indicator: rule.indicator,
        region: first.region,
        period: first.period,
        value: ps.reduce((sum, p) => sum + p.value, 0),
        valueHigh: null,
        // A sum of a rounded part is rounded too.
        qualifier: ps.some((p) => isRounded(p.qualifier)) ? 'ca.' : null,
        qualifierScope: null,
        unit: first.unit,
        source: first.source,
        voice: first.voice,
        rows: ps.flatMap((p) => p.rows),
        discrepancy: null,
        computed: { how: rule.how, parts: ps.map((p) => ({ indicator: p.indicator, value: p.value, qualifier: p.qualifier })) },
      });
    }
  }
  return out.sort(comparePlaces);
}
