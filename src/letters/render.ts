/**
 * A letter as one HTML page: the Nunjucks template with the stylesheet inlined. The Fira Sans fonts
 * are referenced under FONT_ORIGIN, an address that does not exist: the printer answers those
 * requests from the files in node_modules (see print.ts), so printing needs no network, Chromium
 * decodes each font once per page instead of once per letter, and the PDFs embed the fonts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LetterChart, LetterDocument } from './document.ts';
import { letterCss, letterEnvironment } from './templates.ts';
import { escapeHtml } from '../format/escape.ts';
import { fontPackageDir } from '../runtime/fonts.ts';

const FONT_FILES = ['400', '400-italic', '600', '700'];
const SUBSETS = ['latin', 'latin-ext'];

/** The made-up origin under which the printer serves the local font files. */
export const FONT_ORIGIN = 'https://fonts.mpp.invalid/';

let fontCss: string | null = null;
const fontFiles = new Map<string, Buffer>();

/** The font files the letters reference, by URL (read once). */
export function fontAssets(): Map<string, Buffer> {
  fontFaces();
  return fontFiles;
}

/** `@font-face` rules for Fira Sans (latin and latin-ext, the weights the letters use), served from FONT_ORIGIN. */
export function fontFaces(): string {
  if (fontCss) return fontCss;
  const dir = fontPackageDir();
  const rules: string[] = [];
  for (const file of FONT_FILES) {
    const css = readFileSync(path.join(dir, `${file}.css`), 'utf8');
    for (const block of css.split(/(?=\/\* fira-sans-)/)) {
      const m = /\/\* fira-sans-([a-z-]+)-\d{3}-(?:normal|italic) \*\//.exec(block);
      if (!m || !SUBSETS.includes(m[1]!)) continue;
      const rule = block
        .replace(/\/\*[^*]*\*\//, '')
        .replace(/src:[^;]+;/, (src) => {
          const woff2 = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(src);
          if (!woff2) throw new Error(`no woff2 in ${file}.css`);
          const url = FONT_ORIGIN + woff2[1]!;
          fontFiles.set(url, readFileSync(path.join(dir, 'files', woff2[1]!)));
          return `src: url(${url}) format('woff2');`;
        })
        .replace(/font-display:[^;]+;/, 'font-display: block;')
        .trim();
      rules.push(rule);
    }
  }
  if (rules.length === 0) throw new Error('no Fira Sans font rules found in @fontsource/fira-sans');
  fontCss = rules.join('\n');
  return fontCss;
}

const escapeAttr = escapeHtml;

/**
 * Prepare a chart's SVG for the letter: the root element becomes the accessible image (role="img"
 * with the description as its name; Chromium tags it as a Figure with that alt text), and the ids
 * inside are prefixed so that two charts on one page cannot share a gradient or clip path.
 */
export function letterSvg(svg: string, description: string, prefix: string): string {
  const start = /<svg\b[^>]*>/.exec(svg);
  if (!start) throw new Error(`chart ${prefix}: no <svg> element`);
  const attrs = start[0]
    .replace(/\s(role|aria-label|aria-labelledby|aria-describedby|aria-hidden)\s*=\s*("[^"]*"|'[^']*')/g, '')
    .replace(/^<svg\b/, `<svg role="img" aria-label="${escapeAttr(description)}"`);
  const body = svg.slice(start.index + start[0].length);
  const scoped = (attrs + body)
    .replace(/\bid="([^"]+)"/g, `id="${prefix}-$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${prefix}-$1)`)
    .replace(/(href)="#([^"]+)"/g, `$1="#${prefix}-$2"`);
  return scoped;
}

/** The HTML of one letter, with the SVGs of its figures taken from `charts` (rendered charts). */
export function renderLetterHtml(doc: LetterDocument, charts: readonly LetterChart[]): string {
  const env = letterEnvironment();
  const rendered = new Map<string, string>(charts.map((c) => [c.id, c.svgs.print]));
  const svgOf = (id: string) => {
    const svg = rendered.get(id);
    if (svg === undefined) throw new Error(`letter ${doc.title}: chart ${id} is not rendered`);
    return svg;
  };
  const figures = doc.sections.flatMap((s) => s.figures);
  const svgs = new Map(figures.map((f) => [f.id, letterSvg(svgOf(f.id), f.description, `fig${f.number}`)]));
  return env.render('letter.njk', { doc, css: letterCss(), fontFaces: fontFaces(), svgs: Object.fromEntries(svgs) });
}
