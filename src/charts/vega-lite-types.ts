/**
 * The Vega-Lite types the chart specs are written against, so that a wrong property name or value
 * in a spec fails the type check instead of reaching vega. vega-lite's entry point exports
 * `TopLevelSpec` but not the types of a spec's parts; those come from its declaration files, which
 * the package exports as `vega-lite/types_unstable/…`. Should they move in another version of
 * vega-lite, the type check fails here.
 */
import type {
  ColorDef,
  Field,
  NumericArrayMarkPropDef,
  PositionDef,
  PositionFieldDef,
  ShapeDef,
} from 'vega-lite/types_unstable/channeldef.js';
import type { GenericVConcatSpec, LayerSpec, NonNormalizedSpec, TopLevel, UnitSpec } from 'vega-lite/types_unstable/spec/index.js';

export type { MarkDef } from 'vega-lite/types_unstable/mark.js';

/** A chart of layers drawn over each other (scenarios, vintages, costs). */
export type LayerChart = TopLevel<LayerSpec<Field>>;
/** A chart of panels stacked vertically (realised). */
export type VConcatChart = TopLevel<GenericVConcatSpec<NonNormalizedSpec>>;
/** One panel of a vertically stacked chart: layers drawn over each other. */
export type Panel = LayerSpec<Field>;
/** One mark with its data and encoding: a layer of a layered chart. */
export type Layer = UnitSpec<Field>;

/** An x or y encoding. */
export type Position = PositionDef<Field>;
/** An x or y encoding without its field: the scale and axis that several layers share, each with its own field. */
export type PositionOfAField = Omit<PositionFieldDef<Field>, 'field'>;
export type Colour = ColorDef<Field>;
export type Shape = ShapeDef<Field>;
export type Dash = NumericArrayMarkPropDef<Field>;
