/**
 * The Open Graph preview images (1200 × 630): per edition its name, date and headline figure, and
 * one for the site, drawn as SVG with Fira Sans' own widths (text-width.ts) and rendered to PNG by
 * resvg, without a browser and without system fonts.
 */
import { wrapText } from '../charts/text-width.ts';
import type { PngRenderer } from '../charts/png.ts';
import { EDITION_ISSUED, SCENARIO } from '../data/vocabulary.ts';
import { formatFigure, formatOnDate } from '../format/dutch.ts';
import { escapeHtml } from '../format/escape.ts';
import { when } from '../format/prose.ts';
import type { OutputFolder } from '../runtime/output.ts';
import { ogPath, type SiteView } from './view.ts';

export const OG = { width: 1200, height: 630 } as const;
const MARGIN = 72;
const BLUE = '#154273';

export interface OgCard {
  /** Small line at the top: the site's name. */
  kicker: string;
  title: string;
  /** One or two sentences under the title. */
  text: string;
}

export function ogSvg(card: OgCard): string {
  const inner = OG.width - 2 * MARGIN;
  const title = wrapText(card.title, 72, inner, 600).slice(0, 2);
  const body = wrapText(card.text, 40, inner).slice(0, 5);
  const t = (x: number, y: number, size: number, weight: number, fill: string, s: string) =>
    `<text x="${x}" y="${y}" font-family="Fira Sans" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeHtml(s)}</text>`;
  let y = 150;
  const parts = [t(MARGIN, y, 32, 600, BLUE, card.kicker)];
  y += 100;
  for (const l of title) (parts.push(t(MARGIN, y, 72, 600, BLUE, l)), (y += 84));
  y += 20;
  for (const l of body) (parts.push(t(MARGIN, y, 40, 400, '#1a1a1a', l)), (y += 54));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG.width}" height="${OG.height}" viewBox="0 0 ${OG.width} ${OG.height}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/><rect width="100%" height="24" fill="${BLUE}"/>` +
    `<rect x="0" y="${OG.height - 12}" width="100%" height="12" fill="${BLUE}"/>` +
    parts.join('') +
    '</svg>'
  );
}

export const ogPng = (renderer: PngRenderer, card: OgCard): Promise<Buffer> => renderer.png(ogSvg(card), 1);

/** The preview of an edition: its name and date, and its headline figure in words. */
export function editionCard(e: SiteView['editions'][number]): OgCard {
  const h = e.story.headline;
  const figure = h
    ? ` ${h.label} ${when(h.period)}: ${formatFigure(h.value, h.unit, h.qualifier)} in het ${SCENARIO[h.scenario].label}scenario.`
    : '';
  return { kicker: 'MPP migratieketen', title: e.label, text: `${EDITION_ISSUED[0]!.toUpperCase()}${EDITION_ISSUED.slice(1)} ${formatOnDate(e.published)}.${figure}` };
}

export const SITE_CARD: OgCard = {
  kicker: 'MPP migratieketen',
  title: 'Meerjaren Productie Prognose',
  text: 'Ramingen, realisaties en kosten van de migratieketen, elk cijfer met zijn bron, en alle data om te downloaden.',
};

/** Write the site's and every edition's preview image. */
export async function writeOgImages(out: OutputFolder, view: SiteView, renderer: PngRenderer): Promise<number> {
  const cards: [string | null, OgCard][] = [[null, SITE_CARD], ...view.editions.map((e) => [e.id, editionCard(e)] as [string, OgCard])];
  await Promise.all(cards.map(async ([id, card]) => out.write(ogPath(id), await ogPng(renderer, card))));
  return view.editions.length + 1;
}
