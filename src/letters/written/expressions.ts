/**
 * The expressions a written letter holds between `{{` and `}}`: figure references such as
 * `{{ fig("asylum-inflow-total", "2025", "mediaan") }}`, a marked literal `{{ "38" | literal }}` and
 * the pronoun helpers `{{ ik }}`. Each is found with its offset, so that every problem points at
 * `file:line:column`. Parsing only; resolving against the data is references.ts.
 */
import * as message from '../../messages.ts';

export const FUNCTIONS = ['fig', 'change', 'actual', 'cost', 'derived'] as const;
export type FunctionName = (typeof FUNCTIONS)[number];
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

export type Expression =
  | { type: 'call'; fn: FunctionName; args: string[]; filters: string[] }
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
  const call = /^([a-z]+)\s*\(([\s\S]*)\)$/.exec(head!);
  if (!call) {
    return {
      expression: null,
      problem: message.letter.notExpression(Object.keys(PRONOUNS)),
    };
  }
  const fn = call[1]!;
  if (!(FUNCTIONS as readonly string[]).includes(fn)) {
    return { expression: null, problem: message.letter.unknownFunction(fn, FUNCTIONS) };
  }
  const args: string[] = [];
  const argText = call[2]!.trim();
  if (argText !== '') {
    for (const a of argText.split(',').map((s) => s.trim())) {
      const m = STRING.exec(a);
      if (!m) return { expression: null, problem: message.letter.argumentNotString(fn, a) };
      args.push(m[1]!);
    }
  }
  for (const f of filters) {
    if (!(FILTERS as readonly string[]).includes(f)) return { expression: null, problem: message.letter.unknownFilter(f, FILTERS) };
  }
  return { expression: { type: 'call', fn: fn as FunctionName, args, filters } };
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
