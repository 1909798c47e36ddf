/**
 * The pictures of a data change as data: which charts and letter pages look different, where their
 * before, after and difference images are in the review folder, and what changed in a page's text.
 * The review page, the Markdown report and the JSON report all render this one structure.
 */
import type { Region } from './pixels.ts';
import type { TextHunk } from './text-diff.ts';

/** Paths of the images, relative to the review folder; null when that side has none. */
export interface Images {
  before: string | null;
  after: string | null;
  diff: string | null;
}

/** A changed region seen close up: `rect` (the region with a margin) cut from the before and the after image. */
export interface Zoom {
  region: Region;
  rect: Region;
  before: string;
  after: string;
}

/** A picture's size in pixels. */
export interface Size {
  width: number;
  height: number;
}

/**
 * - `changed`: the pixels differ; `added` / `removed`: only the new / the old side has it;
 * - `same-pixels`: the file differs (the SVG's text alternative, the PDF's metadata), the pixels do not;
 * - `same-drawing`: the report says its data changed, but the file is byte for byte the same.
 */
export type PictureStatus = 'changed' | 'added' | 'removed' | 'same-pixels' | 'same-drawing';

/** Whether a status is a visible change, one that has images. */
export const isVisible = (s: PictureStatus): boolean => s === 'changed' || s === 'added' || s === 'removed';

export interface ChartPicture {
  id: string;
  title: string;
  /** The id of its section in the review page. */
  anchor: string;
  status: PictureStatus;
  images: Images;
  /** Pixels that differ (null when only one side has the chart or nothing visible changed). */
  changedPixels: number | null;
  /** The clusters of changed pixels, in pixels of the images. */
  regions: Region[];
  /** Close-ups of the first regions. */
  zooms: Zoom[];
  size: { before: Size | null; after: Size | null };
}

export interface PagePicture {
  /** The page number, from 1. */
  page: number;
  anchor: string;
  status: 'changed' | 'added' | 'removed';
  images: Images;
  changedPixels: number | null;
  regions: Region[];
  zooms: Zoom[];
  /** What changed in the page's text (as pdf.js reads it from the PDF); empty when only the drawing changed. */
  text: TextHunk[];
  /** The charts of this report with a visible change whose title the page prints (a figure of the letter). */
  charts: string[];
  size: { before: Size | null; after: Size | null };
}

export interface LetterPictures {
  /** The PDF below the site root: `brieven/mpp-2025-tweede-kamer.pdf`. */
  path: string;
  /** The PDF's title. */
  title: string;
  edition: string;
  letter: string;
  /** Whether it is a letter staff wrote (data/letters/), not a generated draft. */
  written: boolean;
  anchor: string;
  status: PictureStatus;
  /** The pages that look different, added or removed, in page order. */
  pages: PagePicture[];
  /**
   * Pages whose pixels are the same although they show a chart whose data the report says changed
   * (found by the chart's title in the page's text): the change is too small to see at this size.
   */
  samePages: { page: number; charts: string[] }[];
  pageCount: { before: number | null; after: number | null };
}

export type VisualSection =
  | {
      available: true;
      /** The review folder, as given on the command line. */
      dir: string;
      charts: ChartPicture[];
      letters: LetterPictures[];
      /** Charts and letter pages that look different (changed, added or removed). */
      counts: { charts: number; pages: number };
    }
  | { available: false; dir: string; reason: string };
