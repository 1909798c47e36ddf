/**
 * The site's view model: everything the templates show, prepared once from the data, the model and
 * the charts, with every figure already formatted by src/format.ts. Templates only lay it out.
 */
import type { Chart } from '../charts/index.ts';
import { chartId } from '../charts/ids.ts';
import {
  formatDate,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatPeriodShort,
  formatQualified,
  formatSigned,
  formatSignedPercent,
} from '../format/dutch.ts';
import { DAYS_PER_YEAR } from '../model/costs.ts';
import { type Citation, type Forecast, isFigure } from '../model/figures.ts';
import type { Model } from '../model/index.ts';
import type { Dataset, Scenario, Unit } from '../data/schema.ts';
import { COST_TYPE, SCENARIO, UNIT } from '../data/vocabulary.ts';

export interface LetterLink {
  edition: string;
  letter: string;
  path: string;
  title: string;
}

const fmtValue = (value: number, unit: Unit, qualifier?: string | null) =>
  unit === 'percent' ? `${qualifier ? `${qualifier} ` : ''}${formatNumber(value, 1)} %` : formatQualified(value, qualifier);

function discrepancyText(data: Dataset, citations: Citation[] | null, unit: Unit): string | null {
  if (!citations) return null;
  const title = (id: string) => data.sources.find((s) => s.id === id)?.title ?? id;
  return citations.map((c) => `${fmtValue(c.value, unit, c.qualifier)} (${title(c.source)})`).join(' tegenover ');
}

export function buildView(data: Dataset, model: Model, charts: Chart[], letters: LetterLink[]) {
  const chartById = new Map(charts.map((c) => [c.id, c]));
  const indicator = new Map(data.indicators.map((i) => [i.id, i]));
  const edition = new Map(data.editions.map((e) => [e.id, e]));
  const source = new Map(data.sources.map((s) => [s.id, s]));
  const label = (id: string) => indicator.get(id)?.label ?? id;
  const unitOf = (id: string) => indicator.get(id)?.unit ?? 'persons';
  const sourceView = (id: string) => {
    const s = source.get(id)!;
    return { id: s.id, title: s.title, date: formatDate(s.date), reference: s.reference, url: s.url, seed: s.seed };
  };

  const editionViews = [...model.editionOrder].reverse().map((id) => {
    const e = edition.get(id)!;
    const at = model.editionOrder.indexOf(id);
    const previous = at > 0 ? edition.get(model.editionOrder[at - 1]!) : undefined;
    const sw = model.scenarioSwitches.find((s) => s.edition === id);
    const tables = model.scenarioTables
      .filter((t) => t.edition === id && t.region === null)
      .map((t) => {
        const unit = unitOf(t.indicator);
        const forecasts = model.forecasts.filter(
          (f) => f.edition === id && f.indicator === t.indicator && f.region === null,
        );
        return {
          indicator: t.indicator,
          label: label(t.indicator),
          unit: UNIT[unit].label,
          scenarios: t.scenarios.map((s) => SCENARIO[s].label),
          hasBand: t.periods.some((p) => p.band !== null),
          rows: t.periods.map((p) => ({
            period: formatPeriodShort(p.period),
            cells: t.scenarios.map((s) =>
              p.values[s] === undefined ? '–' : fmtValue(p.values[s]!, unit, p.qualifiers[s]),
            ),
            band: p.band === null ? '–' : formatNumber(p.band),
          })),
          chart: chartById.get(chartId.scenarios(id, t.indicator)) ?? null,
          discrepancies: forecasts
            .filter((f) => f.discrepancy)
            .map((f) => ({
              what: `${formatPeriod(f.period)}, ${SCENARIO[f.scenario].label}`,
              text: discrepancyText(data, f.discrepancy, unit)!,
            })),
        };
      })
      .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
    const revisions = model.revisions
      .filter((r) => r.edition === id && r.region === null)
      .map((r) => ({
        indicator: r.indicator,
        label: label(r.indicator),
        period: formatPeriodShort(r.period),
        scenario: r.switched
          ? `${SCENARIO[r.scenario].label} (was ${SCENARIO[r.previousScenario].label})`
          : SCENARIO[r.scenario].label,
        previous: edition.get(r.previous)?.label ?? r.previous,
        old: formatNumber(r.old),
        new: formatNumber(r.new),
        change: formatSigned(r.change),
        relative: r.relative === null ? '–' : formatSignedPercent(r.relative),
        direction: r.change > 0 ? 'up' : r.change < 0 ? 'down' : 'same',
      }));
    const cited = [...new Set(data.prognoses.filter((p) => p.edition === id).map((p) => p.source))].sort();
    return {
      id,
      label: e.label,
      published: formatDate(e.published),
      scenarios: e.scenarios.map((s) => SCENARIO[s].label),
      basis: SCENARIO[e.basis].label,
      exceedance: e.scenarios
        .filter((s) => SCENARIO[s].exceedance !== null)
        .map((s) => ({ scenario: SCENARIO[s].label, chance: formatPercent(SCENARIO[s].exceedance!) })),
      switchText: sw
        ? `Vanaf ${e.label} gaat de keten uit van het ${SCENARIO[sw.to].label}scenario in plaats van het ${SCENARIO[sw.from].label}scenario (${edition.get(sw.previous)?.label}). Waar een cijfer in het ${SCENARIO[sw.to].label}scenario geen voorganger in dat scenario heeft, is het vergeleken met het ${SCENARIO[sw.from].label}scenario van de vorige editie; de tabel zegt dat dan.`
        : null,
      note: e.note,
      previous: previous ? { id: previous.id, label: previous.label } : null,
      tables,
      revisions,
      sources: cited.map(sourceView),
      letters: letters.filter((l) => l.edition === id),
      figureCount: data.prognoses.filter((p) => p.edition === id).length,
    };
  });

  const indicatorIds = [...new Set([...data.prognoses.map((p) => p.indicator), ...data.realisations.map((r) => r.indicator)])];
  const indicatorViews = indicatorIds
    .map((id) => {
      const i = indicator.get(id)!;
      const unit = i.unit;
      return {
        id,
        label: i.label,
        definition: i.definition,
        unit: UNIT[unit].label,
        chart: chartById.get(`indicator-${id}`) ?? null,
        vintages: model.vintages
          .filter((v) => v.indicator === id && v.region === null)
          .map((v) => ({
            period: formatPeriodShort(v.period),
            realisation: v.realisation === null ? null : fmtValue(v.realisation, unit),
            forecasts: v.forecasts.map((f) => ({
              edition: edition.get(f.edition)?.label ?? f.edition,
              editionId: f.edition,
              scenario: SCENARIO[f.scenario].label,
              value: fmtValue(f.value, unit),
              band: f.minimum !== null && f.maximum !== null ? `${formatNumber(f.minimum)} – ${formatNumber(f.maximum)}` : '–',
              error: f.error === null ? '–' : formatSigned(f.error),
              relativeError: f.relativeError === null ? '–' : formatSignedPercent(f.relativeError),
              inBand: f.inBand === null ? '–' : f.inBand ? 'ja' : 'nee',
            })),
          })),
        realisations: model.actuals
          .filter((a) => a.indicator === id && a.region === null)
          .map((a) => ({
            period: formatPeriod(a.period),
            value: fmtValue(a.value, unit, a.qualifier),
            sources: data.realisations
              .filter((r) => r.indicator === id && r.period === a.period && r.region === null)
              .map((r) => sourceView(r.source).title),
            discrepancy: discrepancyText(data, a.discrepancy, unit),
          })),
      };
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));

  const latestId = model.editionOrder[model.editionOrder.length - 1]!;
  const latest = editionViews.find((e) => e.id === latestId)!;
  const keyFigure = (ind: string) => {
    // The newest edition that has the indicator; its central figures for the first period.
    for (const ed of [...model.editionOrder].reverse()) {
      const fs = model.forecasts.filter((f) => f.edition === ed && f.indicator === ind && f.region === null);
      if (fs.length === 0) continue;
      const period = fs[0]!.period;
      const unit = unitOf(ind);
      const inPeriod = fs.filter((f) => f.period === period);
      return {
        indicator: ind,
        label: label(ind),
        edition: edition.get(ed)!.label,
        editionId: ed,
        period: formatPeriod(period),
        unit: UNIT[unit].label,
        values: inPeriod.map((f: Forecast) => {
          const r = model.revisions.find(isFigure(f));
          return {
            scenario: SCENARIO[f.scenario].label,
            value: fmtValue(f.value, unit, f.qualifier),
            change: r
              ? `${formatSigned(r.change)} (${r.relative === null ? '–' : formatSignedPercent(r.relative)}) ten opzichte van ${edition.get(r.previous)?.label}${r.switched ? `, ${SCENARIO[r.previousScenario].label}scenario` : ''}`
              : null,
          };
        }),
      };
    }
    return null;
  };
  const keyFigures = ['asylum-inflow-total', 'coa-capacity-need', 'housing-quota', 'ukraine-municipal-capacity-need']
    .map(keyFigure)
    .filter((k) => k !== null);

  const costs = {
    perPlace: model.placeCosts
      .filter((c) => c.stated === 'per-year')
      .sort((a, b) => b.perYear - a.perYear)
      .map((c) => ({
        type: COST_TYPE[c.type].label,
        priceYear: String(c.priceYear),
        perYear: formatMoney(c.perYear),
        perDay: formatMoney(c.perDay, { decimals: 2 }),
        multiple: c.multipleOfRegular === null ? '–' : `${formatNumber(c.multipleOfRegular, 2)} ×`,
      })),
    ukraine: model.placeCosts
      .filter((c) => c.type === 'ukraine-norm')
      .map((c) => ({
        priceYear: String(c.priceYear),
        perNight: formatMoney(c.perDay),
        perYear: formatMoney(c.perYear),
      })),
    oneOff: data.costs
      .filter((c) => c.unit === 'eur-one-off')
      .map((c) => ({ type: COST_TYPE[c.type].label, priceYear: String(c.price_year), amount: formatMoney(c.amount) })),
    calculations: model.costCalculations.map((c) => ({
      label: c.label,
      kind: c.kind,
      places: formatNumber(c.places),
      share: formatPercent(c.emergencyShare),
      priceYear: String(c.priceYear),
      emergency: formatMoney(c.emergencyPerYear),
      regular: formatMoney(c.regularPerYear),
      regularBasis: c.regularBasis,
      total: formatMoney(c.total, { words: true }),
      totalExact: formatMoney(c.total),
    })),
    chart: chartById.get('costs-per-place') ?? null,
    days: DAYS_PER_YEAR,
    sources: [...new Set([...data.costs.map((c) => c.source), ...data.costScenarios.map((c) => c.source)])].sort().map(sourceView),
  };

  // Regional figures (quotas and reception tasks per municipality or province): one page per region.
  const regionKind = (code: string) =>
    code.startsWith('GM') ? 'gemeente' : code.startsWith('PV') ? 'provincie' : 'veiligheidsregio';
  const regionCodes = [...new Set([...model.forecasts, ...model.actuals].map((f) => f.region).filter((r) => r !== null))].sort();
  const regions = regionCodes.map((code) => {
    const forecasts = model.forecasts.filter((f) => f.region === code);
    const indicators = [...new Set(forecasts.map((f) => f.indicator))].sort();
    return {
      code,
      kind: regionKind(code),
      tables: indicators.map((ind) => {
        const unit = unitOf(ind);
        const mine = forecasts.filter((f) => f.indicator === ind);
        return {
          indicator: ind,
          label: label(ind),
          unit: UNIT[unit].label,
          rows: mine.map((f) => ({
            edition: edition.get(f.edition)?.label ?? f.edition,
            period: formatPeriodShort(f.period),
            scenario: SCENARIO[f.scenario].label,
            value: fmtValue(f.value, unit, f.qualifier),
          })),
        };
      }),
      actuals: model.actuals
        .filter((a) => a.region === code)
        .map((a) => ({ label: label(a.indicator), period: formatPeriod(a.period), value: fmtValue(a.value, unitOf(a.indicator), a.qualifier) })),
    };
  });

  return {
    latest,
    keyFigures,
    regions,
    editions: editionViews,
    indicators: indicatorViews,
    costs,
    sources: [...data.sources]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((s) => ({
        ...sourceView(s.id),
        figures:
          data.prognoses.filter((p) => p.source === s.id).length +
          data.realisations.filter((p) => p.source === s.id).length +
          data.costs.filter((p) => p.source === s.id).length,
      })),
    letters,
    realisedIndicators: indicatorViews.filter((i) => i.realisations.length > 0),
  };
}

export type SiteView = ReturnType<typeof buildView>;
