/**
 * Reading the letters staff write, `data/letters/<edition>/<kind>.md`: front matter, signatories,
 * the figure references in the prose and the numbers typed in it. Every problem of every letter is
 * collected and thrown at once as a DataValidationError (file:line:column), before anything is built.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { type DataError, DataValidationError } from '../../errors.ts';
import { displayPath } from '../../data/load.ts';
import type { Dataset, Edition } from '../../data/schema.ts';
import type { Model } from '../../model/index.ts';
import type { LetterKind } from '../plan.ts';
import { findExpressions, position } from './expressions.ts';
import { type FrontMatter, readFrontMatter, splitFrontMatter } from './front-matter.ts';
import { figureValues, nearFigures, typedNumbers } from './numbers.ts';
import { type LetterContext, type Resolved, resolveExpression } from './references.ts';
import { inOffice, LETTERS_DIR, loadSenders, type Sender, senderOf, type Senders, type Signatory } from './senders.ts';
import * as message from '../../messages.ts';
import { firstDayOf } from '../../data/period.ts';

export const LETTER_KINDS: LetterKind[] = ['tweede-kamer', 'gemeenten'];

/** A written letter, read and checked, with every expression of its body resolved. */
export interface WrittenLetter {
  file: string;
  edition: Edition;
  letter: LetterKind;
  /** The letter's folder (its annex files are there); null when read from text alone. */
  dir: string | null;
  front: FrontMatter;
  sender: Sender | null;
  signatories: Signatory[];
  body: string;
  /**
   * The body's expressions in order, with their offsets in `body` and what they print; a marked
   * literal is printed as if typed there.
   */
  expressions: { start: number; end: number; source: string; resolved: Resolved; literal: boolean }[];
}

async function letterFiles(dataDir: string): Promise<{ edition: string; kind: string; full: string }[]> {
  const dir = path.join(dataDir, LETTERS_DIR);
  const out: { edition: string; kind: string; full: string }[] = [];
  let editions: string[];
  try {
    editions = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  } catch {
    return [];
  }
  for (const edition of editions.sort()) {
    const files = (await readdir(path.join(dir, edition))).filter((f) => f.endsWith('.md')).sort();
    for (const f of files) out.push({ edition, kind: f.slice(0, -3), full: path.join(dir, edition, f) });
  }
  return out;
}

/** Read, check and resolve one letter's text; problems go to `errors`. */
export function readLetter(
  text: string,
  file: string,
  where: { edition: string; kind: string; /** The letter's folder, where its annex files are. */ dir?: string },
  data: Dataset,
  model: Model,
  senders: Senders,
  errors: DataError[],
): WrittenLetter | null {
  const edition = data.editions.find((e) => e.id === where.edition);
  const start = errors.length;
  if (!edition) {
    errors.push({ file, line: 1, column: 1, value: where.edition, message: message.letter.noEdition(data.editions.map((e) => e.id)) });
  }
  if (!(LETTER_KINDS as string[]).includes(where.kind)) {
    errors.push({ file, line: 1, column: 1, value: where.kind, message: message.letter.kindFile(LETTER_KINDS) });
  }
  const split = splitFrontMatter(text);
  if (!split) {
    errors.push({ file, line: 1, column: 1, message: message.letter.noFrontMatter() });
    return null;
  }
  const { front, partial } = readFrontMatter(split, file, errors, 1);
  const signatories: Signatory[] = [];
  for (const s of partial.signatories) {
      const found = senders.signatories.find((x) => x.key === s.key);
      if (!found) {
        errors.push({ file, line: s.line, column: s.column, field: 'signatories', value: s.key, message: message.letter.unknownSignatory(senders.files.signatories, senders.signatories.map((x) => x.key)) });
      } else if (partial.date && !inOffice(found, partial.date)) {
        errors.push({ file, line: s.line, column: s.column, field: 'signatories', value: s.key, message: message.letter.notInOffice(partial.date, found.validFrom, found.validTo) });
      } else signatories.push(found);
  }
  if (front) {
    if (front.source && !data.sources.some((s) => s.id === front.source!.id)) {
      errors.push({ file, line: front.source.line, column: front.source.column, field: 'source', value: front.source.id, message: message.letter.unknownSource() });
    }
    if (edition && front.date < firstDayOf(edition.published)) {
      errors.push({ file, ...front.dateAt, field: 'date', value: front.date, message: message.letter.beforeEdition(edition.label, edition.published) });
    }
  }
  const sender = front && signatories.length > 0 ? senderOf(senders, signatories, front.date) : null;
  if (front && signatories.length === front.signatories.length && signatories.length > 0 && !sender) {
    errors.push({ file, line: front.signatories[0]!.line, column: front.signatories[0]!.column, field: 'signatories', message: message.letter.noSender(senders.files.senders, front.date) });
  }
  const at = (offset: number) => position(text, split.bodyStart + offset);
  const expressions: WrittenLetter['expressions'] = [];
  const ctx: LetterContext | null =
    partial.date && edition ? { data, model, edition: edition.id, date: partial.date, ownSource: partial.source } : null;
  const found = findExpressions(split.body);
  for (const f of found) {
    if (!f.expression) {
      errors.push({ file, ...at(f.start), value: f.source, message: f.problem! });
      continue;
    }
    if (!ctx) continue;
    const r = resolveExpression(f.expression, ctx, Math.max(1, partial.signatories.length));
    if (!r.ok) errors.push({ file, ...at(f.start), value: f.source, message: r.problem });
    else expressions.push({ start: f.start, end: f.end, source: f.source, resolved: r.value, literal: f.expression.type === 'literal' });
  }
  const blanked = found.reduce((s, f) => s.slice(0, f.start) + s.slice(f.start, f.end).replace(/[^\n]/g, ' ') + s.slice(f.end), split.body);
  // Every number typed in the prose is a reference, an expression over references, a marked literal
  // or recognisably not a figure (a year, a date, a Kamerstuk number …): numbers.ts.
  const typed = typedNumbers(blanked);
  // The figures' values, to say which reference a typed number should be: only when one was typed.
  const values = typed.length > 0 ? figureValues(data) : new Map<number, string[]>();
  for (const n of typed) {
    const keys = n.value === null ? undefined : values.get(n.value);
    errors.push({
      file,
      ...at(n.offset),
      value: n.text,
      message: keys ? message.letter.staleNumber(keys.slice(0, 3), n.text) : message.letter.typedNumber(n.text, n.value === null ? [] : nearFigures(n.value, values)),
    });
  }
  // A letter never announces an annex it lacks: "bijlage" in the text needs an attachment, and an
  // attachment's file must be there.
  if (front) {
    if (front.attachments.length === 0) {
      const m = /\bbijlage(n)?\b/i.exec(blanked.replace(/\^\[/g, '  '));
      if (m) errors.push({ file, ...at(m.index), value: m[0], message: message.letter.annexAnnounced() });
    }
    for (const a of front.attachments) {
      if (a.file && /\.pdf$/i.test(a.file) && !(where.dir && existsSync(path.join(where.dir, a.file)))) {
        errors.push({ file, line: a.line, column: a.column, field: 'attachments', value: a.file, message: message.letter.attachmentFileMissing(a.file) });
      }
    }
  }
  if (errors.length > start || !front || !edition) return null;
  return { file, dir: where.dir ?? null, edition, letter: where.kind as LetterKind, front, sender, signatories, body: split.body, expressions };
}

/**
 * Every written letter of `dataDir/letters/`, checked against the data. Throws a
 * DataValidationError with all problems of all letters (and of the senders and signatories).
 */
export async function loadWrittenLetters(dataDir: string, data: Dataset, model: Model): Promise<{ letters: WrittenLetter[]; senders: Senders }> {
  const errors: DataError[] = [];
  const senders = loadSenders(dataDir, errors);
  const letters: WrittenLetter[] = [];
  for (const f of await letterFiles(dataDir)) {
    const text = (await readFile(f.full, 'utf8')).replace(/^\uFEFF/, '');
    // No control character (NUL, BEL, ESC …) goes into a printed letter: located at the first.
    const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.exec(text);
    if (control) {
      const before = text.slice(0, control.index).split(/\r\n?|\n/);
      errors.push({ file: displayPath(f.full), line: before.length, column: before.at(-1)!.length + 1, message: message.letter.control(control[0].charCodeAt(0)) });
      continue;
    }
    const l = readLetter(text, displayPath(f.full), { ...f, dir: path.dirname(f.full) }, data, model, senders, errors);
    if (l) letters.push(l);
  }
  if (errors.length > 0) throw new DataValidationError(errors);
  return { letters, senders };
}
