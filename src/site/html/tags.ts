/**
 * A walk over the site's own HTML, tag by tag: the templates escape every text and attribute value
 * (autoescape), so a `<` in the output always starts a tag or a comment. Used by the transforms that
 * add NL Design System class names and link the first use of a term; not a parser for foreign HTML.
 */
export type Token =
  | { type: 'text'; raw: string }
  | { type: 'comment'; raw: string }
  | { type: 'open'; raw: string; name: string; attrs: string; selfClosing: boolean }
  | { type: 'close'; raw: string; name: string };

const TAG = /<!--[\s\S]*?-->|<!doctype[^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;

export function tokenize(html: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const m of html.matchAll(TAG)) {
    if (m.index > last) out.push({ type: 'text', raw: html.slice(last, m.index) });
    last = m.index + m[0].length;
    if (m[2] === undefined) out.push({ type: 'comment', raw: m[0] });
    else if (m[1]) out.push({ type: 'close', raw: m[0], name: m[2].toLowerCase() });
    else {
      const attrs = m[3] ?? '';
      out.push({ type: 'open', raw: m[0], name: m[2].toLowerCase(), attrs, selfClosing: /\/\s*$/.test(attrs) });
    }
  }
  if (last < html.length) out.push({ type: 'text', raw: html.slice(last) });
  return out;
}

/** Elements that never have content or a closing tag. */
export const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const CLASS = /\sclass="([^"]*)"/;

/** The class names of an opening tag's attributes. */
export function classesOf(attrs: string): string[] {
  return (CLASS.exec(attrs)?.[1] ?? '').split(/\s+/).filter(Boolean);
}

/** An opening tag with `add` appended to its classes (each once), other attributes unchanged. */
export function withClasses(t: Extract<Token, { type: 'open' }>, add: string[]): string {
  const have = classesOf(t.attrs);
  const names = [...have, ...add.filter((c) => !have.includes(c))];
  if (names.length === have.length) return t.raw;
  const value = ` class="${names.join(' ')}"`;
  const attrs = CLASS.test(t.attrs) ? t.attrs.replace(CLASS, value) : value + t.attrs;
  return `<${t.raw.slice(1, 1 + t.name.length)}${attrs}>`;
}
