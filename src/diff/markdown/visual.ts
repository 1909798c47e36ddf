/**
 * The report's section on the pictures (`--visual`): how many charts and letter pages look
 * different, each linked to its place in the review page, and the charts and letters whose data
 * changed while their pictures did not.
 */
import { isVisible, type ChartPicture, type LetterPictures, type VisualSection } from '../visual/types.ts';
import type { DiffReport } from '../types.ts';
import { count, esc } from './text.ts';

/** Where the review page is: a relative path (deep links to its sections work) or an address such as a CI artifact's (they do not). */
export interface VisualLinks {
  page: string;
  anchors: boolean;
}

/** A Markdown link to a section of the review page, or the text alone when sections cannot be linked. */
export function visualLink(links: VisualLinks, anchor: string, text: string): string {
  return links.anchors ? `[${text}](${links.page}#${anchor})` : text;
}

/** "2 grafieken en 4 briefpagina's" */
export const visualCounts = (v: Extract<VisualSection, { available: true }>) =>
  `${count(v.counts.charts, 'grafiek', 'grafieken')} en ${count(v.counts.pages, 'briefpagina', "briefpagina's")}`;

function letterLine(l: LetterPictures, links: VisualLinks): string {
  const name = `${esc(l.title)} (\`${l.path}\`)`;
  if (l.status === 'added') return `- nieuwe brief ${visualLink(links, l.anchor, name)}, ${count(l.pageCount.after ?? 0, 'pagina', "pagina's")}`;
  if (l.status === 'removed') return `- vervallen brief ${visualLink(links, l.anchor, name)}`;
  const page = (p: LetterPictures['pages'][number]) =>
    visualLink(links, p.anchor, String(p.page)) + (p.status === 'added' ? ' (nieuw)' : p.status === 'removed' ? ' (vervallen)' : '');
  const total = Math.max(l.pageCount.before ?? 0, l.pageCount.after ?? 0);
  return `- ${name}: ${l.pages.length === 1 ? 'pagina' : "pagina's"} ${l.pages.map(page).join(', ')} van ${total}`;
}

/** Pages that look the same although a chart on them has other figures (by the report's chart titles). */
function samePageLines(report: DiffReport, charts: ChartPicture[], l: LetterPictures): string[] {
  const title = (id: string) => {
    const c = report.charts.available ? report.charts.changes.find((x) => x.id === id) : undefined;
    return `**${esc(charts.find((x) => x.id === id)?.title ?? c?.title.new ?? c?.title.old ?? id)}**`;
  };
  return l.samePages.map(
    (p) => `- ${esc(l.title)} (\`${l.path}\`), pagina ${p.page}: toont ${p.charts.map(title).join(' en ')}, waarvan de cijfers veranderen; geen pixel van de pagina verandert`,
  );
}

function chartLine(c: ChartPicture, links: VisualLinks): string {
  const what = c.status === 'added' ? 'nieuwe grafiek' : c.status === 'removed' ? 'vervallen grafiek' : 'grafiek';
  return `- ${what} **${esc(c.title)}** (\`${c.id}\`): ${visualLink(links, c.anchor, 'voor, na en verschil')}`;
}

const QUIET_CHART = { 'same-drawing': 'de tekening is dezelfde', 'same-pixels': 'het SVG-bestand verandert, geen pixel' };
const QUIET_LETTER = { 'same-drawing': 'de PDF is dezelfde', 'same-pixels': 'de PDF verandert, geen pixel van een pagina' };

export function visual(report: DiffReport, links: VisualLinks | undefined): string[] {
  const v = report.visual;
  if (!v || !links) return [];
  const out = ['### Beelden voor en na', ''];
  if (!v.available) return [...out, `_Geen beelden gemaakt: ${esc(v.reason)}._`, ''];
  const visibleLetters = v.letters.filter((l) => isVisible(l.status));
  const visibleCharts = v.charts.filter((c) => isVisible(c.status));
  out.push(`**${visualCounts(v)} zien er anders uit** · [de beelden naast elkaar](${links.page})`, '');
  if (!links.anchors) out.push(`_Pak het artefact uit en open \`${esc(v.dir.replace(/\/+$/, ''))}/index.html\`._`, '');
  out.push(...visibleLetters.map((l) => letterLine(l, links)), ...visibleCharts.map((c) => chartLine(c, links)));
  if (visibleLetters.length + visibleCharts.length > 0) out.push('');
  const quiet = [
    ...v.letters.filter((l) => !isVisible(l.status)).map((l) => `- ${esc(l.title)} (\`${l.path}\`): ${QUIET_LETTER[l.status as keyof typeof QUIET_LETTER]}`),
    ...v.letters.flatMap((l) => samePageLines(report, v.charts, l)),
    ...v.charts.filter((c) => !isVisible(c.status)).map((c) => `- grafiek **${esc(c.title)}** (\`${c.id}\`): ${QUIET_CHART[c.status as keyof typeof QUIET_CHART]}`),
  ];
  if (quiet.length > 0) out.push('Gegevens gewijzigd, beeld gelijk:', '', ...quiet, '');
  return out;
}
