/** The report's sections on the input: changed, added and removed figures, provenance, other tables. */
import { formatNumber, formatPeriodShort, formatSigned } from '../../format/dutch.ts';
import { TABLES } from '../../data/schema.ts';
import { FIGURE_KIND, type FigureKind } from '../../data/vocabulary.ts';
import type { ExcerptChange, FieldChange, Figure, FigureChange, ProvenanceChange, TableChanges } from '../types.ts';
import { EXCERPTS } from '../../data/load.ts';
import type { Labels } from './labels.ts';
import { count, dec, esc, fold, highlight, money, quoted, relativeText, signedMoney } from './text.ts';

export function figureValue(f: Figure, v: number): string {
  if (f.table === 'costs') return money(v);
  if (f.unit === 'percent') return `${formatNumber(v, dec(v))} %`;
  return formatNumber(v, dec(v));
}

export function figureChange(f: Figure, change: number): string {
  if (f.table === 'costs') return signedMoney(change);
  if (f.unit === 'percent') return `${formatSigned(change, dec(change))} %-punt`;
  return formatSigned(change, dec(change));
}

/** What a group of figures is: its edition, or for a figure of no edition its kind ("Vastgesteld cijfer"). */
export function figureGroup(f: Figure, edition: (id: string) => string): string {
  if (f.table === 'costs') return 'Kosten';
  if (f.table === 'realisations') return 'Realisaties';
  if (f.edition !== null) return edition(f.edition);
  return FIGURE_KIND[f.kind as FigureKind]?.label ?? f.kind ?? 'Prognose';
}

function groupTitle(f: Figure, l: Labels): string {
  const subject = f.table === 'costs' ? l.cost(f.subject) : l.indicator(f.subject);
  return `${figureGroup(f, (id) => l.edition(id))} · ${subject}`;
}

/**
 * Where a figure comes from, for a reviewer to check it against its document: source, location,
 * the quote and the note (as sub-items of a list item).
 */
export function evidence(f: Figure): string[] {
  return [
    `  - bron \`${f.source}\`, ${esc(f.location)}`,
    `  - citaat: ${quoted(f.quote)}`,
    ...(f.note ? [`  - toelichting: ${esc(f.note)}`] : []),
  ];
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

export function changedFigures(changes: FigureChange[], l: Labels): string[] {
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
  const lines = changes.flatMap((c) => [`- **${groupTitle(c.new, l)} · ${figureName(c.new, l)}** (${figureValue(c.new, c.new.value)}):`, ...evidence(c.new)]);
  return ['### Gewijzigde cijfers', '', ...body, ...fold(lines, `herkomst van de nieuwe waarden (${count(changes.length, 'cijfer', 'cijfers')})`), ''];
}

/** Added or removed figures; `withEvidence`: each with its source, location, quote and note (for added ones, to check them). */
export function figureList(title: string, figures: Figure[], l: Labels, withEvidence = false): string[] {
  if (figures.length === 0) return [];
  const value = (f: Figure) => `${f.qualifier ? `${esc(f.qualifier)} ` : ''}${figureValue(f, f.value)}`;
  const body = grouped(figures, (f) => f, l, (run) =>
    withEvidence
      ? run.flatMap((f) => [`- **${figureName(f, l)}**: ${value(f)}`, ...evidence(f)])
      : ['| cijfer | waarde | bron |', '|---|---:|---|', ...run.map((f) => `| ${figureName(f, l)} | ${value(f)} | \`${f.source}\` |`)],
  );
  return [`### ${title}`, '', ...fold(body, count(figures.length, 'cijfer', 'cijfers'))];
}

export function provenance(changes: ProvenanceChange[], l: Labels): string[] {
  if (changes.length === 0) return [];
  const lines = changes.map(
    (c) => `- **${groupTitle(c.new, l)} · ${figureName(c.new, l)}** (${figureValue(c.new, c.new.value)}): ${c.fields.map(fieldText).join('; ')}`,
  );
  return ['### Herkomst gewijzigd (bron, vindplaats, citaat)', '', ...fold(lines, count(changes.length, 'cijfer', 'cijfers')), ''];
}

/** The Dutch names of the tables without figures; the file names come from the schema. */
const TABLE_LABEL: Record<TableChanges['table'], string> = {
  editions: 'Edities',
  indicators: 'Indicatoren',
  sources: 'Bronnen',
  costScenarios: 'Kostenberekeningen',
};

export function otherTables(tables: TableChanges[]): string[] {
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
    out.push(`#### ${TABLE_LABEL[t.table]} (${TABLES[t.table].file})`, '', ...fold(lines, count(lines.length, 'rij', 'rijen')), '');
  }
  return out;
}

/** Lines of an excerpt shown in full when it is new; a longer one is cut there, and says so. */
const EXCERPT_LINES = 30;
/** Words kept either side of a change within a line. */
const EXCERPT_CONTEXT = 12;

/** The excerpts of the sources (data/sources/) that appeared, changed or went: the evidence behind the quotes. */
export function excerpts(changes: ExcerptChange[]): string[] {
  if (changes.length === 0) return [];
  const out = [`### Uittreksels van bronnen (data/${EXCERPTS}/)`, ''];
  for (const c of changes) {
    const cited = c.sources.length > 0 ? ` (bron ${c.sources.map((s) => `\`${s}\``).join(', ')})` : ' (geen bron verwijst ernaar)';
    const name = `\`${EXCERPTS}/${c.file}\`${cited}`;
    if (c.status === 'removed') {
      out.push(`- verwijderd: ${name}`);
      continue;
    }
    if (c.status === 'added') {
      const text = c.lines.map((l) => l.new!).filter((l) => l !== '');
      const shown = text.slice(0, EXCERPT_LINES).map((l) => `  > ${esc(l)}`);
      const more = text.length > EXCERPT_LINES ? [`  > … en ${count(text.length - EXCERPT_LINES, 'regel', 'regels')} meer`] : [];
      out.push(`- nieuw: ${name}, ${count(text.length, 'regel', 'regels')}:`, ...fold([...shown, ...more], 'de tekst'));
      continue;
    }
    const lines = c.lines.flatMap((l) => {
      if (l.old !== null && l.new !== null) {
        const h = highlight(l.old, l.new, EXCERPT_CONTEXT);
        return [`  - oud: ${h.old}`, `  - nieuw: ${h.new}`];
      }
      return l.old !== null ? [`  - weg: ${esc(l.old)}`] : [`  - erbij: ${esc(l.new!)}`];
    });
    out.push(`- gewijzigd: ${name}, ${count(c.lines.length, 'regel', 'regels')} anders:`, ...fold(lines, count(c.lines.length, 'regel', 'regels')));
  }
  return [...out, ''];
}
