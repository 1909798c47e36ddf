/** The report's sections on the input: changed, added and removed figures, provenance, other tables. */
import { formatNumber, formatPercentValue, formatPeriodShort, formatSigned } from '../../format/dutch.ts';
import { TABLES } from '../../data/schema.ts';
import type { FieldChange, Figure, FigureChange, ProvenanceChange, TableChanges } from '../types.ts';
import type { Labels } from './labels.ts';
import { count, dec, esc, fold, money, quoted, relativeText, signedMoney } from './text.ts';

export function figureValue(f: Figure, v: number): string {
  if (f.table === 'costs') return money(v);
  if (f.unit === 'percent') return formatPercentValue(v, dec(v));
  return formatNumber(v, dec(v));
}

export function figureChange(f: Figure, change: number): string {
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
  return ['### Gewijzigde cijfers', '', ...body];
}

export function figureList(title: string, figures: Figure[], l: Labels): string[] {
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
