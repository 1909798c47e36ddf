/**
 * Forecast against realisation, one chart per indicator with a realised period that was forecast:
 * a panel per period, a row per edition (oldest at the top, so the panel reads as how the forecast
 * moved towards the outcome) with its band from minimum to maximum and its central forecast, and
 * the realisation as one solid vertical line in the realisation ink. The table beside it gives the
 * deviation in numbers and per cent. It fills as realisations are added to the data.
 */
import { formatNumber, formatPeriod, formatPeriodShort, formatQualified, formatSigned, formatSignedPercent, inSentence } from '../format/dutch.ts';
import type { Model } from '../model/index.ts';
import { type Vintage, vintageRecords } from '../model/vintages.ts';
import type { Dataset } from '../data/schema.ts';
import { BAND_FILL_OPACITY, REALISATION } from './colours.ts';
import { chartId } from './ids.ts';
import { base, niceTop, type Layout } from './layout.ts';
import { editionStyles } from './series.ts';
import { atEveryLayout, type ChartSpec } from './spec.ts';
import type { Colour, Panel, Position, PositionOfAField, Shape, VConcatChart } from './vega-lite-types.ts';
import { lookup } from '../data/lookup.ts';

/** Room for the edition names left of each panel ("MPP september 2021"), px. */
const labelExtent = (l: Layout) => Math.round(l.font * 10.5);

/** The columns of a forecast-against-realisation chart's data file: the vintages download's, without region, band verdict and rows. */
const DATA_COLUMNS = ['indicator', 'period', 'edition', 'scenario', 'forecast', 'minimum', 'maximum', 'realisation', 'error', 'relative_error'] as const;

/** The realisation as the page states it: its rounding word, its own period when written for the other side of the turn of the year, and "berekend" when the model added it up. */
function realisationText(v: Vintage): string {
  const when = v.realisationPeriod && v.realisationPeriod !== v.period ? `, ${formatPeriod(v.realisationPeriod)}` : '';
  return `${formatQualified(v.realisation!, v.realisationQualifier)}${v.realisationComputed ? ' (berekend' + when + ')' : when ? ` (${when.slice(2)})` : ''}`;
}

export function realisedCharts(data: Dataset, model: Model): ChartSpec[] {
  const styles = editionStyles(model.editionOrder);
  const { editionLabel: labelOf, label: labelFor } = lookup(data);
  const realised = model.vintages.filter((v) => v.region === null && v.realisation !== null && v.forecasts.length > 0);
  const indicators = [...new Set(realised.map((v) => v.indicator))].sort();
  return indicators.map((indicator) => {
    const vs = realised.filter((v) => v.indicator === indicator);
    const label = labelFor(indicator);
    const top = niceTop(Math.max(...vs.flatMap((v) => [v.realisation!, ...v.forecasts.flatMap((f) => [f.value, f.maximum ?? 0])])));
    const rowsOf = (v: Vintage) =>
      v.forecasts.map((f) => ({ editie: labelOf(f.edition), value: f.value, lo: f.minimum, hi: f.maximum, realisation: v.realisation! }));
    const description =
      `Raming tegenover realisatie: ${inSentence(label)}. ` +
      vs
        .map(
          (v) =>
            `${formatPeriodShort(v.period)}: realisatie ${realisationText(v)}; ` +
            v.forecasts
              .map(
                (f) =>
                  `${labelOf(f.edition)} raamde ${formatNumber(f.value)}` +
                  (f.minimum !== null && f.maximum !== null ? ` (${formatNumber(f.minimum)} tot ${formatNumber(f.maximum)})` : '') +
                  `, afwijking ${formatSigned(f.error!)}` +
                  (f.relativeError !== null ? ` (${formatSignedPercent(f.relativeError)})` : ''),
              )
              .join('; '),
        )
        .join('. ') +
      '.';

    // One colour and shape per edition across the panels, as everywhere (series.ts).
    const editionIds = model.editionOrder.filter((e) => vs.some((v) => v.forecasts.some((f) => f.edition === e)));
    const colour: Colour = {
      field: 'editie',
      type: 'nominal',
      legend: null,
      scale: { domain: editionIds.map(labelOf), range: editionIds.map((e) => styles.get(e)!.colour) },
    };
    const shape: Shape = {
      field: 'editie',
      type: 'nominal',
      legend: null,
      scale: { domain: editionIds.map(labelOf), range: editionIds.map((e) => styles.get(e)!.shape) },
    };
    const make = (l: Layout): VConcatChart => {
      const extent = labelExtent(l);
      const rowHeight = Math.round(l.font * 2.2);
      // Mark names are unique across panels: vega would take same-named marks for one.
      const panel = (v: Vintage, i: number): Panel => {
        const rows = rowsOf(v);
        const editions = rows.map((r) => r.editie);
        const x: PositionOfAField = {
          type: 'quantitative',
          title: null,
          scale: { domain: [0, top], nice: false },
          axis: { format: ',~r', tickCount: l.variant === 'narrow' ? 3 : 5, labelFlush: true },
        };
        const y: Position = {
          field: 'editie',
          type: 'nominal',
          sort: editions,
          title: null,
          axis: { minExtent: extent, maxExtent: extent, labelLimit: extent - 6, ticks: false, domain: false },
        };
        return {
          title: { text: `${formatPeriodShort(v.period)}: realisatie ${realisationText(v)}` },
          width: l.width - extent - 8,
          height: rowHeight * rows.length,
          data: { values: rows },
          layer: [
            {
              name: `band_${i}`,
              transform: [{ filter: 'datum.lo !== null && datum.hi !== null' }],
              mark: { type: 'bar', height: Math.round(l.font * 1.1), fillOpacity: BAND_FILL_OPACITY, strokeWidth: 1 },
              encoding: { y, x: { field: 'lo', ...x }, x2: { field: 'hi' }, color: colour, stroke: colour },
            },
            {
              name: `forecast_${i}`,
              mark: { type: 'point', filled: true, size: l.font * 6 },
              encoding: {
                y,
                x: { field: 'value', ...x },
                color: colour,
                shape,
              },
            },
            {
              name: `realisation_${i}`,
              mark: { type: 'rule', color: REALISATION, strokeWidth: 2.5 },
              encoding: { x: { aggregate: 'max', field: 'realisation', ...x } },
            },
          ],
        };
      };
      const { width: _w, autosize: _a, ...shared } = base(l);
      return {
        ...shared,
        autosize: { type: 'pad' },
        description,
        spacing: l.font * 1.5,
        vconcat: vs.map(panel),
        resolve: { scale: { x: 'shared', y: 'independent' } },
      };
    };

    return {
      id: chartId.realised(indicator),
      title: `${label}: raming tegenover realisatie`,
      description,
      variants: atEveryLayout(make),
      data: {
        columns: [...DATA_COLUMNS],
        rows: vintageRecords(vs).map((r) => Object.fromEntries(DATA_COLUMNS.map((c) => [c, r[c]]))),
      },
      table: {
        columns: ['Periode', 'Editie', 'Raming', 'Bandbreedte', 'Realisatie', 'Afwijking', 'Afwijking in %'],
        rows: vs.flatMap((v) =>
          v.forecasts.map((f) => [
            formatPeriodShort(v.period),
            labelOf(f.edition),
            formatNumber(f.value),
            f.minimum !== null && f.maximum !== null ? `${formatNumber(f.minimum)} – ${formatNumber(f.maximum)}` : '–',
            realisationText(v),
            formatSigned(f.error!),
            f.relativeError === null ? '–' : formatSignedPercent(f.relativeError),
          ]),
        ),
      },
    };
  });
}
