/**
 * The sizes a chart is rendered at, and what every spec shares. Each chart is rendered three times
 * at build time, so that its text is drawn at its own size instead of a wide SVG scaled down:
 *
 * - `narrow`: phones. 328 px wide, the width of the text column on a 360 px screen, so that the
 *   12 px text is drawn at 12 px there (the site scales it up, never down, between 360 px and the
 *   wide breakpoint);
 * - `wide`: the column of 40rem on a tablet or desktop;
 * - `print`: the letters' text column on A4 (118 mm = 446 CSS px), 11 px = 8.25 pt text.
 *
 * `autosize: fit-x` makes the SVG exactly `width` wide, axes, labels and legend included; the
 * height grows with the legend.
 */
import { AXIS, BACKGROUND, GRID, INK } from './colours.ts';
import type { LayerChart } from './vega-lite-types.ts';

export const VARIANTS = ['wide', 'narrow', 'print'] as const;
export type Variant = (typeof VARIANTS)[number];

export interface Layout {
  variant: Variant;
  /** Width of the whole SVG, px. */
  width: number;
  /** Height of the plot area of a line chart, px. */
  height: number;
  /** Every text in the chart, px. */
  font: number;
  /** Columns of a legend. */
  legendColumns: number;
}

export const LAYOUTS: Record<Variant, Layout> = {
  wide: { variant: 'wide', width: 600, height: 280, font: 12, legendColumns: 3 },
  narrow: { variant: 'narrow', width: 328, height: 220, font: 12, legendColumns: 2 },
  print: { variant: 'print', width: 446, height: 210, font: 11, legendColumns: 3 },
};

export const FONT = 'Fira Sans, Arial, sans-serif';

/** What every chart has at its top level; `width` and `autosize` are for a chart that is one view wide. */
export type Shared = Required<Pick<LayerChart, '$schema' | 'width' | 'autosize' | 'padding' | 'background' | 'config'>>;

/** The top-level properties and config every chart shares, at one layout. */
export function base(l: Layout): Shared {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: l.width,
    autosize: { type: 'fit-x', contains: 'padding' },
    padding: { left: 2, right: 4, top: 6, bottom: 2 },
    background: BACKGROUND,
    config: {
      // The page gives each chart one text alternative (aria-label) and a data table; vega's own
      // English per-mark ARIA attributes are switched off.
      aria: false,
      font: FONT,
      axis: {
        labelFontSize: l.font,
        titleFontSize: l.font,
        titleFontWeight: 'normal',
        labelColor: INK,
        titleColor: INK,
        domainColor: AXIS,
        tickColor: AXIS,
        gridColor: GRID,
      },
      legend: {
        labelFontSize: l.font,
        titleFontSize: l.font,
        orient: 'bottom',
        direction: 'horizontal',
        columns: l.legendColumns,
        labelLimit: Math.floor(l.width / l.legendColumns) - 30,
        labelColor: INK,
        symbolStrokeWidth: 2,
        symbolSize: 80,
      },
      text: { fontSize: l.font, color: INK },
      title: { fontSize: l.font + 1, anchor: 'start', color: INK, fontWeight: 600 },
      view: { stroke: null },
    },
  };
}

/** A round upper end for a value axis that starts at zero: 1, 2, 2.5 or 5 times a power of ten. */
export function niceTop(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

/**
 * Vertical positions for labels that must not overlap: `ys` in px (down is larger), each label
 * `gap` px tall, kept within [0, height]. Labels keep their order; each moves as little as it can.
 */
export function dodge(ys: readonly number[], gap: number, height: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => o.y);
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k]!, placed[k - 1]! + gap);
  const overflow = placed.length ? placed[placed.length - 1]! - height : 0;
  if (overflow > 0) {
    placed[placed.length - 1] = height;
    for (let k = placed.length - 2; k >= 0; k--) placed[k] = Math.min(placed[k]!, placed[k + 1]! - gap);
  }
  const out = new Array<number>(ys.length);
  order.forEach((o, k) => (out[o.i] = placed[k]!));
  return out;
}
