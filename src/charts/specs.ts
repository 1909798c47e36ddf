/**
 * Chart specifications: Vega-Lite specs built from the model, each with a title, a Dutch text
 * description and the data table behind it. Pure: no rendering here.
 */
import type { TopLevelSpec } from 'vega-lite';
import { chartId, type ChartId } from './ids.ts';
import { formatMoney, formatNumber, formatPeriodShort, inSentence } from '../format/dutch.ts';
import type { Model } from '../model/index.ts';
import { comparePeriods } from '../data/period.ts';
import { COST_TYPE, SCENARIO } from '../data/vocabulary.ts';
import type { Dataset, Scenario } from '../data/schema.ts';

export interface ChartTable {
  columns: string[];
  rows: string[][];
}

export interface ChartSpec {
  id: ChartId;
  title: string;
  /** Text alternative: what the chart shows, with its figures. */
  description: string;
  spec: TopLevelSpec;
  table: ChartTable;
}

const EDITION_COLOURS = ['#8a6d00', '#39870c', '#ca005d', '#42145f', '#01689b', '#e17000', '#275937', '#673327'];
const FONT = 'Fira Sans, Arial, sans-serif';

const BASE = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  width: 560,
  height: 280,
  background: 'white',
  config: {
    // The page gives each chart one text alternative (aria-label) and a data table; vega's own
    // English per-mark ARIA attributes are switched off.
    aria: false,
    font: FONT,
    axis: { labelFontSize: 12, titleFontSize: 12, labelColor: '#1a1a1a', titleColor: '#1a1a1a', gridColor: '#d9d9d9' },
    legend: { labelFontSize: 12, titleFontSize: 12, orient: 'bottom' as const, labelLimit: 240, columns: 3 },
    title: { fontSize: 14, anchor: 'start' as const, color: '#1a1a1a' },
    view: { stroke: null },
  },
};

const indicatorLabel = (data: Dataset, id: string) => data.indicators.find((i) => i.id === id)?.label ?? id;
const editionLabel = (data: Dataset, id: string) => data.editions.find((e) => e.id === id)?.label ?? id;

/** One chart per scenario table that has more than one figure: the scenarios side by side per period. */
export function scenarioCharts(data: Dataset, model: Model): ChartSpec[] {
  const out: ChartSpec[] = [];
  for (const t of model.scenarioTables) {
    if (t.region !== null) continue;
    const points = t.periods.flatMap((p) =>
      t.scenarios.filter((s) => p.values[s] !== undefined).map((s) => ({ period: p.period, scenario: s, value: p.values[s]! })),
    );
    if (points.length < 2) continue;
    const label = indicatorLabel(data, t.indicator);
    const edition = editionLabel(data, t.edition);
    const title = `${label} volgens ${edition}`;
    const values = points.map((p) => ({
      periode: formatPeriodShort(p.period),
      scenario: SCENARIO[p.scenario].label,
      waarde: p.value,
    }));
    const scenarioNames = t.scenarios.map((s) => SCENARIO[s].label);
    const description =
      `Staafdiagram: ${inSentence(label)} volgens ${edition}, per periode en scenario. ` +
      t.periods
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
    out.push({
      id: chartId.scenarios(t.edition, t.indicator),
      title,
      description,
      spec: {
        ...BASE,
        description,
        data: { values },
        mark: { type: 'bar', tooltip: false },
        encoding: {
          x: { field: 'periode', type: 'ordinal', sort: null, title: null, axis: { labelAngle: 0 } },
          xOffset: { field: 'scenario', sort: scenarioNames },
          y: { field: 'waarde', type: 'quantitative', title: null, axis: { format: ',d' } },
          color: {
            field: 'scenario',
            title: 'Scenario',
            sort: scenarioNames,
            scale: { domain: scenarioNames, range: t.scenarios.map((s) => SCENARIO[s].colour) },
          },
        },
      } as TopLevelSpec,
      table: {
        columns: ['Periode', ...scenarioNames],
        rows: t.periods.map((p) => [
          formatPeriodShort(p.period),
          ...t.scenarios.map((s) => (p.values[s] === undefined ? '–' : formatNumber(p.values[s]!))),
        ]),
      },
    });
  }
  return out;
}

/** One chart per indicator: every edition's central forecast per period, with the realisations. */
export function vintageCharts(data: Dataset, model: Model): ChartSpec[] {
  const out: ChartSpec[] = [];
  const indicators = [...new Set([...model.vintages.map((v) => v.indicator), ...model.actuals.map((a) => a.indicator)])].sort();
  for (const indicator of indicators) {
    const vint = model.vintages.filter((v) => v.indicator === indicator && v.region === null);
    const actual = model.actuals.filter((a) => a.indicator === indicator && a.region === null);
    const periods = [...new Set([...actual.map((a) => a.period), ...vint.map((v) => v.period)])].sort(comparePeriods);
    const series: { reeks: string; periode: string; waarde: number }[] = [];
    for (const a of actual) series.push({ reeks: 'Realisatie', periode: formatPeriodShort(a.period), waarde: a.value });
    for (const v of vint) {
      for (const f of v.forecasts) {
        series.push({ reeks: editionLabel(data, f.edition), periode: formatPeriodShort(v.period), waarde: f.value });
      }
    }
    if (series.length < 2) continue;
    const reeksen = [...new Set(series.map((s) => s.reeks))];
    const sortedPeriods = [...new Set(periods.map(formatPeriodShort))];
    const label = indicatorLabel(data, indicator);
    const description =
      `Lijndiagram: ${inSentence(label)}, ` +
      reeksen
        .map(
          (r) =>
            `${r === 'Realisatie' ? 'realisatie' : `raming ${r}`}: ` +
            series
              .filter((s) => s.reeks === r)
              .map((s) => `${s.periode} ${formatNumber(s.waarde)}`)
              .join(', '),
        )
        .join('; ') +
      '.';
    out.push({
      id: chartId.vintages(indicator),
      title: `${label}: ramingen en realisatie`,
      description,
      spec: {
        ...BASE,
        description,
        data: { values: series },
        mark: { type: 'line', point: { size: 60, filled: true }, strokeWidth: 2 },
        encoding: {
          x: { field: 'periode', type: 'ordinal', sort: sortedPeriods, title: null, axis: { labelAngle: 0 } },
          y: { field: 'waarde', type: 'quantitative', title: null, axis: { format: ',d' } },
          color: {
            field: 'reeks',
            title: null,
            sort: reeksen,
            scale: {
              domain: reeksen,
              range: reeksen.map((r, i) => (r === 'Realisatie' ? '#1a1a1a' : EDITION_COLOURS[i % EDITION_COLOURS.length]!)),
            },
          },
        },
      } as TopLevelSpec,
      table: {
        columns: ['Periode', ...reeksen],
        rows: sortedPeriods.map((p) => [
          p,
          ...reeksen.map((r) => {
            const s = series.find((x) => x.reeks === r && x.periode === p);
            return s ? formatNumber(s.waarde) : '–';
          }),
        ]),
      },
    });
  }
  return out;
}

/** The cost of a reception place per year, by type, for every price year with a regular place. */
export function costCharts(model: Model): ChartSpec[] {
  const years = [...new Set(model.placeCosts.filter((c) => c.type === 'regular').map((c) => c.priceYear))].sort();
  return years.map((year, i) => {
    const costs = model.placeCosts
      .filter((c) => c.priceYear === year && c.stated === 'per-year')
      .sort((a, b) => b.perYear - a.perYear);
    const description =
      `Staafdiagram: kosten van een opvangplek per jaar naar soort opvang, prijspeil ${year}. ` +
      costs.map((c) => `${COST_TYPE[c.type].label} ${formatMoney(c.perYear)}`).join(', ') +
      '.';
    return {
      id: chartId.costs(year, i === years.length - 1),
      title: `Kosten per opvangplek per jaar (prijspeil ${year})`,
      description,
      spec: {
        ...BASE,
        height: 36 * costs.length,
        description,
        data: { values: costs.map((c) => ({ soort: COST_TYPE[c.type].label, bedrag: c.perYear })) },
        mark: { type: 'bar', color: '#01689b' },
        encoding: {
          y: { field: 'soort', type: 'nominal', sort: null, title: null, axis: { labelLimit: 260 } },
          x: { field: 'bedrag', type: 'quantitative', title: 'euro per plek per jaar', axis: { format: '$,d' } },
        },
      } as TopLevelSpec,
      table: {
        columns: ['Soort opvang', 'Per jaar', 'Per dag', 'Maal een reguliere plek'],
        rows: costs.map((c) => [
          COST_TYPE[c.type].label,
          formatMoney(c.perYear),
          formatMoney(c.perDay, { decimals: 2 }),
          c.multipleOfRegular === null ? '–' : `${formatNumber(c.multipleOfRegular, 1)} ×`,
        ]),
      },
    };
  });
}

export function chartSpecs(data: Dataset, model: Model): ChartSpec[] {
  return [...scenarioCharts(data, model), ...vintageCharts(data, model), ...costCharts(model)];
}
