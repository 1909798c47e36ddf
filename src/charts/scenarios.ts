/**
 * The scenarios of one indicator in one edition (the edition page): the minimum–maximum range as a
 * band, every scenario as a line in the scenario ramp, the basis scenario thickest, each line named
 * at its end. Periods along a time axis.
 */
import { formatNumber, formatPeriodShort, inSentence } from '../format/dutch.ts';
import { centralScenario } from '../model/central.ts';
import type { Model } from '../model/index.ts';
import type { ScenarioTable } from '../model/scenarios.ts';
import { comparePeriods } from '../data/period.ts';
import { SCENARIO } from '../data/vocabulary.ts';
import type { Dataset, Scenario } from '../data/schema.ts';
import { INK, SCENARIO_BAND, SCENARIO_COLOUR } from './colours.ts';
import { chartId } from './ids.ts';
import { base, type Layout } from './layout.ts';
import { barWidth, dodgedLabels, valueY } from './marks.ts';
import { atEveryLayout, type ChartSpec } from './spec.ts';
import { textWidth } from './text-width.ts';
import { dateOf, segments, timeX } from './time.ts';
import type { Colour, Layer, LayerChart, Position } from './vega-lite-types.ts';
import { lookup } from '../data/lookup.ts';
import type { Basis } from '../data/vocabulary.ts';

function spec(t: ScenarioTable, basis: Basis, unit: Dataset['indicators'][number]['unit'], description: string) {
  const periods = [...t.periods].sort((a, b) => comparePeriods(a.period, b.period));
  const seg = segments(periods.map((p) => p.period));
  const central = centralScenario(basis, t.scenarios);
  const points = periods.flatMap((p, i) =>
    t.scenarios
      .filter((s) => p.values[s] !== undefined)
      .map((s) => ({
        t: dateOf(p.period),
        scenario: s,
        value: p.values[s]!,
        seg: seg[i]!,
        w: s === central ? 3 : 1.5,
      })),
  );
  const bands = periods
    .filter((p) => p.values.minimum !== undefined && p.values.maximum !== undefined)
    .map((p) => ({ t: dateOf(p.period), lo: p.values.minimum!, hi: p.values.maximum! }));
  const last = new Map<Scenario, (typeof points)[number]>();
  for (const p of points) last.set(p.scenario, p);
  const max = Math.max(...points.map((p) => p.value));
  const y = valueY(max, unit);
  const domain = t.scenarios;
  return (l: Layout): LayerChart => {
    const byInstant = new Map<string, (typeof points)[number][]>();
    for (const p of last.values()) byInstant.set(p.t, [...(byInstant.get(p.t) ?? []), p]);
    const labels = [...byInstant.values()].flatMap((ends) =>
      dodgedLabels(ends, y.top, l).map((e) => ({ t: e.t, value: e.labelValue, text: SCENARIO[e.scenario].label })),
    );
    const room = Math.max(...labels.map((e) => textWidth(e.text, l.font))) + 7 + 4;
    const x: Position = { field: 't', ...timeX(periods.map((p) => p.period), l, { labelRoom: room }) };
    const yEnc = { ...y.encoding };
    const colour: Colour = {
      field: 'scenario',
      type: 'nominal',
      scale: { domain, range: domain.map((s) => SCENARIO_COLOUR[s]) },
      legend: null,
    };
    const band: Layer =
      bands.length > 1
        ? { name: 'band', data: { values: bands }, mark: { type: 'area', color: SCENARIO_BAND }, encoding: { x, y: { field: 'lo', ...yEnc }, y2: { field: 'hi' } } }
        : { name: 'band', data: { values: bands }, mark: { type: 'bar', color: SCENARIO_BAND, width: barWidth(l) }, encoding: { x, y: { field: 'lo', ...yEnc }, y2: { field: 'hi' } } };
    return {
      ...base(l),
      height: l.height,
      description,
      layer: [
        ...(bands.length ? [band] : []),
        {
          name: 'scenarios',
          data: { values: points },
          mark: { type: 'line', point: { filled: true, size: l.font * 4 } },
          encoding: {
            x,
            y: { field: 'value', ...yEnc },
            color: colour,
            detail: { field: 'seg' },
            strokeWidth: { field: 'w', type: 'quantitative', scale: null },
            order: { field: 't', type: 'temporal' },
          },
        },
        {
          name: 'labels',
          data: { values: labels },
          mark: { type: 'text', align: 'left', baseline: 'middle', dx: 7, color: INK },
          encoding: { x, y: { field: 'value', ...yEnc }, text: { field: 'text' } },
        },
      ],
    };
  };
}

/** One chart per scenario table that has more than one figure. */
export function scenarioCharts(data: Dataset, model: Model): ChartSpec[] {
  const out: ChartSpec[] = [];
  const find = lookup(data);
  for (const t of model.scenarioTables) {
    if (t.region !== null) continue;
    const figures = t.periods.reduce((n, p) => n + Object.keys(p.values).length, 0);
    if (figures < 2) continue;
    const indicator = find.indicator(t.indicator);
    const edition = find.edition(t.edition);
    const label = indicator.label;
    const periods = [...t.periods].sort((a, b) => comparePeriods(a.period, b.period));
    const hasBand = periods.some((p) => p.values.minimum !== undefined && p.values.maximum !== undefined);
    const description =
      `Lijndiagram: ${inSentence(label)} volgens ${edition.label}, per periode en scenario` +
      (hasBand ? ', met de bandbreedte van minimum tot maximum als vlak' : '') +
      '. ' +
      periods
        .map(
          (p) =>
            `${formatPeriodShort(p.period)}: ` +
            t.scenarios
              .filter((s) => p.values[s] !== undefined)
              .map((s) => `${SCENARIO[s].label} ${formatNumber(p.values[s]!)}`)
              .join(', '),
        )
        .join('; ') +
      '.';
    const make = spec(t, model.basis(t.edition, t.indicator), indicator.unit, description);
    out.push({
      id: chartId.scenarios(t.edition, t.indicator),
      title: `${label} volgens ${edition.label}`,
      description,
      variants: atEveryLayout(make),
      data: {
        columns: ['edition', 'indicator', 'period', 'scenario', 'value'],
        rows: periods.flatMap((p) =>
          t.scenarios
            .filter((s) => p.values[s] !== undefined)
            .map((s) => ({ edition: t.edition, indicator: t.indicator, period: p.period, scenario: s, value: p.values[s]! })),
        ),
      },
      table: {
        columns: ['Periode', ...t.scenarios.map((s) => SCENARIO[s].label)],
        rows: periods.map((p) => [
          formatPeriodShort(p.period),
          ...t.scenarios.map((s) => (p.values[s] === undefined ? '–' : formatNumber(p.values[s]!))),
        ]),
      },
    });
  }
  return out;
}
