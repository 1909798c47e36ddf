/**
 * The cost of a reception place per year, by type, one chart per price year. The name of each
 * type stands above its bar and the amount at its end, so a long name never squeezes the bars on
 * a phone; the bars are in the neutral colour (no scenario, no edition).
 */
import { COST_TYPE } from '../data/vocabulary.ts';
import { formatMoney, formatNumber } from '../format/dutch.ts';
import type { Model } from '../model/index.ts';
import { INK, NEUTRAL } from './colours.ts';
import { chartId } from './ids.ts';
import { base, niceTop, type Layout } from './layout.ts';
import { atEveryLayout, type ChartSpec } from './spec.ts';
import type { LayerChart, Position } from './vega-lite-types.ts';

export function costCharts(model: Model): ChartSpec[] {
  const years = [...new Set(model.placeCosts.filter((c) => c.type === 'regular').map((c) => c.priceYear))].sort();
  return years.map((year, i) => {
    const costs = model.placeCosts
      .filter((c) => c.priceYear === year && c.stated === 'per-year')
      .sort((a, b) => b.perYear - a.perYear);
    const description =
      `Staafdiagram: kosten van een opvangplek per jaar naar soort opvang, prijspeil ${year}. ` +
      costs.map((c) => `${COST_TYPE[c.type].label} ${formatMoney(c.perYear)}`).join(', ') +
      '.';
    const values = costs.map((c) => ({ soort: COST_TYPE[c.type].label, bedrag: c.perYear, tekst: formatMoney(c.perYear) }));
    // Room at the right for the amount after the longest bar.
    const top = niceTop(Math.max(...costs.map((c) => c.perYear)) * 1.3);
    const make = (l: Layout): LayerChart => {
      const bar = Math.round(l.font * 1.2);
      const row = Math.round(l.font * 3.4);
      const x: Position = { field: 'bedrag', type: 'quantitative', title: null, axis: null, scale: { domain: [0, top], nice: false } };
      const y: Position = { field: 'soort', type: 'nominal', sort: null, title: null, axis: null, scale: { paddingInner: 0, paddingOuter: 0 } };
      return {
        ...base(l),
        height: row * costs.length,
        description,
        data: { values },
        encoding: { y },
        layer: [
          { name: 'bars', mark: { type: 'bar', color: NEUTRAL, height: bar, yOffset: l.font * 0.55 }, encoding: { x } },
          {
            name: 'names',
            mark: { type: 'text', align: 'left', baseline: 'bottom', x: 0, yOffset: -bar / 2 + l.font * 0.55 - 3, color: INK },
            encoding: { text: { field: 'soort' } },
          },
          {
            name: 'amounts',
            mark: { type: 'text', align: 'left', baseline: 'middle', dx: 5, yOffset: l.font * 0.55, color: INK },
            encoding: { x, text: { field: 'tekst' } },
          },
        ],
      };
    };
    return {
      id: chartId.costs(year, i === years.length - 1),
      title: `Kosten per opvangplek per jaar (prijspeil ${year})`,
      description,
      variants: atEveryLayout(make),
      data: {
        columns: ['type', 'price_year', 'per_year', 'per_day', 'multiple_of_regular'],
        rows: costs.map((c) => ({
          type: c.type,
          price_year: year,
          per_year: c.perYear,
          per_day: Math.round(c.perDay * 100) / 100,
          multiple_of_regular: c.multipleOfRegular === null ? null : Math.round(c.multipleOfRegular * 1e4) / 1e4,
        })),
      },
      table: {
        columns: ['Soort opvang', 'Per jaar', 'Per dag', 'Maal een reguliere plek'],
        rows: costs.map((c) => [
          COST_TYPE[c.type].label,
          formatMoney(c.perYear),
          formatMoney(c.perDay, { decimals: 2 }),
          c.multipleOfRegular === null ? '–' : `${formatNumber(c.multipleOfRegular, 1)} ×`,
        ]),
      },
    };
  });
}
