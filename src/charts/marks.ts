/** Pieces of specs that several charts use: the value axis, the band of an edition or a set of scenarios. */
import type { Unit } from '../data/schema.ts';
import { dodge, niceTop, type Layout } from './layout.ts';
import type { PositionOfAField } from './vega-lite-types.ts';

/** A value axis from zero to a round number above `max`, Dutch digits ("40.000"). */
export function valueY(max: number, unit: Unit): { top: number; encoding: PositionOfAField } {
  const top = niceTop(max);
  return {
    top,
    encoding: {
      type: 'quantitative',
      title: unit === 'percent' ? 'procent' : null,
      scale: { domain: [0, top], nice: false, zero: true },
      axis: { format: ',~r', tickCount: 5 },
    },
  };
}

/** Width in px of the bar that shows a band at a single period (no neighbour to draw an area to). */
export const barWidth = (l: Layout) => (l.variant === 'wide' ? 18 : 14);

/**
 * Direct labels at the right end of lines that end at the same instant: the label's value moved
 * just enough that no two overlap, for a value axis [0, top] drawn `l.height` px tall.
 */
export function dodgedLabels<T extends { value: number }>(ends: T[], top: number, l: Layout): (T & { labelValue: number })[] {
  const px = ends.map((e) => l.height * (1 - e.value / top));
  const placed = dodge(px, l.font + 2, l.height);
  return ends.map((e, i) => ({ ...e, labelValue: top * (1 - placed[i]! / l.height) }));
}
