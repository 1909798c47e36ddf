/** The report's section on the charts: title, description and the rows of each chart's data table. */
import type { ChartChange, DiffReport } from '../types.ts';
import { isVisible } from '../visual/types.ts';
import { count, esc, highlight, outputSection, quoted } from './text.ts';
import { visualLink, type VisualLinks } from './visual.ts';

/** At most this many data rows are shown per chart. */
const CHART_ROWS_SHOWN = 20;

/** A cell of a chart table (already formatted by src/charts); missing or empty as a dash. */
function chartCell(v: string | null | undefined): string {
  if (v === null || v === undefined || v === '') return '–';
  return v.replace(/\r?\n/g, ' ');
}

function chartRow(row: Record<string, string>): string {
  return Object.entries(row)
    .map(([k, v]) => `${k}: ${chartCell(v)}`)
    .join(' · ');
}

/** With `--visual`: the link to the chart's pictures, or that it looks the same. */
function pictureNote(report: DiffReport, c: ChartChange, links: VisualLinks | undefined): string {
  if (!links || !report.visual?.available) return '';
  const p = report.visual.charts.find((x) => x.id === c.id);
  if (!p) return '';
  return isVisible(p.status) ? ` · ${visualLink(links, p.anchor, 'voor, na en verschil')}` : ' · beeld gelijk';
}

function chartLines(c: ChartChange, note: string): string[] {
  const title = esc(c.title.new ?? c.title.old ?? c.id);
  if (c.status === 'added') return [`- nieuwe grafiek **${title}** (\`${c.id}\`), ${count(c.rowsAdded.length, 'rij', 'rijen')}${note}`];
  if (c.status === 'removed') return [`- vervallen grafiek **${title}** (\`${c.id}\`)${note}`];
  const what: string[] = [];
  if (c.title.old !== c.title.new) what.push(`titel ${quoted(c.title.old)} → ${quoted(c.title.new)}`);
  const described = c.description.old !== c.description.new;
  if (described) what.push('beschrijving gewijzigd');
  if (c.columns.added.length > 0) what.push(`kolom erbij: ${c.columns.added.map(esc).join(', ')}`);
  if (c.columns.removed.length > 0) what.push(`kolom eruit: ${c.columns.removed.map(esc).join(', ')}`);
  if (c.rowsChanged.length > 0) what.push(count(c.rowsChanged.length, 'rij anders', 'rijen anders'));
  if (c.rowsAdded.length > 0) what.push(`${count(c.rowsAdded.length, 'rij', 'rijen')} erbij`);
  if (c.rowsRemoved.length > 0) what.push(`${count(c.rowsRemoved.length, 'rij', 'rijen')} eruit`);
  const lines = [`- **${title}** (\`${c.id}\`): ${what.join('; ')}${note}`];
  if (described) {
    const h = highlight(c.description.old ?? '', c.description.new ?? '', 8);
    lines.push(`  - beschrijving oud: ${h.old}`, `  - beschrijving nieuw: ${h.new}`);
  }
  // A diff block: changed rows with their cells, rows out (−) and rows in (+).
  const diff = [
    ...c.rowsChanged.map((r) => `  ${r.key}: ${r.cells.map((x) => `${x.column} ${chartCell(x.old)} → ${chartCell(x.new)}`).join(' · ')}`),
    ...c.rowsRemoved.map((r) => `- ${chartRow(r)}`),
    ...c.rowsAdded.map((r) => `+ ${chartRow(r)}`),
  ];
  if (diff.length > 0) {
    const shown = diff.slice(0, CHART_ROWS_SHOWN);
    const more = diff.length - shown.length;
    const fence = '```';
    lines.push('', `  ${fence}diff`, ...shown.map((d) => `  ${d.split(fence).join('` ` `')}`), `  ${fence}`);
    if (more > 0) lines.push(`  … en ${count(more, 'rij', 'rijen')} meer`);
    lines.push('');
  }
  return lines;
}

export function charts(report: DiffReport, links?: VisualLinks): string[] {
  return outputSection('Grafieken', report.charts, (changes) => [...changes.flatMap((c) => chartLines(c, pictureNote(report, c, links))), '']);
}
