/**
 * NL Design System class names on the site's plain markup: headings, paragraphs, links, lists,
 * tables, figures and notices get the classes of the Rijkshuisstijl Community components
 * (`nl-heading`, `nl-paragraph`, `nl-link`, `utrecht-table…`, `utrecht-alert`), so the templates stay
 * plain HTML and the classes are decided in one place. Nothing inside an SVG is touched.
 */
import { classesOf, tokenize, VOID, withClasses, type Token } from './tags.ts';

type Open = Extract<Token, { type: 'open' }>;

/** The classes an element gets, given the element it stands in. */
function classesFor(t: Open, stack: Open[]): string[] {
  const has = classesOf(t.attrs);
  const inside = (name: string) => stack.some((s) => s.name === name);
  const parent = stack.at(-1);
  switch (t.name) {
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
      return ['nl-heading', `nl-heading--level-${t.name[1]}`];
    case 'p':
      if (has.includes('notice')) return ['nl-paragraph', 'utrecht-alert__message'];
      return has.includes('lead') ? ['nl-paragraph', 'nl-paragraph--lead'] : ['nl-paragraph'];
    case 'a':
      return has.some((c) => /^(rhc|utrecht|nl)-/.test(c)) ? [] : ['nl-link'];
    case 'ul':
      return has.length ? [] : ['utrecht-unordered-list', 'utrecht-unordered-list--distanced'];
    case 'ol':
      return has.length ? [] : ['utrecht-ordered-list'];
    case 'li':
      if (parent?.name === 'ul' && classesOf(parent.attrs).includes('utrecht-unordered-list')) return ['utrecht-unordered-list__item'];
      if (parent?.name === 'ol' && classesOf(parent.attrs).includes('utrecht-ordered-list')) return ['utrecht-ordered-list__item'];
      return [];
    case 'div':
      return has.includes('table-scroll') ? ['utrecht-table-container', 'utrecht-table-container--overflow-inline'] : [];
    case 'table':
      return ['utrecht-table', 'utrecht-table--html-table'];
    case 'caption':
      return ['utrecht-table__caption'];
    case 'thead':
      return ['utrecht-table__header'];
    case 'tbody':
      return ['utrecht-table__body'];
    case 'tr':
      return ['utrecht-table__row'];
    case 'th':
      return ['utrecht-table__header-cell', ...(has.includes('num') ? ['utrecht-table__header-cell--numeric-column'] : [])];
    case 'td':
      return ['utrecht-table__cell', ...(has.includes('num') ? ['utrecht-table__cell--numeric-data'] : [])];
    case 'figure':
      return inside('figure') ? [] : ['utrecht-figure'];
    case 'figcaption':
      return ['utrecht-figure__caption'];
    default:
      return [];
  }
}

/** A notice (`<p class="notice">`) stands in the alert component's own frame. */
const ALERT_OPEN = '<div class="utrecht-alert utrecht-alert--info"><div class="utrecht-alert__content">';
const ALERT_CLOSE = '</div></div>';
const isNotice = (t: Open) => t.name === 'p' && classesOf(t.attrs).includes('notice');

export function addNldsClasses(html: string): string {
  const stack: Open[] = [];
  let svg = 0;
  let out = '';
  for (const t of tokenize(html)) {
    if (t.type === 'open') {
      if (t.name === 'svg') svg++;
      const raw = svg > 0 ? t.raw : withClasses(t, classesFor(t, stack));
      if (svg === 0 && isNotice(t)) out += ALERT_OPEN;
      out += raw;
      if (!t.selfClosing && !VOID.has(t.name)) stack.push({ ...t, raw, attrs: raw.slice(t.name.length + 1, -1) });
    } else {
      if (t.type === 'close') {
        if (t.name === 'svg') svg--;
        const at = stack.map((s) => s.name).lastIndexOf(t.name);
        const closesNotice = at >= 0 && svg === 0 && isNotice(stack[at]!);
        if (at >= 0) stack.length = at;
        out += t.raw + (closesNotice ? ALERT_CLOSE : '');
        continue;
      }
      out += t.raw;
    }
  }
  return out;
}
