/**
 * How an edition and the realisation look in every chart, from the colour vocabulary: the same
 * edition has the same colour and point shape on every page and in every letter.
 */
import { editionColours, REALISATION } from './colours.ts';

export const REALISATION_LABEL = 'Realisatie';

/** Point shapes of the editions, oldest first (repeating after eight); the realisation is a circle. */
const SHAPES = ['square', 'triangle-up', 'diamond', 'triangle-down', 'cross', 'triangle-right', 'triangle-left', 'wedge'];

export interface SeriesStyle {
  colour: string;
  shape: string;
  /** Dash pattern of the line: forecasts dashed, the realisation solid. */
  dash: number[];
}

/** The style of every edition (by id) in `order`, oldest first. */
export function editionStyles(order: readonly string[]): Map<string, SeriesStyle> {
  const colours = editionColours(order);
  return new Map(order.map((id, i) => [id, { colour: colours.get(id)!, shape: SHAPES[i % SHAPES.length]!, dash: [6, 3] }]));
}

export const REALISATION_STYLE: SeriesStyle = { colour: REALISATION, shape: 'circle', dash: [] };
