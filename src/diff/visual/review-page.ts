/**
 * The review page: the pictures of a data change side by side, in Dutch, grouped as the Markdown
 * report groups them (the letters, each with its pages; then the charts), with what the report says
 * changed (figures, sentences, chart rows) beside the pictures. One static HTML file with its own
 * style sheet and the site's font beside it: a Content-Security-Policy of `default-src 'self'`, no
 * script, nothing from elsewhere.
 *
 * The page and its style sheet are the Nunjucks templates of `templates/review/`. This module turns
 * the report into the plain data they read (`reviewView`, pure: names, values, anchors, image paths
 * and sizes; counts stay numbers for the shared filters of src/format/filters.ts) and renders them,
 * autoescaped.
 */
import nunjucks from 'nunjucks';
import path from 'node:path';
import { COST_TYPE, type CostType, SCENARIO, type Scenario } from '../../data/vocabulary.ts';
import { formatPeriodShort } from '../../format/dutch.ts';
import { addFilters } from '../../format/filters.ts';
import { LETTER_LABEL, type LetterKind, SECTION_LABEL, type SectionId } from '../../letters/plan.ts';
import { PROJECT_ROOT } from '../../runtime/paths.ts';
import { figureChange, figureGroup, figureValue } from '../markdown/figures.ts';
import type { DiffReport, Figure, SentenceChange } from '../types.ts';
import { ADDED, FRAME, REMOVED } from './pixels.ts';
import { sentencesOf } from './report-letters.ts';
import { textChanges, type TextHunk } from './text-diff.ts';
import { isVisible, type ChartPicture, type Images, type LetterPictures, type PagePicture, type Size, type VisualSection, type Zoom } from './types.ts';

/** The fonts the page uses, copied beside it from @fontsource/fira-sans. */
export const REVIEW_FONTS = ['fira-sans-latin-400-normal.woff2', 'fira-sans-latin-600-normal.woff2'];
export const REVIEW_CSS_FILE = 'review.css';
/** The site's icon (templates/site/assets/favicon.svg), beside the page, so the browser asks for no favicon.ico. */
export const REVIEW_ICON_FILE = 'favicon.svg';
export const REVIEW_ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#154273"/><path d="M6 24V8h4l6 9 6-9h4v16h-4V15l-6 8-6-8v9z" fill="#fff"/></svg>\n';

export const TEMPLATE_DIR = path.join(PROJECT_ROOT, 'templates', 'review');

/** At most this many changed figures are listed at the top; the report has them all. */
const FIGURES_SHOWN = 20;

// ---- the view --------------------------------------------------------------------------------

/** A part of a changed text: words that stay, old words, new words, or the arrow between them. */
export interface TextPart {
  kind: 'same' | 'old' | 'new' | 'arrow';
  text: string;
}

/** A chart named beside a letter: its title, and its place on the page when the page shows it. */
export interface ChartLink {
  title: string;
  anchor: string | null;
}

export interface PicturesView {
  images: Images;
  /** The difference image has the larger of the two sizes (pixels.ts pads the smaller picture). */
  size: { before: Size | null; after: Size | null; diff: Size | null };
  changedPixels: number | null;
  regions: number;
  zooms: { before: string; after: string; width: number; height: number }[];
}

export interface PageView {
  page: number;
  anchor: string;
  status: PagePicture['status'];
  /** The page count of the letter the page is in (the old one for a removed page). */
  total: number | null;
  text: TextPart[][];
  /** The changed charts the page prints. */
  charts: ChartLink[];
  pictures: PicturesView;
}

export interface SentenceView {
  /** The heading of a written letter, the section of a draft. */
  where: string;
  status: SentenceChange['status'];
  /** An added or removed paragraph's text. */
  text: string;
  /** A changed paragraph's changes. */
  changes: TextPart[][];
}

export interface SamePageView {
  page: number;
  charts: ChartLink[];
}

export interface LetterView {
  anchor: string;
  title: string;
  path: string;
  kind: string;
  written: boolean;
  status: LetterPictures['status'];
  pageCount: LetterPictures['pageCount'];
  /** The larger of the two page counts. */
  pageTotal: number;
  sentences: SentenceView[];
  samePages: SamePageView[];
  pages: PageView[];
}

export interface ChartView {
  id: string;
  anchor: string;
  title: string;
  status: ChartPicture['status'];
  rowsChanged: { key: string; cells: { column: string; old: string | null; new: string | null }[] }[];
  rowsAdded: string[][];
  rowsRemoved: string[][];
  /** Whether the two sides differ in size. */
  resized: boolean;
  pictures: PicturesView;
}

export type ReviewView = { files: { css: string; icon: string }; base: string; head: string } & (
  | { available: false; reason: string }
  | {
      available: true;
      counts: { charts: number; pages: number };
      summary: { changed: number; added: number; removed: number } | null;
      figures: { rows: { name: string; values: string; change: string; evidence: Evidence | null }[]; more: number };
      /** The letters and charts that look different, and those whose data changed but not their pictures. */
      letters: LetterView[];
      quietLetters: LetterView[];
      charts: ChartView[];
      quietCharts: ChartView[];
    }
);

/** Where a figure comes from, for the reviewer to check it: source, location, quote, note. */
export interface Evidence {
  source: string;
  location: string;
  quote: string | null;
  note: string | null;
}

const evidence = (f: Figure): Evidence => ({ source: f.source, location: f.location, quote: f.quote, note: f.note });

function figureName(f: Figure, report: DiffReport): string {
  if (f.table === 'costs') return `Kosten · ${COST_TYPE[f.subject as CostType]?.label ?? f.subject} · prijsjaar ${f.period}`;
  const indicator = report.labels.indicators[f.subject] ?? f.subject;
  const parts = [figureGroup(f, (id) => report.labels.editions[id] ?? id), indicator, formatPeriodShort(f.period)];
  if (f.scenario) parts.push(SCENARIO[f.scenario as Scenario]?.label ?? f.scenario);
  if (f.region) parts.push(f.region);
  return parts.join(' · ');
}

/** The changed, added and removed figures: the first rows, and how many more there are. */
function figureRows(report: DiffReport): Extract<ReviewView, { available: true }>['figures'] {
  const rows = [
    ...report.figures.changed.map((c) => ({
      name: figureName(c.new, report),
      values: `${figureValue(c.new, c.old.value)} → ${figureValue(c.new, c.new.value)}`,
      change: figureChange(c.new, c.change),
      evidence: evidence(c.new),
    })),
    ...report.figures.added.map((f) => ({ name: figureName(f, report), values: `nieuw: ${figureValue(f, f.value)}`, change: '', evidence: evidence(f) })),
    ...report.figures.removed.map((f) => ({ name: figureName(f, report), values: `vervallen (was ${figureValue(f, f.value)})`, change: '', evidence: null })),
  ];
  return { rows: rows.slice(0, FIGURES_SHOWN), more: Math.max(0, rows.length - FIGURES_SHOWN) };
}

/** A change in a text: context, old words, an arrow when words are replaced, new words, context. */
function textParts(t: TextHunk): TextPart[] {
  const parts: TextPart[] = [
    { kind: 'same', text: t.before },
    { kind: 'old', text: t.old },
    { kind: 'arrow', text: t.old && t.new ? '→' : '' },
    { kind: 'new', text: t.new },
    { kind: 'same', text: t.after },
  ];
  return parts.filter((p) => p.text !== '');
}

function sentenceView(s: SentenceChange, l: LetterPictures): SentenceView {
  return {
    where: l.written ? s.section : (SECTION_LABEL[s.section as SectionId] ?? s.section),
    status: s.status,
    text: (s.status === 'removed' ? s.old : s.new) ?? '',
    changes: s.status === 'changed' ? textChanges(s.old ?? '', s.new ?? '').map(textParts) : [],
  };
}

function picturesView(p: {
  images: Images;
  size: { before: Size | null; after: Size | null };
  changedPixels: number | null;
  regions: unknown[];
  zooms: Zoom[];
}): PicturesView {
  const { before, after } = p.size;
  return {
    images: p.images,
    size: {
      before,
      after,
      diff: before && after ? { width: Math.max(before.width, after.width), height: Math.max(before.height, after.height) } : null,
    },
    changedPixels: p.changedPixels,
    regions: p.regions.length,
    zooms: p.zooms.map((z) => ({ before: z.before, after: z.after, width: z.rect.width, height: z.rect.height })),
  };
}

/** The title of a chart the report names, with its place on this page when it has one. */
function chartLink(id: string, report: DiffReport, chartById: Map<string, ChartPicture>): ChartLink {
  const c = chartById.get(id);
  const change = report.charts.available ? report.charts.changes.find((x) => x.id === id) : undefined;
  return { title: c?.title ?? change?.title.new ?? change?.title.old ?? id, anchor: c?.anchor ?? null };
}

function letterView(l: LetterPictures, report: DiffReport, chartById: Map<string, ChartPicture>): LetterView {
  return {
    anchor: l.anchor,
    title: l.title,
    path: l.path,
    kind: LETTER_LABEL[l.letter as LetterKind] ?? l.letter,
    written: l.written,
    status: l.status,
    pageCount: l.pageCount,
    pageTotal: Math.max(l.pageCount.before ?? 0, l.pageCount.after ?? 0),
    sentences: sentencesOf(report, l).map((s) => sentenceView(s, l)),
    samePages: l.samePages.map((p) => ({ page: p.page, charts: p.charts.map((id) => chartLink(id, report, chartById)) })),
    pages: l.pages.map((p) => ({
      page: p.page,
      anchor: p.anchor,
      status: p.status,
      total: p.status === 'removed' ? l.pageCount.before : l.pageCount.after,
      text: p.text.map(textParts),
      charts: p.charts.filter((id) => chartById.has(id)).map((id) => chartLink(id, report, chartById)),
      pictures: picturesView(p),
    })),
  };
}

function chartView(c: ChartPicture, report: DiffReport): ChartView {
  const change = report.charts.available ? report.charts.changes.find((x) => x.id === c.id) : undefined;
  const { before, after } = c.size;
  return {
    id: c.id,
    anchor: c.anchor,
    title: c.title,
    status: c.status,
    rowsChanged: change?.rowsChanged ?? [],
    rowsAdded: (change?.rowsAdded ?? []).map((r) => Object.values(r)),
    rowsRemoved: (change?.rowsRemoved ?? []).map((r) => Object.values(r)),
    resized: before !== null && after !== null && (before.width !== after.width || before.height !== after.height),
    pictures: picturesView(c),
  };
}

/** What the review page shows, as plain data. Pure. */
export function reviewView(report: DiffReport, v: VisualSection): ReviewView {
  const page = { files: { css: REVIEW_CSS_FILE, icon: REVIEW_ICON_FILE }, base: report.base, head: report.head };
  if (!v.available) return { ...page, available: false, reason: v.reason };
  const chartById = new Map(v.charts.map((c) => [c.id, c]));
  const s = report.summary;
  return {
    ...page,
    available: true,
    counts: v.counts,
    summary: s ? { changed: s.figuresChanged, added: s.figuresAdded, removed: s.figuresRemoved } : null,
    figures: figureRows(report),
    letters: v.letters.filter((l) => isVisible(l.status)).map((l) => letterView(l, report, chartById)),
    quietLetters: v.letters.filter((l) => !isVisible(l.status)).map((l) => letterView(l, report, chartById)),
    charts: v.charts.filter((c) => isVisible(c.status)).map((c) => chartView(c, report)),
    quietCharts: v.charts.filter((c) => !isVisible(c.status)).map((c) => chartView(c, report)),
  };
}

// ---- rendering -------------------------------------------------------------------------------

let environment: nunjucks.Environment | null = null;

/** The templates of `templates/review/`, autoescaped, with the shared filters. */
function reviewEnvironment(): nunjucks.Environment {
  return (environment ??= addFilters(
    new nunjucks.Environment(new nunjucks.FileSystemLoader(TEMPLATE_DIR), {
      autoescape: true,
      throwOnUndefined: true,
      trimBlocks: true,
      lstripBlocks: true,
    }),
  ));
}

/** The whole page. */
export function reviewPage(report: DiffReport, v: VisualSection): string {
  return reviewEnvironment().render('index.njk', { view: reviewView(report, v) });
}

/** The page's style sheet, with the colours of the difference image (pixels.ts). */
export function reviewCss(): string {
  return reviewEnvironment().render('review.css', { colours: { removed: REMOVED, added: ADDED, frame: FRAME } });
}
