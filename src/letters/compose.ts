/**
 * One letter as a document: its sections with the generated sentences (grouped in paragraphs),
 * tables and charts, and the numbered notes that cite the sources. Pure: data, model and charts in,
 * a plain object out, which `templates/letters/letter.njk` prints.
 */
import {
  formatDate,
  formatMoney,
  formatNumber,
  formatPeriodShort,
  formatQualified,
  formatSigned,
  formatSignedPercent,
} from '../format/dutch.ts';
import type { Forecast } from '../model/figures.ts';
import type { Model } from '../model/index.ts';
import { COST_TYPE, SCENARIO } from '../data/vocabulary.ts';
import type { Chart } from '../charts/index.ts';
import { chartId } from '../charts/ids.ts';
import type { CostType, Dataset, Edition, Scenario, Source } from '../data/schema.ts';
import { composeSentences, coverKey, sourceOfRow, type ComposedSentence } from './narrative/index.ts';
import {
  kenmerk,
  LETTER_SECTIONS,
  type LetterKind,
  letterSubject,
  letterTitle,
  publishedEnd,
  type SectionId,
  sectionOf,
} from './plan.ts';

/** What a letter takes of a rendered chart (src/charts). */
export type LetterChart = Pick<Chart, 'id' | 'title' | 'description' | 'svg' | 'table'>;

export interface LetterTable {
  id: string;
  number: number;
  caption: string;
  notes: number[];
  columns: string[];
  /** Each row: the row header (first column) and the other cells. */
  rows: { header: string; cells: string[] }[];
  /** Per column after the first: whether it holds figures (right-aligned, kept on one line). */
  numeric: boolean[];
}

export interface LetterFigure {
  id: string;
  number: number;
  title: string;
  description: string;
  svg: string;
}

export interface LetterSentence {
  id: string;
  text: string;
  notes: number[];
}

export interface LetterSection {
  id: SectionId;
  number: number;
  paragraphs: LetterSentence[][];
  figures: LetterFigure[];
  tables: LetterTable[];
}

export type LetterNote =
  | { number: number; kind: 'source'; source: Source }
  | { number: number; kind: 'sentence'; text: string };

export interface LetterDocument {
  edition: Edition;
  letter: LetterKind;
  title: string;
  subject: string;
  kenmerk: string;
  /** The edition's publication date as the letter prints it: "26 september 2025". */
  date: string;
  sections: LetterSection[];
  notes: LetterNote[];
  /** Every sentence printed in the body and in the notes, in print order (for checks). */
  sentences: { id: string; text: string }[];
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const scenarioHeader = (s: Scenario) => cap(SCENARIO[s].label);

/** The cell of a figure in a table: with its rounding word, and % for percentages. */
const cell = (f: { value: number; qualifier: string | null; unit: string }) =>
  formatQualified(f.value, f.qualifier) + (f.unit === 'percent' ? ' %' : '');

/** Hands out note numbers: one per source (reused when cited again), one per sentence note. */
class Notes {
  readonly list: LetterNote[] = [];
  private bySource = new Map<string, number>();
  constructor(private sources: Source[]) {}
  source(id: string): number {
    let n = this.bySource.get(id);
    if (n === undefined) {
      const source = this.sources.find((s) => s.id === id);
      if (!source) throw new Error(`source ${id} is not in sources.csv`);
      n = this.list.length + 1;
      this.list.push({ number: n, kind: 'source', source });
      this.bySource.set(id, n);
    }
    return n;
  }
  sentence(text: string): number {
    const n = this.list.length + 1;
    this.list.push({ number: n, kind: 'sentence', text });
    return n;
  }
}

const PLACE_TABLE_TYPES: CostType[] = ['regular', 'emergency-average', 'hotel', 'cruise-ship', 'tgo', 'ukraine-norm'];

export function composeLetter(
  data: Dataset,
  model: Model,
  charts: LetterChart[],
  editionId: string,
  letter: LetterKind,
): LetterDocument {
  const edition = data.editions.find((e) => e.id === editionId);
  if (!edition) throw new Error(`no edition ${editionId} in editions.csv`);
  const kamer = letter === 'tweede-kamer';
  const notes = new Notes(data.sources);
  const sentences = composeSentences(data, model, editionId, letter);
  const chartById = new Map(charts.map((c) => [c.id, c]));
  const label = (indicator: string) => data.indicators.find((i) => i.id === indicator)?.label ?? indicator;
  const editionLabel = (id: string) => data.editions.find((e) => e.id === id)?.label ?? id;
  const forecasts = model.forecasts.filter((f) => f.edition === editionId && f.region === null);
  const covered = new Set(sentences.flatMap((s) => s.covers));
  let tableNo = 0;
  let figureNo = 0;
  const printed: { id: string; text: string }[] = [];

  const sections: LetterSection[] = [];
  for (const sectionId of LETTER_SECTIONS[letter]) {
    const mine = sentences.filter((s) => s.section === sectionId);
    const inSection = forecasts.filter((f) => sectionOf(f.indicator, letter) === sectionId);

    // Paragraphs: consecutive sentences with the same paragraph key; notes numbered in print order.
    const paragraphs: LetterSentence[][] = [];
    let last: ComposedSentence | null = null;
    for (const s of mine) {
      const refs = s.sources.map((id) => notes.source(id));
      for (const n of s.notes) refs.push(notes.sentence(n.text));
      const printedSentence = { id: s.id, text: s.text, notes: [...new Set(refs)].sort((a, b) => a - b) };
      if (last && last.paragraph === s.paragraph) paragraphs.at(-1)!.push(printedSentence);
      else paragraphs.push([printedSentence]);
      last = s;
      printed.push({ id: s.id, text: s.text }, ...s.notes.map((n) => ({ id: n.id, text: n.text })));
    }

    // Charts of the indicators this section speaks of (sentences first, then tables).
    const indicators = [...new Set([...mine.flatMap((s) => s.covers.map((c) => c.split('|')[0]!)), ...inSection.map((f) => f.indicator)])];
    const figureIds = indicators.map((i) => chartId.scenarios(editionId, i));
    if (sectionId === 'kosten' && kamer && mine.some((s) => s.id.includes('/cost-'))) figureIds.push('costs-per-place');
    const figures: LetterFigure[] = [];
    for (const id of figureIds) {
      const c = chartById.get(id);
      if (c) figures.push({ id, number: ++figureNo, title: c.title, description: c.description, svg: c.svg });
    }

    const tables: LetterTable[] = [];
    const tableNotes = (fs: { rows: string[] }[]) =>
      [...new Set(fs.map((f) => notes.source(sourceOfRow(f.rows[0]!))))].sort((a, b) => a - b);

    // Scenario tables: indicators with a band of scenarios (letter to the Kamer).
    const inScenarioTable = new Set<string>();
    if (kamer) {
      for (const t of model.scenarioTables) {
        if (t.edition !== editionId || t.region !== null || sectionOf(t.indicator, letter) !== sectionId) continue;
        const scenarios = t.scenarios.filter((s) => s !== 'point');
        if (scenarios.length < 2) continue;
        inScenarioTable.add(t.indicator);
        const hasBand = t.periods.some((p) => p.band !== null);
        const fs = inSection.filter((f) => f.indicator === t.indicator);
        tables.push({
          id: `scenario-${t.indicator}`,
          number: ++tableNo,
          caption: `${label(t.indicator)} per scenario, ${edition.label}`,
          notes: tableNotes(fs),
          columns: ['Periode', ...t.scenarios.map(scenarioHeader), ...(hasBand ? ['Bandbreedte'] : [])],
          rows: t.periods.map((p) => ({
            header: formatPeriodShort(p.period),
            cells: [
              ...t.scenarios.map((s) => (p.values[s] === undefined ? '–' : formatQualified(p.values[s]!, p.qualifiers[s] ?? null))),
              ...(hasBand ? [p.band === null ? '–' : formatNumber(p.band)] : []),
            ],
          })),
          numeric: [],
        });
      }

      // Revision tables: this edition against the earlier one, figure by figure.
      const revisions = model.revisions.filter(
        (r) => r.edition === editionId && r.region === null && sectionOf(r.indicator, letter) === sectionId,
      );
      const groups = new Map<string, typeof revisions>();
      for (const r of revisions) {
        const k = `${r.indicator}|${r.previous}`;
        groups.set(k, [...(groups.get(k) ?? []), r]);
      }
      for (const [k, rs] of groups) {
        const [indicator, previous] = k.split('|') as [string, string];
        tables.push({
          id: `revision-${indicator}-${previous}`,
          number: ++tableNo,
          caption: `${label(indicator)}: ${edition.label} tegenover ${editionLabel(previous)}`,
          notes: [...new Set(rs.flatMap((r) => r.rows).map((row) => notes.source(sourceOfRow(row))))].sort((a, b) => a - b),
          columns: ['Periode', 'Scenario', editionLabel(previous), edition.label, 'Verschil', 'Verschil in %'],
          rows: rs.map((r) => ({
            header: formatPeriodShort(r.period),
            cells: [
              r.switched ? `${SCENARIO[r.scenario].label} (was ${SCENARIO[r.previousScenario].label})` : SCENARIO[r.scenario].label,
              formatNumber(r.old),
              formatNumber(r.new),
              formatSigned(r.change),
              r.relative === null ? '–' : formatSignedPercent(r.relative),
            ],
          })),
          numeric: [],
        });
      }
    }

    // Every other figure of the edition in this section, so that the letter leaves none out.
    const others = inSection.filter((f: Forecast) => !covered.has(coverKey(f)) && !inScenarioTable.has(f.indicator));
    if (others.length > 0) {
      tables.push({
        id: `overig-${sectionId}`,
        number: ++tableNo,
        caption: `Overige cijfers bij de ${edition.label}`,
        notes: tableNotes(others),
        columns: ['Onderwerp', 'Periode', 'Scenario', 'Waarde'],
        rows: others.map((f) => ({
          header: label(f.indicator),
          cells: [formatPeriodShort(f.period), SCENARIO[f.scenario].label, cell(f)],
        })),
        numeric: [],
      });
    }

    // The cost per place, per year and per day (letter to the Kamer).
    if (sectionId === 'kosten' && kamer) {
      const end = publishedEnd(edition);
      const date = new Map(data.sources.map((s) => [s.id, s.date]));
      const known = data.costs.filter((c) => (date.get(c.source) ?? '9999') <= end);
      const rows: LetterTable['rows'] = [];
      const used: string[] = [];
      for (const type of PLACE_TABLE_TYPES) {
        for (const c of known.filter((x) => x.type === type).sort((a, b) => a.price_year - b.price_year)) {
          const pc = model.placeCosts.find((p) => p.type === type && p.priceYear === c.price_year);
          if (!pc) continue;
          used.push(c.source);
          rows.push({
            header: COST_TYPE[type].label,
            cells: [
              String(c.price_year),
              formatMoney(pc.perYear),
              formatMoney(pc.perDay),
              pc.multipleOfRegular === null ? '–' : `${formatNumber(pc.multipleOfRegular, 2)} ×`,
            ],
          });
        }
      }
      if (rows.length > 0) {
        tables.push({
          id: 'kosten-per-plek',
          number: ++tableNo,
          caption: 'Kosten per opvangplek, per jaar en per dag',
          notes: [...new Set(used.map((s) => notes.source(s)))].sort((a, b) => a - b),
          columns: ['Soort opvang', 'Prijsjaar', 'Per jaar', 'Per dag', 'Ten opzichte van regulier'],
          rows,
          numeric: [],
        });
      }
    }

    if (paragraphs.length === 0 && tables.length === 0 && figures.length === 0) continue;
    for (const t of tables) {
      t.numeric = t.columns.slice(1).map((_, i) => t.rows.every((r) => /^([−+€]|\d|(ca\.|ruim|bijna|ongeveer|meer dan|minder dan|tenminste|maximaal) \d|–$)/.test(r.cells[i]!)));
    }
    sections.push({ id: sectionId, number: sections.length + 1, paragraphs, figures, tables });
  }

  return {
    edition,
    letter,
    title: letterTitle(edition, letter),
    subject: letterSubject(edition, letter, sections.map((s) => s.id)),
    kenmerk: kenmerk(editionId, letter),
    date: formatDate(edition.published),
    sections,
    notes: notes.list,
    sentences: printed,
  };
}
