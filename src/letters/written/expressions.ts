/**
 * The expressions a written letter holds between `{{` and `}}`: figure references such as
 * `{{ fig("asylum-inflow-total", "2025", "mediaan") }}`, a marked literal `{{ "38" | literal }}` and
 * the pronoun helpers `{{ ik }}`. Each is found with its offset, so that every problem points at
 * `file:line:column`. Parsing only; resolving against the data is references.ts.
 */
import * as message from '../../messages.ts';

export const FUNCTIONS = ['fig', 'change', 'actual', 'cost', 'derived', 'difference', 'relative', 'ratio', 'perDay', 'perYear'] as const;
export type FunctionName = (typeof FUNCTIONS)[number];
/**
 * The functions over other references (derived numbers written as what they are made of):
 * `difference(a, b)` the difference a − b without its sign, in prose ("ruim 7.000", "bijna € 156 miljoen");
 * `relative(a, b)` the change from b to a as a signed percentage ("−29 %"); `ratio(a, b)` a / b in
 * prose ("ruim 2"); `perDay(a)` a yearly amount per day ("ruim € 74"); `perYear(a)` an amount per night
 * for a year ("€ 36.500"). Their arguments are references.
 */
export const OPERATIONS: Partial<Record<FunctionName, number>> = { difference: 2, relative: 2, ratio: 2, perDay: 1, perYear: 1 };
/** The pronouns that follow the number of signatories: one signs "ik", several "wij". */
export const PRONOUNS: Record<string, [string, string]> = {
  ik: ['ik', 'wij'],
  Ik: ['Ik', 'Wij'],
  mij: ['mij', 'ons'],
  mijn: ['mijn', 'ons'],
  Mijn: ['Mijn', 'Ons'],
};
/** Filters after a reference: `bare` prints a figure without its rounding word (allowed where the source writes one word for a list). */
export const FILTERS = ['bare'] as const;

export interface Call {
  type: 'call';
  fn: FunctionName;
  /** The text arguments (the keys of a figure). */
  args: string[];
  /** The reference arguments of an operation (`difference(fig(…), fig(…))`). */
  operands: Call[];
  filters: string[];
}

export type Expression =
  | Call
  | { type: 'literal'; text: string }
  | { type: 'pronoun'; word: string };

export interface Found {
  /** Offset of `{{` in the text. */
  start: number;
  /** Offset just after `}}`. */
  end: number;
  source: string;
  expression: Expression | null;
  /** Why the expression could not be read. */
  problem?: string;
}

const STRING = /^"([^"\\]*)"$/;

/** A reference typed in the prose without its braces: `fig("…"` or `difference(fig(`. */
const CALL_OUTSIDE = new RegExp(`\\b(${FUNCTIONS.join('|')})\\(\\s*(?:"|(?:${FUNCTIONS.join('|')})\\()`, 'g');

/** Where a reference that is not closed stops being read: the next `{{`, the end of its paragraph or of the text. */
function unclosedEnd(text: string, start: number): number {
  const rest = text.slice(start + 2);
  const stops = [rest.indexOf('{{'), rest.search(/\n[ \t]*\n/), rest.length].filter((i) => i >= 0);
  return start + 2 + Math.min(...stops);
}

/** What a message shows of a stretch of the letter: its first line, at most 80 characters. */
const shown = (s: string) => {
  const line = s.split('\n')[0]!.trimEnd();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
};

/**
 * Every `{{ … }}` of `text`, in order, with what cannot be a reference: a `{{` never closed (before
 * the next `{{` or the end of its paragraph), a `}}` or a single brace outside a reference, and a
 * reference written without its braces (which would be printed as typed). Each of those is a Found
 * without an expression, located at its first character.
 */
export function findExpressions(text: string): Found[] {
  const out: Found[] = [];
  const outside: [number, number][] = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf('{{', from);
    const close = text.indexOf('}}', from);
    if (open < 0 && close < 0) break;
    if (close >= 0 && (open < 0 || close < open)) {
      outside.push([from, close]);
      out.push({ start: close, end: close + 2, source: '}}', expression: null, problem: message.letter.strayBrace('}}') });
      from = close + 2;
      continue;
    }
    outside.push([from, open]);
    const stop = unclosedEnd(text, open);
    const end = close; // the first }} after the {{ (a stray one before it was taken above)
    if (end < 0 || end + 2 > stop) {
      // Read up to the single brace that was probably meant to close it, else to the end of the line.
      const brace = text.slice(open + 2, stop).indexOf('}');
      const lineEnd = text.indexOf('\n', open);
      const upTo = brace >= 0 ? open + 2 + brace + 1 : Math.min(stop, lineEnd < 0 ? text.length : lineEnd);
      const source = text.slice(open, upTo);
      out.push({ start: open, end: upTo, source: shown(source), expression: null, problem: message.letter.unclosedReference() });
      from = upTo;
      continue;
    }
    out.push({ start: open, end: end + 2, source: text.slice(open, end + 2), ...parseExpression(text.slice(open + 2, end).trim()) });
    from = end + 2;
  }
  outside.push([from, text.length]);
  for (const [a, b] of outside) {
    const part = text.slice(a, b);
    for (const m of part.matchAll(/[{}]/g)) {
      out.push({ start: a + m.index, end: a + m.index + 1, source: m[0], expression: null, problem: message.letter.strayBrace(m[0]) });
    }
    for (const m of part.matchAll(CALL_OUTSIDE)) {
      out.push({ start: a + m.index, end: a + m.index + m[1]!.length + 1, source: shown(part.slice(m.index)), expression: null, problem: message.letter.referenceWithoutBraces(m[1]!) });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/** Quotes and parentheses in pairs; else what is missing. */
function unbalanced(src: string): string | null {
  const quotes = (src.match(/"/g) ?? []).length;
  if (quotes % 2 === 1) return message.letter.unbalancedQuotes();
  let depth = 0;
  let quoted = false;
  for (const c of src) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')' && --depth < 0) break;
  }
  return depth === 0 ? null : message.letter.unbalancedParentheses(depth > 0 ? '(' : ')');
}

export function parseExpression(src: string): { expression: Expression | null; problem?: string } {
  const pairs = unbalanced(src);
  if (pairs) return { expression: null, problem: pairs };
  const [head, ...filters] = src.split('|').map((s) => s.trim());
  if (filters.length === 1 && filters[0] === 'literal') {
    const m = STRING.exec(head!);
    if (!m) return { expression: null, problem: message.letter.literalForm() };
    return { expression: { type: 'literal', text: m[1]! } };
  }
  if (filters.length === 0 && head! in PRONOUNS) return { expression: { type: 'pronoun', word: head! } };
  const parsed = parseCall(head!);
  if ('problem' in parsed) return { expression: null, problem: parsed.problem };
  for (const f of filters) {
    if (!(FILTERS as readonly string[]).includes(f)) return { expression: null, problem: message.letter.unknownFilter(f, FILTERS) };
  }
  return { expression: { ...parsed.call, filters } };
}

/** Split `text` at the commas that stand outside quotes and parentheses. */
function splitArguments(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') depth--;
    else if (!quoted && depth === 0 && c === ',') {
      out.push(text.slice(from, i).trim());
      from = i + 1;
    }
  }
  out.push(text.slice(from).trim());
  return out;
}

/** `fn("a", "b")`, or an operation over references `difference(fig(…), fig(…))`. */
function parseCall(src: string, nested = false): { call: Call } | { problem: string } {
  const call = /^([A-Za-z]+)\s*\(([\s\S]*)\)$/.exec(src);
  if (!call) return { problem: message.letter.notExpression(Object.keys(PRONOUNS)) };
  const fn = call[1]!;
  if (!(FUNCTIONS as readonly string[]).includes(fn)) return { problem: message.letter.unknownFunction(fn, FUNCTIONS) };
  const argText = call[2]!.trim();
  const parts = argText === '' ? [] : splitArguments(argText);
  const operation = OPERATIONS[fn as FunctionName];
  if (operation !== undefined) {
    if (nested) return { problem: message.letter.operandNotReference(fn, src) };
    const operands: Call[] = [];
    for (const a of parts) {
      const inner = /^[A-Za-z]+\s*\(/.test(a) ? parseCall(a, true) : { problem: message.letter.operandNotReference(fn, a) };
      if ('problem' in inner) return inner;
      operands.push(inner.call);
    }
    if (operands.length !== operation) return { problem: message.letter.argumentCount(fn, operation === 1 ? '(reference)' : '(reference, reference)', operands.length) };
    return { call: { type: 'call', fn: fn as FunctionName, args: [], operands, filters: [] } };
  }
  const args: string[] = [];
  for (const a of parts) {
    const m = STRING.exec(a);
    if (!m) return { problem: message.letter.argumentNotString(fn, a) };
    args.push(m[1]!);
  }
  return { call: { type: 'call', fn: fn as FunctionName, args, operands: [], filters: [] } };
}

/** 1-based line and column of `offset` in `text`. */
export function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}
