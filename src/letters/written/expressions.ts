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

/** Every `{{ … }}` of `text`, in order. */
export function findExpressions(text: string): Found[] {
  const out: Found[] = [];
  const re = /\{\{([\s\S]*?)\}\}/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, source: m[0], ...parseExpression(m[1]!.trim()) });
  }
  return out;
}

export function parseExpression(src: string): { expression: Expression | null; problem?: string } {
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
