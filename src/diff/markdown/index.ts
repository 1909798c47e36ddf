/**
 * The diff report as Markdown, for a pull-request comment or a terminal, and as JSON. Labels are
 * Dutch; every figure is formatted through src/format. The first line is a hidden marker by which
 * the CI workflow finds its own comment to update it. One module per section of the report.
 */
import { errorCount, formatError } from '../../errors.ts';
import { formatNumber } from '../../format/dutch.ts';
import type { DiffReport } from '../types.ts';
import { charts } from './charts.ts';
import { derived } from './derived.ts';
import { changedFigures, excerpts, figureList, otherTables, provenance } from './figures.ts';
import { Labels } from './labels.ts';
import { sentences } from './sentences.ts';
import { count, esc, fold } from './text.ts';
import { visual, visualCounts, type VisualLinks } from './visual.ts';

export { esc, highlight, relativeText } from './text.ts';
export type { VisualLinks } from './visual.ts';

export const REPORT_MARKER = '<!-- mpp-diff-report -->';

function summaryLine(report: DiffReport, l: Labels): string[] {
  const s = report.summary!;
  const editions = s.editions.length > 0 ? s.editions.map((e) => l.edition(e)).join(', ') : 'geen';
  const first =
    `**${formatNumber(s.figuresChanged)} ${s.figuresChanged === 1 ? 'cijfer' : 'cijfers'} gewijzigd, ` +
    `${formatNumber(s.figuresAdded)} toegevoegd, ${formatNumber(s.figuresRemoved)} verwijderd** · edities: ${editions}`;
  const n = (v: number | null) => (v === null ? 'niet vergeleken' : formatNumber(v));
  const second =
    `Herkomst gewijzigd: ${formatNumber(s.provenanceChanged)} · overige rijen: ${formatNumber(s.otherRowsChanged)} · ` +
    `uittreksels: ${formatNumber(s.excerptsChanged)} · ` +
    `afgeleide cijfers: ${n(s.derivedChanged)} · zinnen: ${n(s.sentencesChanged)} · grafieken: ${n(s.chartsChanged)}` +
    (report.visual?.available ? ` · zichtbaar anders: ${visualCounts(report.visual)}` : '');
  return [first, '', second, ''];
}

function isEmpty(report: DiffReport): boolean {
  const s = report.summary!;
  return (
    s.figuresAdded + s.figuresChanged + s.figuresRemoved + s.provenanceChanged + s.otherRowsChanged + s.excerptsChanged === 0 &&
    !s.derivedChanged &&
    !s.sentencesChanged &&
    !s.chartsChanged
  );
}

/** Cut a long report at a line boundary, closing an open code block or <details>, and say so. */
export function truncate(markdown: string, maxLength: number): string {
  if (markdown.length <= maxLength) return markdown;
  const note =
    '\n_Dit rapport is ingekort. Het volledige rapport: `npm run diff` lokaal, of het artefact van deze controle._\n';
  const budget = Math.max(0, maxLength - note.length - 40);
  const lines = markdown.slice(0, budget).split('\n');
  lines.pop(); // the last, possibly cut, line
  const closing: string[] = [];
  const fences = lines.filter((x) => x.trim().startsWith('```')).length;
  if (fences % 2 === 1) closing.push('  ```');
  const open = lines.filter((x) => x === '<details>').length - lines.filter((x) => x === '</details>').length;
  for (let i = 0; i < open; i++) closing.push('', '</details>');
  return [...lines, ...closing, note].join('\n');
}

/** The located errors as a text block. */
const errorBlock = (errors: DiffReport['errors']) => ['```text', ...errors.map(formatError), '```'];

function invalid(report: DiffReport): string[] {
  return [
    `**De nieuwe gegevens voldoen niet aan de controle: ${count(errorCount(report.errors), 'fout', 'fouten')}.** ` +
      'Los deze eerst op; daarna laat dit rapport zien wat er verandert.',
    '',
    ...errorBlock(report.errors),
    '',
  ];
}

function changes(report: DiffReport, links: VisualLinks | undefined): string[] {
  const l = new Labels(report);
  const out: string[] = [];
  if (report.baseNote) {
    out.push(`> **Let op:** ${esc(report.baseNote)}`, '');
    if (report.baseErrors.length > 0) {
      out.push(...fold(errorBlock(report.baseErrors), count(errorCount(report.baseErrors), 'fout', 'fouten') + ' in de oude gegevens'), '');
    }
  }
  out.push(...summaryLine(report, l));
  if (isEmpty(report)) return [...out, 'Geen verschillen in de gegevens.', '', ...visual(report, links)];
  return [
    ...out,
    ...visual(report, links),
    ...changedFigures(report.figures.changed, l),
    ...figureList('Toegevoegde cijfers', report.figures.added, l, true),
    ...figureList('Verwijderde cijfers', report.figures.removed, l),
    ...provenance(report.provenance, l),
    ...otherTables(report.tables),
    ...excerpts(report.excerpts),
    ...derived(report, l),
    ...sentences(report, l),
    ...charts(report, links),
  ];
}

/**
 * The report as Markdown. `maxLength` cuts it (see truncate); `visual` says where the review page of
 * `--visual` is, for the links to it.
 */
export function renderMarkdown(report: DiffReport, opts: { maxLength?: number; visual?: VisualLinks } = {}): string {
  const out = [REPORT_MARKER, '## Gegevenswijzigingen', '', `Vergeleken: ${esc(report.base)} → ${esc(report.head)}`, ''];
  out.push(...(report.valid ? changes(report, opts.visual) : [...invalid(report), ...visual(report, opts.visual)]));
  const text = out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
  return opts.maxLength ? truncate(text, opts.maxLength) : text;
}

/** The JSON form: the report structure itself, with a stable key order. */
export function renderJson(report: DiffReport): string {
  // JSON escapes C0 controls itself; DEL and C1 (0x9b starts an escape sequence in some terminals) too.
  return JSON.stringify(report, null, 2).replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}
