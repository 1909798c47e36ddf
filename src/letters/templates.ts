/**
 * The Nunjucks environments of the letters. Staff edit the wording in `templates/letters/`: the
 * sentences in `sentences.njk` (one macro per kind of sentence), the letter around them in
 * `letter.njk`. Numbers reach the templates as raw values from the model and are formatted only by
 * the shared filters of `src/format/filters.ts`.
 */
import nunjucks from 'nunjucks';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { addFilters } from '../format/filters.ts';
import { COST_TYPE, QUALIFIER_PATTERN, termsOf, UNIT } from '../data/vocabulary.ts';
import { escapeHtml } from '../format/escape.ts';
import { PROJECT_ROOT } from '../runtime/paths.ts';

export const TEMPLATE_DIR = path.join(PROJECT_ROOT, 'templates', 'letters');

/** A hyphenated word, or a figure with its qualifier, euro sign and unit word. */
const UNBREAKABLE = new RegExp(
  `\\S*[\\p{L}\\d]-[\\p{L}\\d]\\S*|(?:(?:${QUALIFIER_PATTERN}) )?(?:€ )?[−+]?\\d[\\d.,]*(?: (?:%|miljoen|miljard))?`,
  'gu',
);

/**
 * Escape text for HTML and keep figures, amounts and hyphenated words on one line (a line break
 * after the hyphen of "2024-II" would split the figure; the characters themselves are unchanged).
 */
export function typeset(text: string): string {
  const escaped = escapeHtml(text);
  return escaped.replace(UNBREAKABLE, (m) => `<span class="nw">${m}</span>`);
}

/** A CSS string literal: quotes and backslashes escaped, line breaks as \A. */
export function cssString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\A ')}"`;
}

/** The shared formatting filters and the letters' vocabulary tables. */
function letterFilters(env: nunjucks.Environment): nunjucks.Environment {
  addFilters(env);
  env.addGlobal('NOUN', termsOf(UNIT, 'noun'));
  env.addGlobal('PLACE', termsOf(COST_TYPE, 'place'));
  return env;
}

/**
 * The compiled templates of `templates/letters/`, made on first use and made again when a file there
 * changed: `npm run dev` runs many builds in one process, and each calls `refreshLetterTemplates`.
 */
interface Made {
  stamp: string;
  sentenceEnv?: nunjucks.Environment;
  letterEnv?: nunjucks.Environment;
  sentenceTemplate?: nunjucks.Template;
  css?: string;
  paginate?: string;
}
let made: Made | null = null;

/** Names the files of the template folder as they are now: names, sizes and modification times. */
function folderStamp(): string {
  return readdirSync(TEMPLATE_DIR, { withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => {
      const s = statSync(path.join(TEMPLATE_DIR, f.name));
      return `${f.name}:${s.size}:${s.mtimeMs}`;
    })
    .sort()
    .join('|');
}

const current = (): Made => (made ??= { stamp: folderStamp() });

/** Forget the compiled templates if a file in `templates/letters/` changed since they were made. */
export function refreshLetterTemplates(): void {
  if (made && made.stamp !== folderStamp()) made = null;
}

/** Plain-text environment for the sentences (no HTML escaping: the letter template escapes them). */
export function sentenceEnvironment(): nunjucks.Environment {
  return (current().sentenceEnv ??= letterFilters(
    new nunjucks.Environment(new nunjucks.FileSystemLoader(TEMPLATE_DIR), {
      autoescape: false,
      throwOnUndefined: true,
    }),
  ));
}

/** HTML environment for the letter itself (autoescaped). */
export function letterEnvironment(): nunjucks.Environment {
  const m = current();
  if (!m.letterEnv) {
    m.letterEnv = letterFilters(
      new nunjucks.Environment(new nunjucks.FileSystemLoader(TEMPLATE_DIR), {
        autoescape: true,
        throwOnUndefined: true,
        trimBlocks: true,
        lstripBlocks: true,
      }),
    );
    m.letterEnv.addFilter('typeset', (s: string) => new nunjucks.runtime.SafeString(typeset(s)));
    m.letterEnv.addFilter('cssString', (s: string) => new nunjucks.runtime.SafeString(cssString(s)));
  }
  return m.letterEnv;
}

/** The letters' stylesheet, `templates/letters/letter.css`. */
export function letterCss(): string {
  return (current().css ??= readFileSync(path.join(TEMPLATE_DIR, 'letter.css'), 'utf8'));
}

/** The page layout of the written letters, `templates/letters/paginate.js` (run by the print step). */
export function letterPaginate(): string {
  return (current().paginate ??= readFileSync(path.join(TEMPLATE_DIR, 'paginate.js'), 'utf8'));
}

/** Collapse the template's line breaks and indentation and tidy the spacing around punctuation. */
export function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:)])/g, '$1')
    .replace(/\(\s+/g, '(')
    .trim();
}

/** Render one sentence: the macro `kind` of `sentences.njk` applied to `facts`. */
export function renderSentence(kind: string, facts: unknown): string {
  const m = current();
  const template = (m.sentenceTemplate ??= new nunjucks.Template('{% import "sentences.njk" as s %}{{ s[kind](f) }}', sentenceEnvironment(), 'sentence'));
  return tidy(template.render({ kind, f: facts }));
}
