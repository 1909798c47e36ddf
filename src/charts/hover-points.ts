/**
 * The points a chart's values can be read at, from vega's scene graph after rendering: each named
 * point or bar with a value, where it is drawn (in the SVG's own units) and its value in Dutch.
 * The site's hover script (templates/site/assets/hover.js) shows the label of the point nearest the
 * pointer, or of the one chosen with the arrow keys.
 */
import { SCENARIO, type Scenario } from '../data/vocabulary.ts';
import { formatNumber, formatPeriodShort } from '../format/dutch.ts';

/** x, y in the SVG's units, and the label: "MPP 2024-I, 2024: 69.800 (49.800 tot 78.500)". */
export type HoverPoint = [number, number, string];

interface SceneItem {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  datum?: Record<string, unknown>;
  items?: SceneNode[];
}
interface SceneNode {
  marktype?: string;
  name?: string;
  items?: SceneItem[];
}

const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const round = (n: number) => Math.round(n * 10) / 10;

function label(d: Record<string, unknown>): string | null {
  const value = num(d.value) ? d.value : num(d.bedrag) ? d.bedrag : null;
  if (value === null) return null;
  const series =
    (typeof d.reeks === 'string' && d.reeks) ||
    (typeof d.editie === 'string' && d.editie) ||
    (typeof d.scenario === 'string' && d.scenario in SCENARIO && SCENARIO[d.scenario as Scenario].label) ||
    (typeof d.soort === 'string' && d.soort) ||
    '';
  const period = typeof d.period === 'string' ? formatPeriodShort(d.period) : '';
  const band = num(d.lo) && num(d.hi) ? ` (${formatNumber(d.lo)} tot ${formatNumber(d.hi)})` : '';
  const real = num(d.realisation) ? `; realisatie ${formatNumber(d.realisation)}` : '';
  const text = typeof d.tekst === 'string' ? d.tekst : formatNumber(value);
  const head = [series, period].filter(Boolean).join(', ');
  return `${head ? `${head}: ` : ''}${text}${band}${real}`;
}

/**
 * Every point or bar with a value in the scene graph under `root`, in drawing order, in the SVG's
 * units: vega draws the scene graph translated by `offset` (the view's padding and origin).
 */
export function hoverPoints(root: SceneNode, offset: readonly [number, number] = [0, 0]): HoverPoint[] {
  const out: HoverPoint[] = [];
  const seen = new Set<string>();
  const walk = (node: SceneNode, dx: number, dy: number) => {
    for (const it of node.items ?? []) {
      if (node.marktype === 'group') {
        for (const child of it.items ?? []) walk(child, dx + (it.x ?? 0), dy + (it.y ?? 0));
        continue;
      }
      // Only the chart's own named marks: axes and legends have no name.
      if (!node.name || !it.datum || (node.marktype !== 'symbol' && node.marktype !== 'rect')) continue;
      const text = label(it.datum);
      if (text === null) continue;
      const x = round(dx + (it.x ?? 0) + (node.marktype === 'rect' ? (it.width ?? 0) : 0));
      const y = round(dy + (it.y ?? 0) + (node.marktype === 'rect' ? (it.height ?? 0) / 2 : 0));
      const key = `${x}|${y}|${text}`;
      if (!seen.has(key)) (seen.add(key), out.push([x, y, text]));
    }
  };
  walk(root, offset[0], offset[1]);
  return out;
}
