/**
 * Rendering Vega-Lite specs to SVG at build time with vega, in a Dutch number and date locale.
 * The same SVG serves the site and the letters. Every render gets its own View: no global locale.
 */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import nlNumber from 'd3-format/locale/nl-NL' with { type: 'json' };
import nlTime from 'd3-time-format/locale/nl-NL' with { type: 'json' };
import { escapeHtml } from '../format/escape.ts';
import { hoverPoints, type HoverPoint } from './hover-points.ts';
import { vegaTextWidth } from './text-width.ts';

// Lay text out by the widths of the font the charts are drawn in (text-width.ts), not by vega's
// estimate for a missing canvas. One fixed function, set once: renders stay deterministic.
// vega exports textMetrics (vega-scenegraph) without a type for it.
(vega as unknown as { textMetrics: { width: typeof vegaTextWidth } }).textMetrics.width = vegaTextWidth;

// The Dutch locales d3 ships, with two fields set back to what the charts have always used: the
// currency symbol followed by a plain space (nl-NL has a no-break space) and no AM/PM markers.
const LOCALE = {
  number: { ...nlNumber, currency: ['€ ', ''] },
  time: { ...nlTime, periods: ['', ''] },
};

const escapeAttr = escapeHtml;

/** The SVG, and the points its values can be read at (hover-points.ts). */
export async function renderChart(spec: TopLevelSpec, label: string): Promise<{ svg: string; points: HoverPoint[] }> {
  const compiled = compile(spec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', locale: LOCALE } as unknown as vega.ViewOptions);
  try {
    const svg = await view.toSVG();
    // Vega marks carry their own English ARIA roles and labels even with `aria: false` for some
    // marks; strip them all so the chart is exactly one image with the Dutch text alternative.
    const plain = svg.replace(/\s(role|aria-[a-z]+)="[^"]*"/g, '');
    // In the SVG's own units: the scene graph's coordinates plus the offset the SVG translates them
    // by, which vega makes of the view's padding and origin.
    const [ox, oy] = view.origin();
    const pad = view.padding() as { left: number; top: number };
    const points = hoverPoints((view.scenegraph() as unknown as { root: Parameters<typeof hoverPoints>[0] }).root, [pad.left + ox, pad.top + oy]);
    return { svg: plain.replace('<svg ', `<svg role="img" focusable="false" aria-label="${escapeAttr(label)}" `), points };
  } finally {
    view.finalize();
  }
}
