/**
 * One chart per indicator (the indicator page): for each edition its central forecast as a dashed
 * line and its minimum–maximum range as a band, the realisation as a solid line on top. Periods
 * along a time axis; editions told apart by colour (older lighter), point shape and the legend.
 */
import { formatNumber, formatPeriodShort, inSentence } from '../format/dutch.ts';
import type { Model } from '../model/index.ts';
import { comparePeriods } from '../data/period.ts';
import type { Dataset } from '../data/schema.ts';
import { BAND_FILL_OPACITY } from './colours.ts';
import { chartId } from './ids.ts';
import { base, type Layout } from './layout.ts';
import { barWidth, valueY } from './marks.ts';
import { REALISATION_LABEL, REALISATION_STYLE, editionStyles } from './series.ts';
import { atEveryLayout, type ChartSpec } from './spec.ts';
import { dateOf, segments, timeX } from './time.ts';
import type { Colour, Dash, Layer, LayerChart, MarkDef, Position, Shape } from './vega-lite-types.ts';
import { lookup } from '../data/lookup.ts';
import { type Unit, UNIT } from '../data/vocabulary.ts';

interface Point {
  t: string;
  period: string;
  reeks: string;
  value: number;
  seg: number;
  /** The unit a realisation is counted in where it differs from the indicator's (CBS counts persons). */
  otherUnit?: Unit;
}

interface Band {
  t: string;
  reeks: string;
  lo: number;
  hi: number;
  seg: string;
}

export function vintageCharts(data: Dataset, model: Model): ChartSpec[] {
  const out: ChartSpec[] = [];
  const styles = editionStyles(model.editionOrder);
  const find = lookup(data);
  const labelOf = find.editionLabel;
  const indicators = [...new Set([...model.vintages.map((v) => v.indicator), ...model.actuals.map((a) => a.indicator)])].sort();
  for (const indicator of indicators) {
    const vint = model.vintages.filter((v) => v.indicator === indicator && v.region === null);
    const actual = model.actuals
      .filter((a) => a.indicator === indicator && a.region === null)
      .sort((a, b) => comparePeriods(a.period, b.period));
    const editions = model.editionOrder.filter((e) => vint.some((v) => v.forecasts.some((f) => f.edition === e)));
    const forecasts: Point[] = [];
    const bands: Band[] = [];
    for (const e of editions) {
      const mine = vint
        .flatMap((v) => v.forecasts.filter((f) => f.edition === e).map((f) => ({ period: v.period, f })))
        .sort((a, b) => comparePeriods(a.period, b.period));
      const seg = segments(mine.map((m) => m.period));
      mine.forEach(({ period, f }, i) => {
        forecasts.push({ t: dateOf(period), period, reeks: labelOf(e), value: f.value, seg: seg[i]! });
      });
      const banded = mine.filter((m) => m.f.minimum !== null && m.f.maximum !== null);
      const bandSeg = segments(banded.map((m) => m.period));
      banded.forEach(({ period, f }, i) =>
        bands.push({ t: dateOf(period), reeks: labelOf(e), lo: f.minimum!, hi: f.maximum!, seg: `${e}-${bandSeg[i]}` }),
      );
    }
    const realSeg = segments(actual.map((a) => a.period));
    const own = find.unit(indicator);
    const realised: Point[] = actual.map((a, i) => ({
      t: dateOf(a.period),
      period: a.period,
      reeks: REALISATION_LABEL,
      value: a.value,
      seg: realSeg[i]!,
      ...(a.unit !== own ? { otherUnit: a.unit } : {}),
    }));
    if (forecasts.length + realised.length < 2) continue;

    // A band over two or more periods that follow each other is an area; on its own, a bar.
    const runLength = new Map<string, number>();
    for (const b of bands) runLength.set(b.seg, (runLength.get(b.seg) ?? 0) + 1);
    const areas = bands.filter((b) => runLength.get(b.seg)! > 1);
    const bars = bands.filter((b) => runLength.get(b.seg) === 1);

    const reeksen = [...editions.map(labelOf), ...(realised.length ? [REALISATION_LABEL] : [])];
    const style = (r: string) => (r === REALISATION_LABEL ? REALISATION_STYLE : styles.get(editions.find((e) => labelOf(e) === r)!)!);
    const label = find.label(indicator);
    const unit = find.unit(indicator);
    const periods = [...new Set([...realised, ...forecasts].map((p) => p.period))].sort(comparePeriods);
    const y = valueY(Math.max(...[...realised, ...forecasts].map((p) => p.value), ...bands.map((b) => b.hi)), unit);

    const bandText = (r: string, period: string) => {
      const b = bands.find((x) => x.reeks === r && x.t === dateOf(period));
      return b ? ` (${formatNumber(b.lo)} tot ${formatNumber(b.hi)})` : '';
    };
    const description =
      `Lijndiagram: ${inSentence(label)}, ` +
      reeksen
        .map(
          (r) =>
            `${r === REALISATION_LABEL ? 'realisatie' : `raming ${r}`}: ` +
            [...realised, ...forecasts]
              .filter((s) => s.reeks === r)
              .map((s) => `${formatPeriodShort(s.period)} ${formatNumber(s.value)}${s.otherUnit ? ` ${UNIT[s.otherUnit].label}` : ''}${bandText(r, s.period)}`)
              .join(', '),
        )
        .join('; ') +
      (bands.length ? '. Tussen haakjes de bandbreedte van minimum tot maximum' : '') +
      '.';

    const make = (l: Layout): LayerChart => {
      const x: Position = { field: 't', ...timeX(periods, l) };
      const yEnc = y.encoding;
      const scale = { domain: reeksen, range: reeksen.map((r) => style(r).colour) };
      const bandColour: Colour = { field: 'reeks', type: 'nominal', title: null, scale };
      const series: Colour = {
        field: 'reeks',
        type: 'nominal',
        title: null,
        scale,
      };
      const shape: Shape = { field: 'reeks', type: 'nominal', title: null, scale: { domain: reeksen, range: reeksen.map((r) => style(r).shape) } };
      const dash: Dash = { field: 'reeks', type: 'nominal', title: null, scale: { domain: reeksen, range: reeksen.map((r) => style(r).dash) } };
      const bandMark = { fillOpacity: BAND_FILL_OPACITY, strokeWidth: 1 } satisfies Partial<MarkDef>;
      // Lines and their points as layers of their own, so that the points have a name to be found by.
      const line = (name: string, values: Point[], width: number): Layer[] => [
        {
          name,
          data: { values },
          mark: { type: 'line', strokeWidth: width },
          encoding: { x, y: { field: 'value', ...yEnc }, color: series, strokeDash: dash, detail: { field: 'seg' }, order: { field: 't', type: 'temporal' } },
        },
        {
          name: `${name}_points`,
          data: { values },
          mark: { type: 'point', filled: true, opacity: 1, size: l.font * 5 },
          encoding: { x, y: { field: 'value', ...yEnc }, color: series, shape },
        },
      ];
      return {
        ...base(l),
        height: l.height,
        description,
        layer: [
          ...(areas.length
            ? [{ name: 'band_area', data: { values: areas }, mark: { type: 'area', ...bandMark }, encoding: { x, y: { field: 'lo', ...yEnc }, y2: { field: 'hi' }, color: bandColour, stroke: bandColour, detail: { field: 'seg' } } } satisfies Layer]
            : []),
          ...(bars.length
            ? [{ name: 'band_bar', data: { values: bars }, mark: { type: 'bar', width: barWidth(l), ...bandMark }, encoding: { x, y: { field: 'lo', ...yEnc }, y2: { field: 'hi' }, color: bandColour, stroke: bandColour } } satisfies Layer]
            : []),
          ...(forecasts.length ? line('forecasts', forecasts, 2) : []),
          ...(realised.length ? line('realisations', realised, 2.5) : []),
        ],
      };
    };

    out.push({
      id: chartId.vintages(indicator),
      title: `${label}: ramingen en realisatie`,
      description,
      variants: atEveryLayout(make),
      data: {
        columns: ['indicator', 'period', 'series', 'edition', 'scenario', 'value', 'minimum', 'maximum'],
        rows: [
          ...actual.map((a) => ({ indicator, period: a.period, series: REALISATION_LABEL, edition: null, scenario: null, value: a.value, minimum: null, maximum: null })),
          ...editions.flatMap((e) =>
            vint
              .flatMap((v) => v.forecasts.filter((f) => f.edition === e).map((f) => ({ period: v.period, f })))
              .sort((a, b) => comparePeriods(a.period, b.period))
              .map(({ period, f }) => ({ indicator, period, series: labelOf(e), edition: e, scenario: f.scenario, value: f.value, minimum: f.minimum, maximum: f.maximum })),
          ),
        ],
      },
      table: {
        columns: ['Periode', ...reeksen],
        rows: periods.map((p) => [
          formatPeriodShort(p),
          ...reeksen.map((r) => {
            const s = [...realised, ...forecasts].find((x) => x.reeks === r && x.period === p);
            return s ? formatNumber(s.value) + bandText(r, p) : '–';
          }),
        ]),
      },
    });
  }
  return out;
}
