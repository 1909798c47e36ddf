/**
 * The review page: the pictures of a data change side by side, in Dutch, grouped as the Markdown
 * report groups them (the letters, each with its pages; then the charts), with what the report says
 * changed (figures, sentences, chart rows) beside the pictures. One static HTML file with its own
 * style sheet and the site's font beside it: a Content-Security-Policy of `default-src 'self'`, no
 * script, nothing from elsewhere. Pure: from the report to text.
 */
import { COST_TYPE, type CostType, SCENARIO, type Scenario } from '../../data/vocabulary.ts';
import { escapeHtml as h } from '../../format/escape.ts';
import { formatNumber, formatPeriodShort } from '../../format/dutch.ts';
import { LETTER_LABEL, type LetterKind, SECTION_LABEL, type SectionId } from '../../letters/plan.ts';
import { figureChange, figureValue } from '../markdown/figures.ts';
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

/** At most this many changed figures are listed at the top; the report has them all. */
const FIGURES_SHOWN = 20;

const CSP = "default-src 'self'; img-src 'self'; style-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'";

const rgb = (c: readonly number[]) => `rgb(${c.join(' ')})`;

export const REVIEW_CSS = `/* The review page of npm run diff -- --visual. */
@font-face { font-family: 'Fira Sans'; font-weight: 400; src: url('fonts/fira-sans-latin-400-normal.woff2') format('woff2'); }
@font-face { font-family: 'Fira Sans'; font-weight: 600; src: url('fonts/fira-sans-latin-600-normal.woff2') format('woff2'); }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Fira Sans', Arial, sans-serif; color: #1b1b1b; background: #fff; line-height: 1.5; font-size: 1rem; }
.wrap { max-width: 90rem; margin: 0 auto; padding: 0 1rem 3rem; }
header.top { background: #154273; color: #fff; }
header.top .wrap { padding-top: 1rem; padding-bottom: 1rem; }
header.top h1 { margin: 0; font-size: 1.6rem; }
header.top p { margin: 0.25rem 0 0; }
a { color: #01689b; }
a:focus-visible { outline: 3px solid #ffb612; outline-offset: 2px; }
h2 { font-size: 1.5rem; margin: 2.5rem 0 0.5rem; border-bottom: 2px solid #154273; }
h3 { font-size: 1.25rem; margin: 2rem 0 0.25rem; }
h4 { font-size: 1.05rem; margin: 1.5rem 0 0.25rem; }
.lead { font-size: 1.15rem; }
.meta { color: #4a4a4a; margin: 0 0 0.5rem; }
code { font-size: 0.9em; background: #f3f3f3; padding: 0 0.2em; }
.legend { border-left: 4px solid #154273; padding: 0.5rem 1rem; background: #f3f6f9; max-width: 60rem; }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; vertical-align: -0.1em; margin-right: 0.25em; border: 1px solid #555; }
.swatch.removed { background: ${rgb(REMOVED)}; }
.swatch.added { background: ${rgb(ADDED)}; }
.swatch.frame { background: ${rgb(FRAME)}; }
del { background: #fde2e4; color: #7a0010; text-decoration: line-through; }
ins { background: #dde9fb; color: #002f6c; text-decoration: none; font-weight: 600; }
.changes { padding-left: 1.25rem; max-width: 60rem; }
.changes li { margin: 0.25rem 0; }
table { border-collapse: collapse; margin: 0.5rem 0; }
th, td { text-align: left; padding: 0.25rem 0.75rem 0.25rem 0; border-bottom: 1px solid #ccc; vertical-align: top; }
td.num { text-align: right; white-space: nowrap; }
.item { border-top: 1px solid #ccc; margin-top: 2rem; }
.pictures { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem; margin: 0.75rem 0; }
.pictures figure { margin: 0; }
.pictures img { display: block; width: 100%; height: auto; border: 1px solid #999; }
.pictures figcaption { font-weight: 600; }
.zooms { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.5rem 1rem; margin: 0.75rem 0; }
@media (min-width: 48rem) { .zooms { grid-template-columns: repeat(2, minmax(0, 1fr)); } }
.zooms .zoom-title { grid-column: 1 / -1; margin: 0.5rem 0 0; font-weight: 600; }
.zooms figure { margin: 0; }
.zooms img { display: block; max-width: 100%; height: auto; border: 1px solid #999; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
nav ul { margin: 0.25rem 0; }
`;

// ---- words ---------------------------------------------------------------------------------

const plural = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;
const pages = (n: number) => plural(n, 'pagina', "pagina's");
const charts = (n: number) => plural(n, 'grafiek', 'grafieken');

/** A list of words as Dutch writes it: `1, 2 en 3`. */
const listed = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`);

function figureName(f: Figure, report: DiffReport): string {
  if (f.table === 'costs') return `Kosten · ${COST_TYPE[f.subject as CostType]?.label ?? f.subject} · prijsjaar ${f.period}`;
  const indicator = report.labels.indicators[f.subject] ?? f.subject;
  const parts = [f.table === 'realisations' ? 'Realisaties' : (report.labels.editions[f.edition ?? ''] ?? f.edition ?? ''), indicator, formatPeriodShort(f.period)];
  if (f.scenario) parts.push(SCENARIO[f.scenario as Scenario]?.label ?? f.scenario);
  if (f.region) parts.push(f.region);
  return parts.join(' · ');
}

/** The changed, added and removed figures, as a table. */
function figureTable(report: DiffReport): string {
  const rows = [
    ...report.figures.changed.map((c) => [figureName(c.new, report), `${figureValue(c.new, c.old.value)} → ${figureValue(c.new, c.new.value)}`, figureChange(c.new, c.change)]),
    ...report.figures.added.map((f) => [figureName(f, report), `nieuw: ${figureValue(f, f.value)}`, '']),
    ...report.figures.removed.map((f) => [figureName(f, report), `vervallen (was ${figureValue(f, f.value)})`, '']),
  ];
  if (rows.length === 0) return '';
  const shown = rows.slice(0, FIGURES_SHOWN);
  const more = rows.length - shown.length;
  return [
    '<table>',
    '<caption class="visually-hidden">Gewijzigde cijfers</caption>',
    '<thead><tr><th scope="col">Cijfer</th><th scope="col">Oud → nieuw</th><th scope="col">Verschil</th></tr></thead>',
    '<tbody>',
    ...shown.map(([name, values, change]) => `<tr><td>${h(name!)}</td><td class="num">${h(values!)}</td><td class="num">${h(change!)}</td></tr>`),
    '</tbody></table>',
    more > 0 ? `<p>… en ${h(plural(more, 'cijfer', 'cijfers'))} meer; het rapport heeft ze allemaal.</p>` : '',
  ].join('\n');
}

/** A change in a text: context, old words struck through, new words marked. */
function hunk(t: TextHunk): string {
  const old = t.old ? `<del><span class="visually-hidden">oud: </span>${h(t.old)}</del>` : '';
  const now = t.new ? `<ins><span class="visually-hidden">nieuw: </span>${h(t.new)}</ins>` : '';
  return [h(t.before), old, old && now ? '→' : '', now, h(t.after)].filter((x) => x !== '').join(' ');
}

function sentenceItem(s: SentenceChange, l: LetterPictures): string {
  const where = l.written ? s.section : (SECTION_LABEL[s.section as SectionId] ?? s.section);
  const label = `<strong>${h(where)}</strong>`;
  if (s.status === 'added') return `<li>${label} (nieuwe alinea): <ins>${h(s.new ?? '')}</ins></li>`;
  if (s.status === 'removed') return `<li>${label} (vervallen alinea): <del>${h(s.old ?? '')}</del></li>`;
  const hunks = textChanges(s.old ?? '', s.new ?? '');
  return `<li>${label}: ${hunks.map(hunk).join(' · ')}</li>`;
}

// ---- pictures ------------------------------------------------------------------------------

/** Before, after and difference, each linked to the image at full size. */
function pictures(images: Images, what: string, sizes: { before: Size | null; after: Size | null }, changed: number | null, regions: number): string {
  // The difference image has the larger of the two sizes (pixels.ts pads the smaller picture).
  const diffSize =
    sizes.before && sizes.after
      ? { width: Math.max(sizes.before.width, sizes.after.width), height: Math.max(sizes.before.height, sizes.after.height) }
      : null;
  const figure = (src: string | null, caption: string, alt: string, size: Size | null) => {
    if (!src) return '';
    const dims = size ? ` width="${size.width}" height="${size.height}"` : '';
    return `<figure><a href="${h(src)}"><img src="${h(src)}" alt="${h(alt)}"${dims} loading="lazy"></a><figcaption>${h(caption)}</figcaption></figure>`;
  };
  const diffAlt =
    changed === null
      ? ''
      : `Verschil op ${what}: de oude versie in grijs, ${plural(changed, 'pixel', 'pixels')} anders (rood verdwijnt, blauw komt erbij), ` +
        `${plural(regions, 'plek', 'plekken')} oranje omkaderd`;
  return [
    '<div class="pictures">',
    figure(images.before, 'Voor (oude gegevens)', `${what}, met de oude gegevens`, sizes.before),
    figure(images.after, 'Na (nieuwe gegevens)', `${what}, met de nieuwe gegevens`, sizes.after),
    figure(images.diff, 'Verschil', diffAlt, diffSize),
    '</div>',
  ].join('\n');
}

/** Close-ups of the changed regions, before and after side by side. */
function zooms(list: Zoom[], regions: number, what: string, anchor: string): string {
  if (list.length === 0) return '';
  const img = (src: string, rect: Zoom['rect'], alt: string, caption: string) =>
    `<figure><img src="${h(src)}" alt="${h(alt)}" width="${rect.width}" height="${rect.height}" loading="lazy"><figcaption>${h(caption)}</figcaption></figure>`;
  return [
    `<div class="zooms" role="group" aria-labelledby="${h(anchor)}-dichtbij">`,
    `<p class="zoom-title" id="${h(anchor)}-dichtbij">Dichtbij: ${
      list.length < regions ? `${formatNumber(list.length)} van de ${formatNumber(regions)} plekken` : regions === 1 ? 'de plek' : `de ${formatNumber(regions)} plekken`
    } waar ${h(what)} verandert</p>`,
    ...list.flatMap((z, i) => {
      const where = list.length === 1 ? '' : ` (plek ${i + 1})`;
      return [
        img(z.before, z.rect, `Uitsnede van ${what}${where}, met de oude gegevens`, `Voor${where}`),
        img(z.after, z.rect, `Uitsnede van ${what}${where}, met de nieuwe gegevens`, `Na${where}`),
      ];
    }),
    '</div>',
  ].join('\n');
}

function pixelLine(changed: number | null, regions: number): string {
  if (changed === null) return '';
  return `<p class="meta">${h(plural(changed, 'pixel', 'pixels'))} anders, op ${h(plural(regions, 'plek', 'plekken'))}.</p>`;
}

function pageBlock(p: PagePicture, l: LetterPictures, chartById: Map<string, ChartPicture>): string {
  const total = p.status === 'removed' ? l.pageCount.before : l.pageCount.after;
  const title = `Pagina ${p.page} van ${total ?? '?'}${p.status === 'added' ? ' (nieuwe pagina)' : p.status === 'removed' ? ' (vervallen pagina)' : ''}`;
  const what = `pagina ${p.page} van ${l.title}`;
  const shown = p.charts.map((id) => chartById.get(id)).filter((c): c is ChartPicture => c !== undefined);
  const chartNote =
    shown.length > 0
      ? `<p>Op deze pagina staat ${listed(shown.map((c) => `de grafiek <a href="#${h(c.anchor)}">${h(c.title)}</a>`))}, die hieronder bij de grafieken ook verandert.</p>`
      : '';
  let text: string;
  if (p.status !== 'changed') text = '';
  else if (p.text.length === 0) text = '<p>De tekst van deze pagina blijft gelijk; het verschil zit in de tekening of de opmaak.</p>';
  else text = `<p>De tekst op deze pagina verandert zo:</p>\n<ul class="changes">\n${p.text.map((t) => `<li>${hunk(t)}</li>`).join('\n')}\n</ul>`;
  return [
    `<section id="${h(p.anchor)}" aria-labelledby="${h(p.anchor)}-kop">`,
    `<h4 id="${h(p.anchor)}-kop">${h(title)}</h4>`,
    text,
    chartNote,
    pixelLine(p.changedPixels, p.regions.length),
    zooms(p.zooms, p.regions.length, what, p.anchor),
    pictures(p.images, what, p.size, p.changedPixels, p.regions.length),
    '</section>',
  ]
    .filter((x) => x !== '')
    .join('\n');
}

function letterKind(l: LetterPictures): string {
  const kind = LETTER_LABEL[l.letter as LetterKind] ?? l.letter;
  return l.written ? `${kind}, geschreven door medewerkers (data/letters/)` : `${kind}, een concept dat het systeem uit de cijfers maakt`;
}

/** The title of a chart the report names, linked to its place on this page when it has one. */
function chartName(id: string, report: DiffReport, chartById: Map<string, ChartPicture>): string {
  const c = chartById.get(id);
  const change = report.charts.available ? report.charts.changes.find((x) => x.id === id) : undefined;
  const title = h(c?.title ?? change?.title.new ?? change?.title.old ?? id);
  return c ? `<a href="#${h(c.anchor)}">${title}</a>` : title;
}

/** Pages that look the same although a chart on them has other figures. */
function samePagesNote(l: LetterPictures, report: DiffReport, chartById: Map<string, ChartPicture>): string {
  if (l.samePages.length === 0) return '';
  const items = l.samePages.map(
    (p) =>
      `<li>Pagina ${p.page} toont ${listed(p.charts.map((id) => `de grafiek ${chartName(id, report, chartById)}`))}, waarvan de cijfers veranderen, ` +
      'maar geen pixel van de pagina verandert: het verschil is op deze grootte niet te zien.</li>',
  );
  return `<ul class="changes">\n${items.join('\n')}\n</ul>`;
}

function letterBlock(l: LetterPictures, report: DiffReport, chartById: Map<string, ChartPicture>): string {
  const said = sentencesOf(report, l);
  const count =
    l.status === 'added'
      ? `nieuwe brief, ${pages(l.pageCount.after ?? 0)}`
      : l.status === 'removed'
        ? `vervallen brief (had ${pages(l.pageCount.before ?? 0)})`
        : `${l.pages.length} van ${pages(Math.max(l.pageCount.before ?? 0, l.pageCount.after ?? 0))} ${l.pages.length === 1 ? 'ziet' : 'zien'} er anders uit`;
  const pageCountChange =
    l.pageCount.before !== null && l.pageCount.after !== null && l.pageCount.before !== l.pageCount.after
      ? `<p>De brief wordt ${l.pageCount.after > l.pageCount.before ? 'langer' : 'korter'}: ${h(pages(l.pageCount.before))} → ${h(pages(l.pageCount.after))}.</p>`
      : '';
  return [
    `<article class="item" id="${h(l.anchor)}" aria-labelledby="${h(l.anchor)}-kop">`,
    `<h3 id="${h(l.anchor)}-kop">${h(l.title)}</h3>`,
    `<p class="meta"><code>${h(l.path)}</code> · ${h(letterKind(l))} · ${h(count)}</p>`,
    pageCountChange,
    said.length > 0
      ? `<p>Wat het rapport over deze brief zegt (${h(plural(said.length, 'alinea of zin', 'alinea’s of zinnen'))}):</p>\n<ul class="changes">\n${said.map((s) => sentenceItem(s, l)).join('\n')}\n</ul>`
      : '',
    samePagesNote(l, report, chartById),
    ...l.pages.map((p) => pageBlock(p, l, chartById)),
    '</article>',
  ]
    .filter((x) => x !== '')
    .join('\n');
}

function chartBlock(c: ChartPicture, report: DiffReport): string {
  const change = report.charts.available ? report.charts.changes.find((x) => x.id === c.id) : undefined;
  const rows = change
    ? [
        ...change.rowsChanged.map((r) => `${r.key}: ${r.cells.map((x) => `${x.column} ${x.old ?? '–'} → ${x.new ?? '–'}`).join(' · ')}`),
        ...change.rowsAdded.map((r) => `nieuwe rij: ${Object.values(r).join(' · ')}`),
        ...change.rowsRemoved.map((r) => `vervallen rij: ${Object.values(r).join(' · ')}`),
      ]
    : [];
  const status = c.status === 'added' ? 'nieuwe grafiek' : c.status === 'removed' ? 'vervallen grafiek' : '';
  const resized =
    c.size.before && c.size.after && (c.size.before.width !== c.size.after.width || c.size.before.height !== c.size.after.height)
      ? `<p>De grafiek verandert van afmeting: ${c.size.before.width} × ${c.size.before.height} → ${c.size.after.width} × ${c.size.after.height} pixels; in het verschilbeeld staan beide linksboven.</p>`
      : '';
  return [
    `<article class="item" id="${h(c.anchor)}" aria-labelledby="${h(c.anchor)}-kop">`,
    `<h3 id="${h(c.anchor)}-kop">${h(c.title)}</h3>`,
    `<p class="meta"><code>${h(c.id)}</code>${status ? ` · ${status}` : ''}</p>`,
    rows.length > 0 ? `<p>Wat het rapport over de cijfers van deze grafiek zegt:</p>\n<ul class="changes">\n${rows.map((r) => `<li>${h(r)}</li>`).join('\n')}\n</ul>` : '',
    resized,
    pixelLine(c.changedPixels, c.regions.length),
    zooms(c.zooms, c.regions.length, `de grafiek ${c.title}`, c.anchor),
    pictures(c.images, `de grafiek ${c.title}`, c.size, c.changedPixels, c.regions.length),
    '</article>',
  ]
    .filter((x) => x !== '')
    .join('\n');
}

/** The charts and letters whose data changed but whose pictures did not. */
function unchangedList(heading: string, items: { id: string; name: string; why: string; more?: string }[]): string {
  if (items.length === 0) return '';
  return [
    `<h3>${h(heading)}</h3>`,
    '<ul>',
    ...items.map((i) => `<li id="${h(i.id)}">${i.name}: ${h(i.why)}${i.more ? `\n${i.more}` : ''}</li>`),
    '</ul>',
  ].join('\n');
}

const WHY_CHART = {
  'same-drawing': 'de cijfers in de tabel van de grafiek veranderen, maar de tekening is precies dezelfde',
  'same-pixels': 'het SVG-bestand verandert (de tekstbeschrijving), maar geen pixel van de tekening',
};
const WHY_LETTER = {
  'same-drawing': 'het rapport noemt zinnen van deze brief, maar de PDF is precies dezelfde',
  'same-pixels': 'de PDF verandert (de gegevens in het bestand), maar geen pixel van een pagina',
};

function lettersSection(v: Extract<VisualSection, { available: true }>, report: DiffReport, chartById: Map<string, ChartPicture>): string {
  const visible = v.letters.filter((l) => isVisible(l.status));
  const quiet = v.letters.filter((l) => !isVisible(l.status));
  const intro =
    visible.length === 0
      ? '<p>Geen briefpagina ziet er anders uit.</p>'
      : `<p>${h(`${pages(v.counts.pages)} in ${plural(visible.length, 'brief', 'brieven')} ${v.counts.pages === 1 ? 'ziet' : 'zien'} er anders uit.`)} Pagina's die gelijk blijven staan er niet bij.</p>`;
  return [
    '<section id="brieven" aria-labelledby="brieven-kop">',
    '<h2 id="brieven-kop">Brieven</h2>',
    intro,
    ...visible.map((l) => letterBlock(l, report, chartById)),
    unchangedList(
      'Brieven met andere gegevens, maar hetzelfde beeld',
      quiet.map((l) => ({
        id: l.anchor,
        name: `${h(l.title)} (<code>${h(l.path)}</code>)`,
        why: WHY_LETTER[l.status as keyof typeof WHY_LETTER],
        more: samePagesNote(l, report, chartById),
      })),
    ),
    '</section>',
  ].join('\n');
}

function chartsSection(v: Extract<VisualSection, { available: true }>, report: DiffReport): string {
  const visible = v.charts.filter((c) => isVisible(c.status));
  const quiet = v.charts.filter((c) => !isVisible(c.status));
  const intro = visible.length === 0 ? '<p>Geen grafiek ziet er anders uit.</p>' : `<p>${h(`${charts(visible.length)} ${visible.length === 1 ? 'ziet' : 'zien'} er anders uit`)}, getekend zoals de site ze als PNG aanbiedt (de brede versie, twee keer zo groot).</p>`;
  return [
    '<section id="grafieken" aria-labelledby="grafieken-kop">',
    '<h2 id="grafieken-kop">Grafieken</h2>',
    intro,
    ...visible.map((c) => chartBlock(c, report)),
    unchangedList(
      'Grafieken met andere gegevens, maar hetzelfde beeld',
      quiet.map((c) => ({ id: c.anchor, name: `${h(c.title)} (<code>${h(c.id)}</code>)`, why: WHY_CHART[c.status as keyof typeof WHY_CHART] })),
    ),
    '</section>',
  ].join('\n');
}

function contents(v: Extract<VisualSection, { available: true }>): string {
  const letters = v.letters.filter((l) => isVisible(l.status));
  const chartsShown = v.charts.filter((c) => isVisible(c.status));
  const letterItems = letters.map((l) => {
    const list = l.pages.map((p) => `<a href="#${h(p.anchor)}">${p.page}</a>`);
    return `<li><a href="#${h(l.anchor)}">${h(l.title)}</a>${list.length > 0 ? `: ${l.pages.length === 1 ? 'pagina' : "pagina's"} ${listed(list)}` : ''}</li>`;
  });
  const chartItems = chartsShown.map((c) => `<li><a href="#${h(c.anchor)}">${h(c.title)}</a></li>`);
  return [
    '<nav aria-labelledby="inhoud-kop">',
    '<h2 id="inhoud-kop">Op deze pagina</h2>',
    '<ul>',
    `<li><a href="#brieven">Brieven</a>${letterItems.length > 0 ? `\n<ul>\n${letterItems.join('\n')}\n</ul>` : ' (geen pagina anders)'}</li>`,
    `<li><a href="#grafieken">Grafieken</a>${chartItems.length > 0 ? `\n<ul>\n${chartItems.join('\n')}\n</ul>` : ' (geen grafiek anders)'}</li>`,
    '</ul>',
    '</nav>',
  ].join('\n');
}

const LEGEND = [
  '<div class="legend">',
  '<p><strong>Zo lees je de beelden.</strong> Bij elke grafiek en elke briefpagina die er anders uitziet staan drie beelden: ',
  '<em>voor</em> (met de oude gegevens), <em>na</em> (met de nieuwe) en het <em>verschil</em>. In het verschilbeeld staat de oude versie in grijs; ',
  '<span class="swatch removed"></span>rood is wat verdwijnt, <span class="swatch added"></span>blauw wat erbij komt, en ',
  '<span class="swatch frame"></span>een oranje kader omlijnt elke plek waar iets verandert. Klik op een beeld om het op ware grootte te zien.</p>',
  '<p>Beide kanten zijn gebouwd met dezelfde code (die van de werkmap): wat hier verandert, komt door de gegevens.</p>',
  '</div>',
].join('');

/** The whole page. */
export function reviewPage(report: DiffReport, v: VisualSection): string {
  const head = [
    '<!doctype html>',
    '<html lang="nl">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    '<title>Beelden voor en na van een gegevenswijziging (MPP)</title>',
    `<link rel="icon" href="${REVIEW_ICON_FILE}" type="image/svg+xml">`,
    `<link rel="stylesheet" href="${REVIEW_CSS_FILE}">`,
    '</head>',
    '<body>',
    '<header class="top"><div class="wrap">',
    '<h1>Beelden voor en na van een gegevenswijziging</h1>',
    `<p>Vergeleken: ${h(report.base)} → ${h(report.head)}</p>`,
    '</div></header>',
  ];
  let body: string[];
  if (!v.available) {
    body = ['<main class="wrap">', `<p class="lead">Er zijn geen beelden gemaakt: ${h(v.reason)}.</p>`, '<p>Het rapport (<code>npm run diff</code>) zegt wat er verder verandert.</p>', '</main>'];
  } else {
    const chartById = new Map(v.charts.map((c) => [c.id, c]));
    const s = report.summary;
    const lead =
      v.counts.charts + v.counts.pages === 0
        ? 'Geen grafiek en geen briefpagina ziet er anders uit.'
        : `${charts(v.counts.charts)} en ${pages(v.counts.pages)} van de brieven zien er anders uit.`;
    const figures = s ? `${plural(s.figuresChanged, 'cijfer', 'cijfers')} gewijzigd, ${formatNumber(s.figuresAdded)} toegevoegd, ${formatNumber(s.figuresRemoved)} verwijderd.` : '';
    body = [
      '<main class="wrap">',
      `<p class="lead"><strong>${h(lead)}</strong> ${h(figures)}</p>`,
      figureTable(report),
      LEGEND,
      contents(v),
      lettersSection(v, report, chartById),
      chartsSection(v, report),
      '</main>',
    ];
  }
  return [...head, ...body, '</body>', '</html>', ''].join('\n');
}
