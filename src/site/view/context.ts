/**
 * What every page's view looks things up in: indicators, editions, sources and charts by id. The
 * views are plain data (numbers, ISO dates, period codes, vocabulary keys); the templates format
 * them with the filters of src/format/filters.ts.
 */
import type { Chart } from '../../charts/index.ts';
import type { ChartId } from '../../charts/ids.ts';
import type { Citation } from '../../model/figures.ts';
import type { Model } from '../../model/index.ts';
import type { Dataset, Unit } from '../../data/schema.ts';
import { chartFiles } from '../../downloads/chart-files.ts';
import { chartPages } from '../../downloads/chart-credits.ts';
import { excerptPath } from '../../downloads/input-files.ts';
import { lookup } from '../../data/lookup.ts';
import { sourceAct, type SourceForm } from '../../data/vocabulary.ts';

/** The site path of an indicator's page, from its slug. */
export const indicatorPath = (slug: string): string => `/indicatoren/${slug}/`;

export interface LetterLink {
  edition: string;
  letter: string;
  path: string;
  title: string;
  /** For a reproduction of a sent letter: the official publication, linked beside it (null when none was found). */
  official?: { url: string | null } | null;
}

export interface SourceView {
  id: string;
  title: string;
  /** ISO date. */
  date: string;
  reference: string | null;
  url: string | null;
  seed: string | null;
  publisher: string;
  /** The site path of the verbatim excerpt, for a source other than the five letters. */
  excerpt: string | null;
  form: SourceForm;
  /** What the document is and who sent or published it (vocabulary.ts `sourceAct`): "nieuwsbericht, gepubliceerd door CBS". */
  act: string;
  /** Whether the excerpt holds only the passages quoted (sources.csv `excerpt_partial`). */
  excerptPartial: boolean;
}

/** One source's value of a figure the sources disagree on. */
export interface CitationView {
  value: number;
  qualifier: string | null;
  /** The title of the source. */
  source: string;
}

/** A chart as a page shows it: with the page it belongs to (its permalink) and its downloads. */
export type ChartView = Chart & { page: string | null; files: ReturnType<typeof chartFiles> };

export interface ViewContext {
  data: Dataset;
  model: Model;
  edition(id: string): Dataset['editions'][number];
  editionLabel(id: string): string;
  label(indicator: string): string;
  /** The site path of an indicator's page: /indicatoren/<slug>/ (the slug is in indicators.csv). */
  indicatorUrl(indicator: string): string;
  unitOf(indicator: string): Unit;
  source(id: string): SourceView;
  chart(id: ChartId): ChartView | null;
  /** Every chart, with its page where one shows it. */
  charts: ChartView[];
  /** The citations of a discrepancy, or null when the sources agree. */
  citations(cs: Citation[] | null): CitationView[] | null;
}

export function viewContext(data: Dataset, model: Model, charts: Chart[]): ViewContext {
  // The page each chart belongs to: an edition's scenario charts on the edition, an indicator's on
  // the indicator, the newest cost chart on the costs page.
  const home = chartPages(data);
  const views: ChartView[] = charts.map((c) => ({ ...c, page: home.get(c.id) ?? null, files: chartFiles(c.id) }));
  const chartById = new Map(views.map((c) => [c.id, c]));
  const find = lookup(data);
  const source = new Map(data.sources.map((s) => [s.id, s]));
  return {
    data,
    model,
    edition: find.edition,
    editionLabel: find.editionLabel,
    label: find.label,
    indicatorUrl: (id) => indicatorPath(find.indicator(id).slug),
    unitOf: find.unit,
    source(id) {
      const s = source.get(id)!;
      return {
        id: s.id,
        title: s.title,
        date: s.date,
        reference: s.reference,
        url: s.url,
        seed: s.seed,
        publisher: s.publisher,
        excerpt: s.excerpt === null ? null : `/${excerptPath(s.excerpt)}`,
        form: s.form,
        act: sourceAct(s),
        excerptPartial: s.excerpt_partial === 'yes',
      };
    },
    chart: (id) => chartById.get(id) ?? null,
    charts: views,
    citations: (cs) =>
      cs && cs.map((c) => ({ value: c.value, qualifier: c.qualifier, source: source.get(c.source)?.title ?? c.source })),
  };
}
