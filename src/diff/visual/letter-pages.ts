/**
 * The letters of two built sides, compared page by page. A PDF that is byte for byte the same on
 * both sides is not drawn at all; the pages of the others are drawn (page-drawings.ts) and compared:
 * a page whose pixels differ gets before, after and difference images and the change in its text;
 * a page only one side has is shown as added or removed.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { LETTER_SECTIONS, letterPath, type LetterKind } from '../../letters/plan.ts';
import type { OutputFolder } from '../../runtime/output.ts';
import type { PageDrawer } from './page-drawings.ts';
import { writeComparison } from './comparison.ts';
import { pngSize } from './pixels.ts';
import { hasWrittenLetter } from './report-letters.ts';
import { textChanges } from './text-diff.ts';
import type { LetterPictures, PagePicture, PictureStatus } from './types.ts';

/** The folder of the letters below the site root (`brieven/`), as src/letters/plan.ts names them. */
const LETTERS_FOLDER = path.posix.dirname(letterPath('x', 'gemeenten'));
const KINDS = Object.keys(LETTER_SECTIONS) as LetterKind[];

/** The edition and kind of a letter from its file name, `mpp-<edition>-<kind>.pdf` (plan.ts `letterPath`). */
export function letterOf(file: string): { edition: string; letter: LetterKind } | null {
  for (const letter of KINDS) {
    const m = new RegExp(`^mpp-(.+)-${letter}\\.pdf$`).exec(file);
    if (m && letterPath(m[1]!, letter) === `${LETTERS_FOLDER}/${file}`) return { edition: m[1]!, letter };
  }
  return null;
}

async function letterFiles(site: string): Promise<string[]> {
  const dir = path.join(site, LETTERS_FOLDER);
  if (!existsSync(dir)) return [];
  return (await readdir(dir)).filter((f) => f.endsWith('.pdf')).sort();
}

export const letterAnchor = (file: string) => `brief-${file.replace(/\.pdf$/, '')}`;
const pageAnchor = (file: string, page: number) => `${letterAnchor(file)}-pagina-${page}`;

async function pdfTitle(bytes: Uint8Array): Promise<string | undefined> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  return doc.getTitle();
}

/** The text with white space collapsed, for finding a chart's title on a page. */
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The charts of `titles` (id → title) whose title the page's text prints: the figures on the page. */
const shownOn = (titles: Map<string, string>, text: string) =>
  [...titles].filter(([, title]) => flat(text).includes(flat(title))).map(([id]) => id);

export interface LetterInput {
  /** The built sites. */
  base: string;
  head: string;
  /** The data folders the sides were built from (whether a letter is written by staff is read there). */
  baseData: string;
  headData: string;
  /** The PDFs the report says have changed sentences (below the site root, `brieven/…`), in the report's order. */
  reported: string[];
  /** The titles of the charts with a visible change, by id: a page that prints one shows that chart. */
  changedCharts: Map<string, string>;
  /** The titles of the charts whose data the report says changed, by id. */
  reportedCharts: Map<string, string>;
  drawer: PageDrawer;
  out: OutputFolder;
}

/** Compare the letters of two sites: in the report's order, then the others by file name. */
export async function compareLetterPages(input: LetterInput): Promise<LetterPictures[]> {
  const before = new Set(await letterFiles(input.base));
  const after = new Set(await letterFiles(input.head));
  const reported = input.reported.map((p) => path.posix.basename(p));
  const files = [...new Set([...reported, ...[...new Set([...before, ...after])].sort()])];
  const found: LetterPictures[] = [];
  for (const file of files) {
    const which = letterOf(file);
    if (!which) continue;
    const rel = `${LETTERS_FOLDER}/${file}`;
    const a = before.has(file) ? await readFile(path.join(input.base, rel)) : null;
    const b = after.has(file) ? await readFile(path.join(input.head, rel)) : null;
    if (!a && !b) continue;
    const inReport = reported.includes(file);
    if (a && b && a.equals(b)) {
      if (inReport) found.push({ ...(await letter(input, file, which, 'same-drawing', b, [], { before: null, after: null })), samePages: [] });
      continue;
    }
    const pagesA = a ? await input.drawer.draw(a) : [];
    const pagesB = b ? await input.drawer.draw(b) : [];
    const pages: PagePicture[] = [];
    const samePages: LetterPictures['samePages'] = [];
    for (let n = 1; n <= Math.max(pagesA.length, pagesB.length); n++) {
      const pa = pagesA[n - 1];
      const pb = pagesB[n - 1];
      // The same pixels give the same PNG bytes.
      if (pa && pb && pa.png.equals(pb.png)) {
        const charts = shownOn(input.reportedCharts, pb.text);
        if (charts.length > 0) samePages.push({ page: n, charts });
        continue;
      }
      const size = { before: pa ? pngSize(pa.png) : null, after: pb ? pngSize(pb.png) : null };
      const c = await writeComparison(input.out, `letters/${file.replace(/\.pdf$/, '')}/page-${n}`, pa?.png ?? null, pb?.png ?? null);
      const shows = (text: string) => shownOn(input.changedCharts, text);
      pages.push({
        page: n,
        anchor: pageAnchor(file, n),
        status: !pa ? 'added' : !pb ? 'removed' : 'changed',
        ...c,
        text: pa && pb ? textChanges(pa.text, pb.text) : [],
        charts: [...new Set([...(pa ? shows(pa.text) : []), ...(pb ? shows(pb.text) : [])])],
        size,
      });
    }
    const status: PictureStatus = !a ? 'added' : !b ? 'removed' : pages.length > 0 ? 'changed' : 'same-pixels';
    const counted = { before: a ? pagesA.length : null, after: b ? pagesB.length : null };
    found.push({ ...(await letter(input, file, which, status, (b ?? a)!, pages, counted)), samePages });
  }
  return found;
}

async function letter(
  input: LetterInput,
  file: string,
  which: { edition: string; letter: LetterKind },
  status: PictureStatus,
  pdf: Uint8Array,
  pages: PagePicture[],
  pageCount: LetterPictures['pageCount'],
): Promise<Omit<LetterPictures, 'samePages'>> {
  const written = (dir: string) => hasWrittenLetter(dir, which.edition, which.letter);
  return {
    path: `${LETTERS_FOLDER}/${file}`,
    title: (await pdfTitle(pdf)) ?? file,
    edition: which.edition,
    letter: which.letter,
    written: status === 'removed' ? written(input.baseData) : written(input.headData),
    anchor: letterAnchor(file),
    status,
    pages,
    pageCount,
  };
}
