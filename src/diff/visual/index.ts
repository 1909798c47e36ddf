/**
 * `npm run diff -- --visual DIR`: both sides built (builds.ts), their charts and letter pages
 * compared as pictures (chart-pictures.ts, letter-pages.ts), and the review folder written: the
 * images, `index.html` and its style sheet (review-page.ts, from templates/review/), the font. The
 * folder is filled beside DIR and replaces it only when complete (src/runtime/output.ts), and only
 * when DIR is empty or an earlier output: never the data, the project or a folder with a git
 * repository.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { diskCache } from '../../runtime/cache.ts';
import { checkOutputFolder, replaceFolder } from '../../runtime/output.ts';
import { fontFile } from '../../runtime/fonts.ts';
import type { DiffReport } from '../types.ts';
import { buildSides, SideBuildError } from './builds.ts';
import { compareChartPictures } from './chart-pictures.ts';
import { compareLetterPages } from './letter-pages.ts';
import { pageDrawer } from './page-drawings.ts';
import { hasWrittenLetter, reportedLetters } from './report-letters.ts';
import { REVIEW_CSS_FILE, REVIEW_FONTS, REVIEW_ICON, REVIEW_ICON_FILE, reviewCss, reviewPage } from './review-page.ts';
import { isVisible, type VisualSection } from './types.ts';

export type { VisualSection } from './types.ts';

export interface VisualOptions {
  /** The review folder as the command line gave it (the report links it so), and resolved. */
  dir: string;
  out: string;
  /** The content-hash cache both builds and the page drawings share. */
  cacheDir: string;
  /** The old data folder; null when there is none to build. */
  baseData: string | null;
  headData: string;
  /** Why the old side cannot be built (absent, invalid), or null. */
  baseProblem: string | null;
}

/**
 * Refuse a review folder that writing it would destroy something in (throws an OutputFolderError):
 * the project, a data folder, a folder holding either or a git repository, a non-empty folder that
 * is no earlier output.
 */
export function checkReviewFolder(out: string, keep: { projects: string[]; data: string[] }): void {
  for (const project of keep.projects) {
    for (const data of keep.data) checkOutputFolder(out, { project, data }, { name: '--visual', example: 'diff-visual', kind: 'review' });
  }
}

/** Build, compare and write the review folder; returns what it shows. */
export async function visualDiff(report: DiffReport, opts: VisualOptions): Promise<VisualSection> {
  const unavailable = (reason: string): VisualSection => ({ available: false, dir: opts.dir, reason });
  let section: VisualSection | null = null;
  if (!report.valid) section = unavailable('de nieuwe gegevens voldoen niet aan de controle');
  else if (opts.baseProblem || opts.baseData === null) section = unavailable(opts.baseProblem ?? 'er zijn geen oude gegevens');
  let sides: Awaited<ReturnType<typeof buildSides>> | null = null;
  if (!section) {
    try {
      sides = await buildSides({ baseData: opts.baseData!, headData: opts.headData, cacheDir: opts.cacheDir });
    } catch (e) {
      if (!(e instanceof SideBuildError)) throw e;
      section = unavailable(e.message);
    }
  }
  const drawer = pageDrawer(diskCache(opts.cacheDir, 'letter-pages'));
  try {
    return await replaceFolder(opts.out, async (out) => {
      if (!section && sides) {
        const charts = await compareChartPictures(sides.base, sides.head, report.charts.available ? report.charts.changes : [], out);
        const changedCharts = new Map(charts.filter((c) => isVisible(c.status)).map((c) => [c.id, c.title]));
        const letters = await compareLetterPages({
          base: sides.base,
          head: sides.head,
          baseData: opts.baseData!,
          headData: opts.headData,
          reported: reportedLetters(report, (edition, letter) => hasWrittenLetter(opts.headData, edition, letter)),
          changedCharts,
          reportedCharts: new Map(
            (report.charts.available ? report.charts.changes : []).map((c) => [c.id, c.title.new ?? c.title.old ?? c.id]),
          ),
          drawer,
          out,
        });
        section = {
          available: true,
          dir: opts.dir,
          charts,
          letters,
          counts: {
            charts: charts.filter((c) => isVisible(c.status)).length,
            pages: letters.reduce((n, l) => n + l.pages.length, 0),
          },
        };
      }
      await out.write('index.html', reviewPage(report, section!));
      await out.write(REVIEW_CSS_FILE, reviewCss());
      await out.write(REVIEW_ICON_FILE, REVIEW_ICON);
      await mkdir(path.join(out.dir, 'fonts'), { recursive: true });
      for (const f of REVIEW_FONTS) await copyFile(fontFile(f), path.join(out.dir, 'fonts', f));
      return section!;
    }, 'review');
  } finally {
    await drawer.close();
    await sides?.remove();
  }
}
