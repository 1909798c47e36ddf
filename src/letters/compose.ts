/**
 * Composing one letter: its sections with the generated sentences (grouped in paragraphs), tables
 * (tables.ts) and figures, and the numbered notes that cite the sources (notes.ts). Pure: data,
 * model and chart specs in, a `LetterDocument` (document.ts) out.
 */
import { formatDate } from '../format/dutch.ts';
import type { Forecast } from '../model/figures.ts';
import type { Model } from '../model/index.ts';
import { chartId, type ChartId } from '../charts/ids.ts';
import type { Dataset } from '../data/schema.ts';
import { type Composition, startComposition } from './composition.ts';
import type { LetterChartSpec, LetterDocument, LetterFigure, LetterSection, LetterTable, PlacedSentence } from './document.ts';
import { type ComposedSentence, composeSentences } from './narrative/index.ts';
import { noteRefs } from './notes.ts';
import { LETTER_SECTIONS, type LetterKind, letterSubject, letterTitle, type SectionId, sectionOf } from './plan.ts';
import { sectionTables } from './tables.ts';
import { senderOf, type Senders, signatoriesAt } from './written/senders.ts';
import { firstDayOf } from '../data/period.ts';

/** The chart of the cost per place that the kosten section of the letter to the Kamer shows. */
const COSTS_CHART: ChartId = 'costs-per-place';

export function composeLetter(
  data: Dataset,
  model: Model,
  charts: LetterChartSpec[],
  editionId: string,
  letter: LetterKind,
  senders?: Senders,
): LetterDocument {
  const edition = data.editions.find((e) => e.id === editionId);
  if (!edition) throw new Error(`no edition ${editionId} in editions.csv`);
  const sentences = composeSentences(data, model, editionId, letter);
  const c = startComposition(data, model, edition, letter, new Set(sentences.flatMap((s) => s.covers)));
  const chartById = new Map(charts.map((chart) => [chart.id, chart]));
  const printed: { id: string; text: string }[] = [];
  const sections: LetterSection[] = [];
  for (const id of LETTER_SECTIONS[letter]) {
    const mine = sentences.filter((s) => s.section === id);
    const inSection = c.forecasts.filter((f) => sectionOf(f.indicator, letter) === id);
    const paragraphs = paragraphsOf(c, mine);
    const figures = sectionFigures(c, id, mine, inSection, chartById);
    const tables = sectionTables(c, id, inSection);
    printed.push(...mine.flatMap((s) => [{ id: s.id, text: s.text }, ...s.notes.map((n) => ({ id: n.id, text: n.text }))]));
    // A table of one row says less than a sentence: it is printed as one.
    for (const t of tables.filter((x) => x.rows.length === 1)) paragraphs.push([tableAsSentence(t)]);
    const kept = tables.filter((x) => x.rows.length > 1);
    if (paragraphs.length === 0 && kept.length === 0 && figures.length === 0) continue;
    sections.push({ id, number: sections.length + 1, paragraphs, figures, tables: kept });
  }
  // Number the tables that are left in print order.
  let table = 0;
  for (const t of sections.flatMap((x) => x.tables)) t.number = ++table;
  const day = firstDayOf(edition.published);
  const signers = senders ? signatoriesAt(senders, day) : [];
  return {
    type: 'draft',
    edition,
    letter,
    title: `Concept: ${letterTitle(edition, letter)}`,
    subject: letterSubject(edition, letter, sections.map((s) => s.id)),
    date: formatDate(edition.published),
    sender: senders ? senderOf(senders, signers, day) : null,
    signatures: signers.map((s) => ({ role: s.role })),
    sections,
    notes: c.notes.list,
    sentences: printed,
  };
}

/** A one-row table as a sentence: its caption, then each column's name with its cell. */
export function tableAsSentence(t: LetterTable): PlacedSentence {
  const row = t.rows[0]!;
  const name = (c: string) => (/^[A-Z]{2}/.test(c) ? c : c.charAt(0).toLowerCase() + c.slice(1));
  const parts = [`${name(t.columns[0]!)} ${row.header}`, ...row.cells.map((cell, i) => `${name(t.columns[i + 1]!)} ${cell}`)];
  return { id: `${t.id}/zin`, text: `${t.caption}: ${parts.join(', ')}.`, notes: t.notes };
}

/** Paragraphs: consecutive sentences with the same paragraph key; notes numbered in print order. */
function paragraphsOf(c: Composition, sentences: ComposedSentence[]): PlacedSentence[][] {
  const paragraphs: PlacedSentence[][] = [];
  let last: ComposedSentence | null = null;
  for (const s of sentences) {
    const refs = s.sources.map((id) => c.notes.source(id));
    for (const n of s.notes) refs.push(c.notes.sentence(n.text));
    const placed = { id: s.id, text: s.text, notes: noteRefs(refs) };
    if (last && last.paragraph === s.paragraph) paragraphs.at(-1)!.push(placed);
    else paragraphs.push([placed]);
    last = s;
  }
  return paragraphs;
}

/** The charts of the indicators a section speaks of (sentences first, then tables), as far as there are charts. */
function sectionFigures(
  c: Composition,
  section: SectionId,
  sentences: ComposedSentence[],
  inSection: Forecast[],
  charts: Map<string, LetterChartSpec>,
): LetterFigure[] {
  const indicators = new Set([...sentences.flatMap((s) => s.covers.map((k) => k.split('|')[0]!)), ...inSection.map((f) => f.indicator)]);
  const ids: string[] = [...indicators].map((i) => chartId.scenarios(c.edition.id, i));
  if (section === 'kosten' && c.letter === 'tweede-kamer' && sentences.some((s) => s.id.includes('/cost-'))) ids.push(COSTS_CHART);
  const figures: LetterFigure[] = [];
  for (const id of ids) {
    const chart = charts.get(id);
    if (chart) figures.push({ id, number: c.next('figure'), title: chart.title, description: chart.description });
  }
  return figures;
}
