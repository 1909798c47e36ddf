/**
 * How good were the forecasts, in one chart: every like-for-like pair (model/accuracy.ts) as one
 * point, the forecast's deviation from the realisation in per cent of the realisation, in a row per
 * horizon (the edition's own year, the next, the one after). Left of the zero line the forecast was
 * too low, right of it too high. The shape and colour say whether the realisation fell inside the
 * edition's band (minimum to maximum), outside it, or whether the edition gave no band.
 */
import { formatNumber, formatPeriodShort, formatQualified, formatSignedPercent } from '../format/dutch.ts';
import type { Model } from '../model/index.ts';
import type { AccuracyPair, Horizon } from '../model/accuracy.ts';
import { accuracyRecords } from '../model/accuracy.ts';
import type { Dataset } from '../data/schema.ts';
import { BAND_VERDICT_COLOUR, REALISATION } from './colours.ts';
import { chartId } from './ids.ts';
import { base, type Layout } from './layout.ts';
import { atEveryLayout, type ChartSpec } from './spec.ts';
import type { LayerChart, PositionOfAField } from './vega-lite-types.ts';

/** The Dutch name of a horizon, as the page and the chart write it. */
export const HORIZON_LABEL: Record<Horizon, string> = {
  0: 'jaar van de editie',
  1: 'jaar erna',
  2: 'twee jaar erna',
};

export const BAND_VERDICT = {
  inside: 'binnen de band',
  outside: 'buiten de band',
  none: 'geen band',
} as const;

const verdict = (p: AccuracyPair) => (p.inBand === null ? BAND_VERDICT.none : p.inBand ? BAND_VERDICT.inside : BAND_VERDICT.outside);

/** The columns of the chart's data file: the scoreboard download's, qualifiers and markers included. */
const DATA_COLUMNS = [
  'indicator',
  'period',
  'edition',
  'horizon',
  'scenario',
  'forecast',
  'forecast_qualifier',
  'minimum',
  'maximum',
  'realisation',
  'realisation_qualifier',
  'realisation_status',
  'error',
  'relative_error',
  'in_band',
] as const;

export function accuracyChart(data: Dataset, model: Model): ChartSpec[] {
  const pairs = model.accuracy.pairs.filter((p) => p.relativeError !== null);
  if (pairs.length === 0) return [];
  const editionLabel = (id: string) => data.editions.find((e) => e.id === id)?.label ?? id;
  const label = (id: string) => data.indicators.find((i) => i.id === id)?.label ?? id;
  const what = (p: AccuracyPair) => `${label(p.indicator)} ${formatPeriodShort(p.period)}, ${editionLabel(p.edition)}`;
  const rows = pairs.map((p) => ({
    horizon: HORIZON_LABEL[p.horizon],
    pct: Math.round(p.relativeError! * 1000) / 10,
    verdict: verdict(p),
    what: what(p),
  }));
  const description =
    'Afwijking van de raming ten opzichte van de realisatie, in procenten van de realisatie, per horizon. ' +
    pairs
      .map(
        (p) =>
          `${what(p)} (${HORIZON_LABEL[p.horizon]}): raming ${formatQualified(p.forecast, p.forecastQualifier)}, ` +
          `realisatie ${formatQualified(p.realisation, p.realisationQualifier)}${p.realisationProvisional ? ' (voorlopig)' : ''}` +
          `${p.realisationComputed ? ' (berekend)' : ''}, afwijking ${formatSignedPercent(p.relativeError!)}, ${verdict(p)}`,
      )
      .join('; ') +
    '.';
  const extreme = Math.max(10, ...rows.map((r) => Math.abs(r.pct)));
  const edge = Math.ceil(extreme / 10) * 10;
  const verdicts = [BAND_VERDICT.inside, BAND_VERDICT.outside, BAND_VERDICT.none];
  const make = (l: Layout): LayerChart => {
    const x: PositionOfAField = {
      type: 'quantitative',
      title: 'Afwijking, % van de realisatie',
      scale: { domain: [-edge, edge], nice: false },
      axis: { format: '+~r', tickCount: l.variant === 'narrow' ? 5 : 9, labelFlush: true },
    };
    const y = {
      field: 'horizon',
      type: 'nominal' as const,
      sort: [HORIZON_LABEL[0], HORIZON_LABEL[1], HORIZON_LABEL[2]],
      scale: { domain: [HORIZON_LABEL[0], HORIZON_LABEL[1], HORIZON_LABEL[2]] },
      title: null,
      axis: { ticks: false, domain: false, labelLimit: Math.round(l.font * 9) },
    };
    return {
      ...base(l),
      height: Math.round(l.font * 3.2) * 3,
      description,
      data: { values: rows },
      layer: [
        {
          name: 'zero',
          data: { values: [{ pct: 0 }] },
          mark: { type: 'rule', color: REALISATION, strokeWidth: 1.5 },
          encoding: { x: { field: 'pct', ...x } },
        },
        {
          name: 'pairs',
          mark: { type: 'point', filled: true, size: l.font * 7, opacity: 0.85 },
          encoding: {
            x: { field: 'pct', ...x },
            y,
            color: {
              field: 'verdict',
              type: 'nominal',
              title: null,
              scale: { domain: verdicts, range: [BAND_VERDICT_COLOUR.inside, BAND_VERDICT_COLOUR.outside, BAND_VERDICT_COLOUR.none] },
            },
            shape: {
              field: 'verdict',
              type: 'nominal',
              title: null,
              scale: { domain: verdicts, range: ['circle', 'triangle-up', 'square'] },
            },
          },
        },
      ],
    };
  };
  return [
    {
      id: chartId.accuracy(),
      title: 'Nauwkeurigheid: afwijking van de raming per horizon',
      description,
      variants: atEveryLayout(make),
      data: {
        columns: [...DATA_COLUMNS],
        rows: accuracyRecords(pairs).map((r) => Object.fromEntries(DATA_COLUMNS.map((c) => [c, r[c]]))),
      },
      table: {
        columns: ['Horizon', 'Indicator en editie', 'Raming', 'Realisatie', 'Afwijking in %', 'Band'],
        rows: pairs.map((p) => [
          HORIZON_LABEL[p.horizon],
          what(p),
          formatQualified(p.forecast, p.forecastQualifier),
          `${formatQualified(p.realisation, p.realisationQualifier)}${p.realisationProvisional ? ' (voorlopig)' : ''}${p.realisationComputed ? ' (berekend)' : ''}`,
          formatSignedPercent(p.relativeError!),
          p.minimum !== null && p.maximum !== null
            ? `${formatNumber(p.minimum)} – ${formatNumber(p.maximum)}: ${verdict(p)}`
            : verdict(p),
        ]),
      },
    },
  ];
}
