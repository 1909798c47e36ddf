/** A written letter as one HTML page: `templates/letters/written.njk` with the letters' stylesheet and fonts. */
import { letterCss, letterEnvironment, letterPaginate } from '../templates.ts';
import { fontFaces } from '../render.ts';
import type { WrittenDocument } from './compose.ts';

export function renderWrittenHtml(doc: WrittenDocument): string {
  return letterEnvironment().render('written.njk', { doc, css: letterCss(), fontFaces: fontFaces(), paginate: letterPaginate() });
}
