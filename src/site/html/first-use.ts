/**
 * The first use of a term on a page links to its entry on /begrippen/; an abbreviation is written
 * as <abbr> with its expansion. Only running text in the page's content counts: not headings, links,
 * table cells, captions, the navigation or anything inside a chart.
 */
import type { Term } from '../glossary.ts';
import { escapeHtml } from '../../format/escape.ts';
import { classesOf, tokenize, VOID } from './tags.ts';

/**
 * Elements whose text never gets a link: it is a link, a label, a heading, or inside a chart or table.
 * `cite` is the rule for titles: the site prints every title of a document (a source, a letter, a
 * publication) in <cite> (templates/site/_includes/macros.njk), so no term is linked inside a title,
 * wherever the title stands.
 */
const SKIP = new Set(['a', 'abbr', 'dfn', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th', 'td', 'caption', 'summary', 'figcaption', 'title', 'svg', 'button', 'code', 'cite', 'nav', 'header', 'footer', 'head', 'script', 'style', 'label', 'dt']);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A form as a pattern: whole word, and a word (not an abbreviation) with either case of its first letter. */
function formPattern(form: string): string {
  const isAbbreviation = form === form.toUpperCase() || /^[a-z]{2,4}$/.test(form);
  if (isAbbreviation || !/^\p{L}/u.test(form)) return escapeRe(form);
  const first = form[0]!;
  return `[${first.toUpperCase()}${first.toLowerCase()}]${escapeRe(form.slice(1))}`;
}

export interface Linker {
  (html: string, glossaryHref: string): string;
}

export function firstUseLinker(terms: readonly Term[]): Linker {
  // Longest forms first, so "totale asielinstroom" wins over "instroom".
  const forms = terms.flatMap((t) => t.forms.map((f) => ({ form: f, term: t }))).sort((a, b) => b.form.length - a.form.length);
  if (forms.length === 0) return (html) => html;
  const byPattern = forms.map((f) => ({ re: new RegExp(`^${formPattern(f.form)}$`, 'u'), term: f.term }));
  // Not inside a word, an entity or an address: a term right after "/" is a path ("…/realisaties/").
  const any = new RegExp(`(?<![\\p{L}\\p{N}&;/-])(?:${forms.map((f) => formPattern(f.form)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (html, glossaryHref) => {
    const start = html.indexOf('<main');
    const end = html.lastIndexOf('</main>');
    if (start < 0 || end < 0) return html;
    const used = new Set<string>();
    const stack: string[] = [];
    let skipping = 0;
    let out = '';
    for (const t of tokenize(html.slice(start, end))) {
      if (t.type === 'open') {
        if (!t.selfClosing && !VOID.has(t.name)) {
          // An element marked `no-terms` (the story's headline) is kept free of links too.
          const skip = SKIP.has(t.name) || classesOf(t.attrs).includes('no-terms');
          stack.push(skip ? `!${t.name}` : t.name);
          if (skip) skipping++;
        }
        out += t.raw;
      } else if (t.type === 'close') {
        const at = Math.max(stack.lastIndexOf(t.name), stack.lastIndexOf(`!${t.name}`));
        if (at >= 0) {
          for (const n of stack.splice(at)) if (n.startsWith('!')) skipping--;
        }
        out += t.raw;
      } else if (t.type === 'text' && skipping === 0) {
        out += t.raw.replace(any, (match) => {
          const term = byPattern.find((p) => p.re.test(match))!.term;
          if (used.has(term.id)) return match;
          used.add(term.id);
          const href = `${glossaryHref}#${term.id}`;
          const inner = term.expansion ? `<abbr title="${escapeHtml(term.expansion)}">${match}</abbr>` : match;
          return `<a class="nl-link term-link" href="${href}">${inner}</a>`;
        });
      } else out += t.raw;
    }
    return html.slice(0, start) + out + html.slice(end);
  };
}
