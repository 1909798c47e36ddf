/**
 * The diff report as Markdown, for a pull-request comment or a terminal. Labels are Dutch; every
 * figure is formatted through src/format.ts. The first line is a hidden marker by which the CI
 * workflow finds its own comment to update it.
 */
import { formatError } from '../data/errors.ts';
import {
  formatMoney,
  formatNumber,
  formatPercent,
  formatPeriodShort,
  formatSigned,
  formatSignedPercent,
} from '../format/dutch.ts';
import { COST_TYPE, SCENARIO } from '../data/vocabulary.ts';
import type { CostType, Scenario } from '../data/schema.ts';
import { derivedTitle } from '../downloads/derived-tables.ts';
import { decimalsOf } from './rows.ts';
import type {
  Cell,
  ChartChange,
  DerivedChange,
  DiffReport,
  FieldChange,
  Figure,
  FigureChange,
  ProvenanceChange,
  SentenceChange,
  TableChanges,
} from './types.ts';

export const REPORT_MARKER = '<!-- mpp-diff-report -->';

/** Lists longer than this are folded into a <details> block. */
const FOLD_AFTER = 12;
/** At most this many data rows are shown per chart. */
const CHART_ROWS_SHOWN = 20;

// ---------------------------------------------------------------------------------------------
// Text helpers

/** Escape text for inline Markdown (also inside a table cell): no formatting, no HTML, no line breaks. */
export function esc(s: string): string {
  return s.replace(/\r?\n/g, ' ').replace(/([\\`*_[\]<>|])/g, '\\$1');
}

const quoted = (s: string | null) => (s === null ? '(leeg)' : `“${esc(s)}”`);

/** How many decimals a figure needs (at most three, as the letters print them). */
const dec = (n: number) => Math.min(3, decimalsOf(n));

/** `n` items, with the noun in singular or plural. */
const count = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;

/** A relative change in percent, with enough decimals that a small change does not read as 0 %. */
export function relativeText(fraction: number | null): string {
  if (fraction === null) return 'n.v.t.';
  const pct = Math.abs(fraction * 100);
  // Under 1 %: as many decimals as it takes to show the first significant digit.
  const d = pct === 0 || pct >= 1 ? 0 : Math.min(6, Math.ceil(-Math.log10(pct)));
  return formatSignedPercent(fraction, d);
}

function signedMoney(n: number): string {
  const s = formatMoney(n, { decimals: Math.min(2, decimalsOf(n)) });
  return n > 0 ? `+${s}` : s;
}

function fold(lines: string[], summary: string): string[] {
  if (lines.length <= FOLD_AFTER) return lines;
  return ['<details>', `<summary>${summary}</summary>`, '', ...lines, '', '</details>'];
}

// ---------------------------------------------------------------------------------------------
// Figures

class Labels {
  constructor(private readonly report: DiffReport) {}
  edition(id: string | null): string {
    if (id === null) return '';
    return esc(this.report.labels.editions[id] ?? id);
  }
  indicator(id: string): string {
    return esc(this.report.labels.indicators[id] ?? id);
  }
  scenario(s: string | null): string {
    return s === null ? '' : esc(SCENARIO[s as Scenario]?.label ?? s);
  }
  cost(type: string): string {
    return esc(COST_TYPE[type as CostType]?.label ?? type);
  }
}

function figureValue(f: Figure, v: number): string {
  if (f.table === 'costs') return formatMoney(v, { decimals: Math.min(2, decimalsOf(v)) });
  if (f.unit === 'percent') return `${formatNumber(v, dec(v))} %`;
  return formatNumber(v, dec(v));
}

function figureChange(f: Figure, change: number): string {
  if (f.table === 'costs') return signedMoney(change);
  if (f.unit === 'percent') return `${formatSigned(change, dec(change))} %-punt`;
  return formatSigned(change, dec(change));
}

function groupTitle(f: Figure, l: Labels): string {
  if (f.table === 'costs') return `Kosten · ${l.cost(f.subject)}`;
  if (f.table === 'realisations') return `Realisaties · ${l.indicator(f.subject)}`;
  return `${l.edition(f.edition)} · ${l.indicator(f.subject)}`;
}

/** What identifies a figure within its group: period, scenario, region. */
function figureName(f: Figure, l: Labels): string {
  if (f.table === 'costs') return `prijsjaar ${esc(f.period)}`;
  const parts = [esc(formatPeriodShort(f.period))];
  if (f.scenario) parts.push(l.scenario(f.scenario));
  if (f.region) parts.push(esc(f.region));
  return parts.join(' · ');
}

/** Items in runs of the same group, each run under its own heading. */
function grouped<T>(items: T[], figure: (t: T) => Figure, l: Labels, render: (items: T[]) => string[]): string[] {
  const out: string[] = [];
  let run: T[] = [];
  let title = '';
  const flush = () => {
    if (run.length === 0) return;
    out.push(`#### ${title}`, '', ...render(run), '');
    run = [];
  };
  for (const item of items) {
    const t = groupTitle(figure(item), l);
    if (t !== title) flush();
    title = t;
    run.push(item);
  }
  flush();
  return out;
}

const FIELD_LABEL: Record<string, string> = {
  source: 'bron',
  location: 'vindplaats',
  quote: 'citaat',
  qualifier: 'kwalificatie',
  note: 'toelichting',
  unit: 'eenheid',
};

function fieldText(c: FieldChange): string {
  const label = FIELD_LABEL[c.field] ?? esc(c.field);
  if (c.field === 'source') return `${label} \`${c.old ?? ''}\` → \`${c.new ?? ''}\``;
  return `${label} ${quoted(c.old)} → ${quoted(c.new)}`;
}

function changedFigures(changes: FigureChange[], l: Labels): string[] {
  if (changes.length === 0) return [];
  const body = grouped(changes, (c) => c.new, l, (run) => [
    '| cijfer | oud → nieuw | verschil | relatief | bron |',
    '|---|---:|---:|---:|---|',
    ...run.map((c) => {
      const also = c.fields.some((f) => f.field === 'source') ? ' (bron gewijzigd)' : '';
      return `| ${figureName(c.new, l)} | ${figureValue(c.new, c.old.value)} → ${figureValue(c.new, c.new.value)} | ${figureChange(
        c.new,
        c.change,
      )} | ${relativeText(c.relative)} | \`${c.new.source}\`${also} |`;
    }),
  ]);
  return ['### Gewijzigde cijfers', '', ...body];
}

function figureList(title: string, figures: Figure[], l: Labels): string[] {
  if (figures.length === 0) return [];
  const body = grouped(figures, (f) => f, l, (run) => [
    '| cijfer | waarde | bron |',
    '|---|---:|---|',
    ...run.map((f) => {
      const q = f.qualifier ? `${esc(f.qualifier)} ` : '';
      return `| ${figureName(f, l)} | ${q}${figureValue(f, f.value)} | \`${f.source}\` |`;
    }),
  ]);
  return [`### ${title}`, '', ...fold(body, count(figures.length, 'cijfer', 'cijfers'))];
}

function provenance(changes: ProvenanceChange[], l: Labels): string[] {
  if (changes.length === 0) return [];
  const lines = changes.map(
    (c) => `- **${groupTitle(c.new, l)} · ${figureName(c.new, l)}** (${figureValue(c.new, c.new.value)}): ${c.fields.map(fieldText).join('; ')}`,
  );
  return ['### Herkomst gewijzigd (bron, vindplaats, citaat)', '', ...fold(lines, count(changes.length, 'cijfer', 'cijfers')), ''];
}

const TABLE_TITLE: Record<TableChanges['table'], string> = {
  editions: 'Edities (editions.csv)',
  indicators: 'Indicatoren (indicators.csv)',
  sources: 'Bronnen (sources.csv)',
  costScenarios: 'Kostenberekeningen (cost-scenarios.csv)',
};

function otherTables(tables: TableChanges[]): string[] {
  if (tables.length === 0) return [];
  const out = ['### Overige gegevens', ''];
  for (const t of tables) {
    const name = (id: string) => `\`${id.slice(id.indexOf('/') + 1)}\``;
    const title = (row: Record<string, string | null>) => row.label ?? row.title ?? '';
    const lines = [
      ...t.added.map((r) => `- toegevoegd: ${name(r.id)} ${esc(title(r.row))}`.trimEnd()),
      ...t.removed.map((r) => `- verwijderd: ${name(r.id)} ${esc(title(r.row))}`.trimEnd()),
      ...t.changed.map((r) => `- gewijzigd: ${name(r.id)}: ${r.fields.map((f) => `${esc(f.field)} ${quoted(f.old)} → ${quoted(f.new)}`).join('; ')}`),
    ];
    out.push(`#### ${TABLE_TITLE[t.table]}`, '', ...fold(lines, count(lines.length, 'rij', 'rijen')), '');
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Derived figures

const COLUMN_LABEL: Record<string, string> = {
  minimum: 'minimum',
  medio: 'medio',
  mediaan: 'mediaan',
  maximum: 'maximum',
  point: 'raming',
  band: 'bandbreedte',
  previous: 'vorige editie',
  previous_scenario: 'vorig scenario',
  old: 'oud',
  new: 'nieuw',
  change: 'verandering',
  relative: 'relatief',
  scenario: 'scenario',
  forecast: 'prognose',
  realisation: 'realisatie',
  error: 'afwijking',
  relative_error: 'relatieve afwijking',
  in_band: 'binnen bandbreedte',
  per_year: 'per jaar',
  per_day: 'per dag',
  multiple_of_regular: 'keer een reguliere plek',
  stated: 'opgegeven',
  kind: 'soort',
  places: 'plekken',
  emergency_share: 'aandeel noodopvang',
  price_year: 'prijsjaar',
  emergency_per_year: 'noodopvangplek per jaar',
  regular_per_year: 'reguliere plek per jaar',
  total: 'totaal',
};

const MONEY = new Set(['per_year', 'per_day', 'emergency_per_year', 'regular_per_year', 'total']);
const FRACTION = new Set(['relative', 'relative_error']);
const WORDS: Record<string, string> = {
  'per-year': 'per jaar',
  'per-night': 'per nacht',
  mix: 'mix van opvangplekken',
  conversion: 'ombouw noodopvang naar regulier',
};

function cellText(column: string, v: Cell | undefined, l: Labels): string {
  if (v === null || v === undefined) return '–';
  if (typeof v === 'boolean') return v ? 'ja' : 'nee';
  if (typeof v === 'number') {
    if (MONEY.has(column)) return formatMoney(v, { decimals: Math.min(2, decimalsOf(v)) });
    if (FRACTION.has(column)) return formatSignedPercent(v, 1);
    if (column === 'emergency_share') return formatPercent(v, Math.max(0, Math.min(2, decimalsOf(v) - 2)));
    if (column === 'multiple_of_regular') return formatNumber(v, 2);
    if (column === 'price_year') return String(v);
    return formatNumber(v, dec(v));
  }
  if (column === 'previous' || column === 'edition') return l.edition(v);
  if (column === 'scenario' || column === 'previous_scenario') return l.scenario(v);
  return esc(WORDS[v] ?? v);
}

function cellDelta(column: string, old: Cell | undefined, now: Cell | undefined): string {
  if (typeof old !== 'number' || typeof now !== 'number') return '';
  if (FRACTION.has(column) || column === 'emergency_share' || column === 'price_year') return '';
  const d = Math.max(decimalsOf(old), decimalsOf(now));
  const diff = Math.round((now - old) * 10 ** d) / 10 ** d;
  if (MONEY.has(column)) return ` (${signedMoney(diff)})`;
  if (column === 'multiple_of_regular') return ` (${formatSigned(diff, 2)})`;
  return ` (${formatSigned(diff, dec(diff))})`;
}

function derivedName(d: DerivedChange, l: Labels): string {
  const k = d.key;
  const s = (v: Cell | undefined) => (v === null || v === undefined ? '' : String(v));
  const region = k.region ? ` · ${esc(s(k.region))}` : '';
  const period = (v: Cell | undefined) => esc(formatPeriodShort(s(v)));
  switch (d.table) {
    case 'scenario-tables':
      return `${l.edition(s(k.edition))} · ${l.indicator(s(k.indicator))} · ${period(k.period)}${region}`;
    case 'revisions':
      return `${l.edition(s(k.edition))} · ${l.indicator(s(k.indicator))} · ${period(k.period)} · ${l.scenario(s(k.scenario))}${region}`;
    case 'vintages':
      return `${l.indicator(s(k.indicator))} · ${period(k.period)}${region} · ${l.edition(s(k.edition))}`;
    case 'place-costs':
      return `${l.cost(s(k.type))} · prijsjaar ${esc(s(k.price_year))}`;
    case 'cost-calculations':
      return `\`${s(k.id)}\``;
    default:
      return Object.entries(k)
        .map(([c, v]) => `${esc(c)} ${esc(s(v))}`)
        .join(' · ');
  }
}

function derivedLine(d: DerivedChange, l: Labels): string {
  const label = (c: string) => COLUMN_LABEL[c] ?? esc(c);
  if (d.status === 'changed') {
    const cells = d.cells.map(
      (c) => `${label(c.column)} ${cellText(c.column, c.old, l)} → ${cellText(c.column, c.new, l)}${cellDelta(c.column, c.old, c.new)}`,
    );
    return `- ${derivedName(d, l)}: ${cells.join('; ')}`;
  }
  const side = d.status === 'added' ? 'new' : 'old';
  const cells = d.cells.filter((c) => c[side] !== null).map((c) => `${label(c.column)} ${cellText(c.column, c[side], l)}`);
  return `- ${d.status === 'added' ? 'nieuw' : 'vervallen'}: ${derivedName(d, l)}: ${cells.join('; ')}`;
}

function derived(report: DiffReport, l: Labels): string[] {
  const out = ['### Afgeleide cijfers die meeveranderen', ''];
  if (!report.derived.available) return [...out, `_Niet vergeleken: ${esc(report.derived.reason)}._`, ''];
  if (report.derived.changes.length === 0) return [...out, 'Geen.', ''];
  const tables = [...new Set(report.derived.changes.map((d) => d.table))];
  for (const t of tables) {
    const rows = report.derived.changes.filter((d) => d.table === t);
    const changed = rows.filter((d) => d.status === 'changed').map((d) => derivedLine(d, l));
    const others = rows.filter((d) => d.status !== 'changed').map((d) => derivedLine(d, l));
    out.push(`#### ${esc(derivedTitle(t) ?? t)}`, '');
    out.push(...fold(changed, count(changed.length, 'gewijzigde rij', 'gewijzigde rijen')));
    if (changed.length > 0 && others.length > 0) out.push('');
    out.push(...fold(others, `${count(others.length, 'rij', 'rijen')} nieuw of vervallen`), '');
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Letters and charts

/**
 * Bold the words that differ between two texts (the part between their common start and end). With
 * `context`, only that many words either side of the difference are kept.
 */
export function highlight(old: string, now: string, context = Infinity): { old: string; new: string } {
  const a = old.split(/(\s+)/);
  const b = now.split(/(\s+)/);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  // Words and the white space between them alternate; keep `context` words (2 parts each).
  const keep = context === Infinity ? Infinity : context * 2;
  const mark = (parts: string[]) => {
    const before = parts.slice(0, start);
    const after = parts.slice(parts.length - end);
    const head = (before.length > keep ? '… ' : '') + before.slice(Math.max(0, before.length - keep)).join('').trimStart();
    const tail = after.slice(0, keep).join('').trimEnd() + (after.length > keep ? ' …' : '');
    const mid = parts.slice(start, parts.length - end).join('');
    const trimmed = mid.trim();
    if (trimmed === '') return esc(head + mid + tail);
    const lead = mid.slice(0, mid.indexOf(trimmed));
    const trail = mid.slice(mid.indexOf(trimmed) + trimmed.length);
    return `${esc(head + lead)}**${esc(trimmed)}**${esc(trail + tail)}`;
  };
  return { old: mark(a), new: mark(b) };
}

/** The letters and their sections as src/letters names them. */
const LETTER_LABEL: Record<string, string> = { 'tweede-kamer': 'Kamerbrief', gemeenten: 'brief aan gemeenten' };
const SECTION_LABEL: Record<string, string> = {
  instroom: 'instroom',
  opvang: 'opvang',
  uitstroom: 'uitstroom',
  oekraine: 'Oekraïense ontheemden',
  kosten: 'kosten',
  huisvesting: 'huisvesting statushouders',
};

function sentences(report: DiffReport, l: Labels): string[] {
  const out = ['### Zinnen in de brieven', ''];
  if (!report.sentences.available) return [...out, `_Niet vergeleken: ${esc(report.sentences.reason)}._`, ''];
  if (report.sentences.changes.length === 0) return [...out, 'Geen.', ''];
  const where = (s: SentenceChange) =>
    `**${l.edition(s.edition)}** · ${esc(LETTER_LABEL[s.letter] ?? s.letter)} · ${esc(SECTION_LABEL[s.section] ?? s.section)} (\`${s.id}\`)`;
  const lines = report.sentences.changes.flatMap((s) => {
    if (s.status === 'changed') {
      const h = highlight(s.old ?? '', s.new ?? '');
      return [`- ${where(s)}`, `  - oud: ${h.old}`, `  - nieuw: ${h.new}`];
    }
    if (s.status === 'added') return [`- nieuwe zin, ${where(s)}: ${esc(s.new ?? '')}`];
    return [`- vervallen zin, ${where(s)}: ${esc(s.old ?? '')}`];
  });
  return [...out, ...fold(lines, count(report.sentences.changes.length, 'zin', 'zinnen')), ''];
}

function chartCell(v: Cell | undefined): string {
  if (v === null || v === undefined || v === '') return '–';
  if (typeof v === 'number') return formatNumber(v, dec(v));
  if (typeof v === 'boolean') return v ? 'ja' : 'nee';
  return v.replace(/\r?\n/g, ' ');
}

function chartRow(row: Record<string, Cell>): string {
  return Object.entries(row)
    .map(([k, v]) => `${k}: ${chartCell(v)}`)
    .join(' · ');
}

function chartLines(c: ChartChange): string[] {
  const title = esc(c.title.new ?? c.title.old ?? c.id);
  if (c.status === 'added') return [`- nieuwe grafiek **${title}** (\`${c.id}\`), ${count(c.rowsAdded.length, 'rij', 'rijen')}`];
  if (c.status === 'removed') return [`- vervallen grafiek **${title}** (\`${c.id}\`)`];
  const what: string[] = [];
  if (c.title.old !== c.title.new) what.push(`titel ${quoted(c.title.old)} → ${quoted(c.title.new)}`);
  const described = c.description.old !== c.description.new;
  if (described) what.push('beschrijving gewijzigd');
  if (c.columns.added.length > 0) what.push(`kolom erbij: ${c.columns.added.map(esc).join(', ')}`);
  if (c.columns.removed.length > 0) what.push(`kolom eruit: ${c.columns.removed.map(esc).join(', ')}`);
  if (c.rowsChanged.length > 0) what.push(count(c.rowsChanged.length, 'rij anders', 'rijen anders'));
  if (c.rowsAdded.length > 0) what.push(`${count(c.rowsAdded.length, 'rij', 'rijen')} erbij`);
  if (c.rowsRemoved.length > 0) what.push(`${count(c.rowsRemoved.length, 'rij', 'rijen')} eruit`);
  const lines = [`- **${title}** (\`${c.id}\`): ${what.join('; ')}`];
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

function charts(report: DiffReport): string[] {
  const out = ['### Grafieken', ''];
  if (!report.charts.available) return [...out, `_Niet vergeleken: ${esc(report.charts.reason)}._`, ''];
  if (report.charts.changes.length === 0) return [...out, 'Geen.', ''];
  return [...out, ...report.charts.changes.flatMap(chartLines), ''];
}

// ---------------------------------------------------------------------------------------------
// The report

function summaryLine(report: DiffReport, l: Labels): string[] {
  const s = report.summary!;
  const editions = s.editions.length > 0 ? s.editions.map((e) => l.edition(e)).join(', ') : 'geen';
  const first =
    `**${formatNumber(s.figuresChanged)} ${s.figuresChanged === 1 ? 'cijfer' : 'cijfers'} gewijzigd, ` +
    `${formatNumber(s.figuresAdded)} toegevoegd, ${formatNumber(s.figuresRemoved)} verwijderd** · edities: ${editions}`;
  const n = (v: number | null) => (v === null ? 'niet vergeleken' : formatNumber(v));
  const second =
    `Herkomst gewijzigd: ${formatNumber(s.provenanceChanged)} · overige rijen: ${formatNumber(s.otherRowsChanged)} · ` +
    `afgeleide cijfers: ${n(s.derivedChanged)} · zinnen: ${n(s.sentencesChanged)} · grafieken: ${n(s.chartsChanged)}`;
  return [first, '', second, ''];
}

function isEmpty(report: DiffReport): boolean {
  const s = report.summary!;
  return (
    s.figuresAdded + s.figuresChanged + s.figuresRemoved + s.provenanceChanged + s.otherRowsChanged === 0 &&
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

export function renderMarkdown(report: DiffReport, opts: { maxLength?: number } = {}): string {
  const l = new Labels(report);
  const out: string[] = [REPORT_MARKER, '## Gegevenswijzigingen', '', `Vergeleken: ${esc(report.base)} → ${esc(report.head)}`, ''];
  if (!report.valid) {
    out.push(
      `**De nieuwe gegevens voldoen niet aan de controle: ${count(report.errors.length, 'fout', 'fouten')}.** ` +
        'Los deze eerst op; daarna laat dit rapport zien wat er verandert.',
      '',
      '```text',
      ...report.errors.map(formatError),
      '```',
      '',
    );
  } else {
    if (report.baseNote) {
      out.push(`> **Let op:** ${esc(report.baseNote)}`, '');
      if (report.baseErrors.length > 0) {
        out.push(
          ...fold(['```text', ...report.baseErrors.map(formatError), '```'], count(report.baseErrors.length, 'fout', 'fouten') + ' in de oude gegevens'),
          '',
        );
      }
    }
    out.push(...summaryLine(report, l));
    if (isEmpty(report)) out.push('Geen verschillen in de gegevens.', '');
    else {
      out.push(...changedFigures(report.figures.changed, l));
      out.push(...figureList('Toegevoegde cijfers', report.figures.added, l));
      out.push(...figureList('Verwijderde cijfers', report.figures.removed, l));
      out.push(...provenance(report.provenance, l));
      out.push(...otherTables(report.tables));
      out.push(...derived(report, l));
      out.push(...sentences(report, l));
      out.push(...charts(report));
    }
  }
  const text = out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
  return opts.maxLength ? truncate(text, opts.maxLength) : text;
}

/** The JSON form: the report structure itself, with a stable key order. */
export function renderJson(report: DiffReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
