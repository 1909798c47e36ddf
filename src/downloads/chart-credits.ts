/**
 * What a downloaded chart carries inside its image (SVG and PNG): its title above it, and below it
 * the sources its figures come from, the site and page it belongs to, and the licence. A chart
 * copied into a report or a slide keeps its provenance; the site's own drawing stays without it,
 * as the page around it says all that.
 */
import type { Chart } from '../charts/index.ts';
import { chartId } from '../charts/ids.ts';
import { FONT } from '../charts/layout.ts';
import { wrapText } from '../charts/text-width.ts';
import { type Dataset, rowId } from '../data/schema.ts';
import type { Model } from '../model/index.ts';
import { formatDate } from '../format/dutch.ts';
import { escapeHtml } from '../format/escape.ts';

/** The page each chart belongs to: an edition's scenario charts on the edition, an indicator's on the indicator, the newest cost chart on /kosten/. */
export function chartPages(data: Pick<Dataset, 'indicators' | 'editions'>): Map<string, string> {
  const home = new Map<string, string>();
  for (const i of data.indicators) {
    for (const e of data.editions) home.set(chartId.scenarios(e.id, i.id), `/edities/${e.id}/`);
    home.set(chartId.vintages(i.id), `/indicatoren/${i.slug}/`);
    home.set(chartId.realised(i.id), `/indicatoren/${i.slug}/`);
  }
  home.set(chartId.costs(0, true), '/kosten/');
  return home;
}

/** The source ids behind each chart, by the chart ids of chartId (ids.ts). */
function chartSources(data: Dataset, model: Pick<Model, 'actuals'>): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  const add = (id: string, source: string) => (out.get(id) ?? out.set(id, new Set()).get(id)!).add(source);
  for (const p of data.prognoses) {
    if (p.kind !== 'mpp' || p.edition === null) continue;
    add(chartId.scenarios(p.edition, p.indicator), p.source);
    add(chartId.vintages(p.indicator), p.source);
    add(chartId.realised(p.indicator), p.source);
  }
  // The realisations as the model resolves them: a sum no source prints rests on the rows of its parts.
  const sourceOfRow = new Map(data.realisations.map((r) => [rowId('realisations', r), r.source]));
  for (const a of model.actuals) {
    for (const row of a.rows) {
      const source = sourceOfRow.get(row);
      if (source === undefined) continue;
      add(chartId.vintages(a.indicator), source);
      add(chartId.realised(a.indicator), source);
    }
  }
  const years = [...new Set(data.costs.filter((c) => c.unit !== 'eur-one-off').map((c) => c.price_year))].sort();
  for (const c of data.costs) {
    if (c.unit === 'eur-one-off') continue;
    add(chartId.costs(c.price_year, c.price_year === years.at(-1)), c.source);
  }
  return new Map([...out].map(([id, s]) => [id, [...s].sort()]));
}

export interface ChartCredit {
  sources: string;
  site: string;
  licence: string;
}

/** The credit lines of every chart: its sources (title and date, oldest first), the page it is on, the licence. */
export function chartCredits(data: Dataset, model: Pick<Model, 'actuals'>, siteUrl: string): (id: string) => ChartCredit {
  const sources = chartSources(data, model);
  const pages = chartPages(data);
  const byId = new Map(data.sources.map((s) => [s.id, s]));
  const root = siteUrl.replace(/\/$/, '');
  return (id) => {
    const used = (sources.get(id) ?? []).map((s) => byId.get(s)!).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    const cbs = used.some((s) => s.publisher === 'CBS');
    return {
      sources: used.length ? `${used.length === 1 ? 'Bron' : 'Bronnen'}: ${used.map((s) => `${s.title} (${s.publisher}, ${formatDate(s.date)})`).join('; ')}.` : '',
      site: `MPP migratieketen, ${root}${pages.get(id) ?? '/'}`,
      licence: `Licentie: CC0 1.0 (vrij te gebruiken)${cbs ? '; cijfers van het CBS: CC BY 4.0, bron CBS' : ''}.`,
    };
  };
}

const TITLE = { size: 16, weight: 600, line: 21 };
const SMALL = { size: 11, weight: 400, line: 14 };
const MARGIN = 12;

/**
 * The drawing of a download: the chart's own SVG (`svg`, vega's, with width and height) nested
 * under its title and above its credit lines, on white, in Fira Sans. Deterministic: the same chart
 * and credit give the same bytes.
 */
export function framedSvg(chart: Pick<Chart, 'title' | 'description'>, svg: string, credit: ChartCredit): string {
  const inner = svg.replace(/^<\?xml[^>]*>\s*/, '');
  const w = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(inner)?.[1] ?? 600);
  const h = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(inner)?.[1] ?? 300);
  const textWidth_ = w - 2 * MARGIN;
  const title = wrapText(chart.title, TITLE.size, textWidth_, TITLE.weight);
  const small = [credit.sources, credit.site, credit.licence].filter(Boolean).flatMap((t) => wrapText(t, SMALL.size, textWidth_, SMALL.weight));
  const top = MARGIN + title.length * TITLE.line + 6;
  const bottom = top + h + 8;
  const height = bottom + small.length * SMALL.line + MARGIN;
  const text = (lines: string[], y0: number, s: typeof TITLE, fill: string) =>
    lines
      .map((l, k) => `<text x="${MARGIN}" y="${y0 + (k + 1) * s.line - 4}" font-family="${FONT}" font-size="${s.size}" font-weight="${s.weight}" fill="${fill}">${escapeHtml(l)}</text>`)
      .join('');
  // The chart's own root loses its role and label: the framed image has one, naming everything in it.
  const nested = inner
    .replace(/^<svg\s/, `<svg x="0" y="${top}" `)
    .replace(/^(<svg[^>]*?)\srole="img"/, '$1')
    .replace(/^(<svg[^>]*?)\sfocusable="false"/, '$1')
    .replace(/^(<svg[^>]*?)\saria-label="[^"]*"/, '$1');
  const label = `${chart.title}. ${chart.description} ${small.join(' ')}`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="${w}" height="${height}" viewBox="0 0 ${w} ${height}" role="img" aria-label="${escapeHtml(label)}">` +
    `<title>${escapeHtml(chart.title)}</title>` +
    `<rect width="${w}" height="${height}" fill="#ffffff"/>` +
    text(title, MARGIN, TITLE, '#1a1a1a') +
    nested +
    text(small, bottom, SMALL, '#333333') +
    `</svg>\n`
  );
}
