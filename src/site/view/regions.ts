/** One page per region (/regio/<code>/): quotas and reception tasks per municipality or province. */
import type { ViewContext } from './context.ts';

const regionKind = (code: string) =>
  code.startsWith('GM') ? 'gemeente' : code.startsWith('PV') ? 'provincie' : 'veiligheidsregio';

export function regionViews(ctx: ViewContext) {
  const { model } = ctx;
  const codes = [...new Set([...model.forecasts, ...model.actuals].map((f) => f.region).filter((r) => r !== null))].sort();
  return codes.map((code) => {
    const forecasts = model.forecasts.filter((f) => f.region === code);
    const indicators = [...new Set(forecasts.map((f) => f.indicator))].sort();
    return {
      code,
      kind: regionKind(code),
      tables: indicators.map((ind) => ({
        indicator: ind,
        label: ctx.label(ind),
        unit: ctx.unitOf(ind),
        rows: forecasts
          .filter((f) => f.indicator === ind)
          .map((f) => ({
            edition: ctx.editionLabel(f.edition),
            period: f.period,
            scenario: f.scenario,
            value: f.value,
            qualifier: f.qualifier,
          })),
      })),
      actuals: model.actuals
        .filter((a) => a.region === code)
        .map((a) => ({
          label: ctx.label(a.indicator),
          period: a.period,
          value: a.value,
          qualifier: a.qualifier,
          unit: ctx.unitOf(a.indicator),
        })),
    };
  });
}
