/**
 * The one colour vocabulary of the charts, site and letters alike. Every colour means one thing:
 *
 * - scenarios are an ordered ramp in one hue (blue): the lower the scenario, the lighter;
 * - editions are a sequence in another hue (violet): the older the edition, the lighter;
 * - the realisation is always the same ink, the text colour, drawn as a solid line;
 * - an amount with no scenario or edition (a cost) is drawn in the neutral bar colour.
 *
 * No colour says "up is bad" or "down is good": a rise in the inflow is neither. Every colour that
 * carries meaning has at least 3:1 contrast against the white background (WCAG 1.4.11); the band
 * fills are a tint behind lines and points that carry the same figures, and no chart tells its
 * series apart by colour alone (direct labels, point shapes and dashes do it too).
 */
import type { Scenario } from '../data/schema.ts';

export const BACKGROUND = '#ffffff';
/** Text, and the realisation: the one ink that means "what happened". */
export const INK = '#1a1a1a';
export const REALISATION = INK;
/** Axis lines and ticks (4.5:1); grid lines are a lighter, decorative grey. */
export const AXIS = '#6f6f6f';
export const GRID = '#dcdcdc';
/** Bars of an amount that belongs to no scenario or edition. */
export const NEUTRAL = '#01689b';

/**
 * The scenario ramp, lowest first: minimum, then mediaan (50 % chance of exceedance), medio (33 %:
 * higher than the mediaan), maximum. A single figure (`point`) is a central figure and takes the
 * colour of medio.
 */
export const SCENARIO_COLOUR: Record<Scenario, string> = {
  minimum: '#5b8ec4',
  mediaan: '#2f74b5',
  medio: '#0b5a94',
  maximum: '#0b2a4a',
  point: '#0b5a94',
};
/** The tint of the band between the minimum and maximum scenario (behind the lines, decorative). */
export const SCENARIO_BAND = '#dde8f3';

/**
 * Whether a realisation fell inside the edition's band (the accuracy chart): inside, outside, or
 * no band given. Neither is "good" or "bad" (the scenarios are not confidence intervals), so no
 * red or green; the three are told apart by shape too (circle, triangle, square).
 */
export const BAND_VERDICT_COLOUR = { inside: NEUTRAL, outside: '#8a4b00', none: AXIS } as const;

/** The lightest and the darkest edition colour; the editions in between are spread evenly. */
const EDITION_LIGHT = '#9a79bf';
const EDITION_DARK = '#3d1163';
/** Opacity of an edition's band fill: its outline is in the full edition colour. */
export const BAND_FILL_OPACITY = 0.14;

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const toHex = (c: number[]) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
const linear = (v: number) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);

/**
 * The colour of each edition, `order` oldest first: the oldest is the lightest, the newest the
 * darkest, mixed in sRGB (close enough to even steps in lightness for one hue). A lone edition
 * gets the darkest.
 */
export function editionColours(order: readonly string[]): Map<string, string> {
  const [a, b] = [channels(EDITION_LIGHT), channels(EDITION_DARK)];
  return new Map(
    order.map((id, i) => {
      const t = order.length === 1 ? 1 : i / (order.length - 1);
      return [id, toHex(a.map((v, k) => v + (b[k]! - v) * t))];
    }),
  );
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map(linear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string = BACKGROUND): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
