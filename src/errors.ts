/**
 * The one error module: every error the program reports to its user, with the exit code that says
 * what failed (as Observable Framework's error.ts), and the original error as its `cause` (as
 * Eleventy's base error). The words are in src/messages.ts.
 *
 *   0  done
 *   1  the data (CSV, excerpts, letters) is invalid: every located error is printed
 *   2  the command line is wrong, or an option names something that cannot be used
 *   3  the program could not finish: a fault in the program itself, or in what it runs on (no browser)
 *
 * Only these leave a command (src/cli/command.ts turns them into a message and an exit code); any
 * other error is a fault in the program, printed as one line (the stack with --debug) with exit 3.
 */

import { showControls } from './format/escape.ts';
import * as message from './messages.ts';

export const EXIT = { ok: 0, data: 1, usage: 2, fault: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The base of every error meant for the user: its message is what they read. */
export class MppError extends Error {
  readonly exitCode: ExitCode;
  constructor(message: string, options: { exitCode: ExitCode; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.exitCode = options.exitCode;
  }
}

/** A mistake in how a command was called: an unknown option, a missing value, a refused folder (exit 2). */
export class UsageError extends MppError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { exitCode: EXIT.usage, cause: options.cause });
  }
}

/** A folder a command must not write to; the message says why and what to do (exit 2). */
export class OutputFolderError extends UsageError {}

/**
 * The program could not finish for a reason it can name: the machine lacks a browser, a letter asked
 * for the network, a template printed nothing where a value belongs (exit 3, no stack).
 */
export class FaultError extends MppError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { exitCode: EXIT.fault, cause: options.cause });
  }
}

// ---------------------------------------------------------------------------------------------
// Located errors in the data

/** A located problem in the input data: what a person needs to find and fix it. */
export interface DataError {
  /** Path as given to the loader, e.g. `data/prognoses.csv`. */
  file: string;
  line: number;
  column: number;
  /** Column name, when the problem is in one cell. */
  field?: string;
  /** The value found, when there is one. */
  value?: string;
  /** What was expected. */
  message: string;
  /**
   * Set only on the line that closes a list cut at MAX_REPORTED_ERRORS: how many errors, from this
   * place on, are not listed. That line is no error itself.
   */
  omitted?: number;
}

/**
 * At most this many located errors are listed for one run (the terminal, the dev banner, the diff
 * report); the rest are counted on one closing line, located at the first one left out. A file with
 * a wrong separator can give hundreds of thousands of errors; the first thousand say what is wrong.
 */
export const MAX_REPORTED_ERRORS = 1000;

/** How many errors a listed run had: the listed ones and those the closing line counts. */
export function errorCount(errors: readonly DataError[]): number {
  let n = 0;
  for (const e of errors) n += e.omitted === undefined ? 1 : e.omitted;
  return n;
}

/** Append `more` to `errors` without spreading it into arguments (a spread of 150.000 overflows the stack). */
export function pushAll<T>(errors: T[], more: Iterable<T>): T[] {
  for (const e of more) errors.push(e);
  return errors;
}

export function formatError(e: DataError): string {
  return showControls(formatErrorText(e)); // one line, whatever the data holds
}

function formatErrorText(e: DataError): string {
  const where = `${e.file}:${e.line}:${e.column}`;
  const cell = e.field ? ` column "${e.field}"` : '';
  const found = e.value !== undefined ? `${cell ? ',' : ''} found "${e.value}"` : '';
  // "file:2:7: column "value", found "veel": expected …", "file:44:43: found "x": …" for a place that is not
  // a column (a written letter's text), or "file:1:1: missing file …" without a cell.
  return cell || found ? `${where}:${cell}${found}: ${e.message}` : `${where}: ${e.message}`;
}

/** Stable order: by file, line, column, message. */
export function sortErrors(errors: DataError[]): DataError[] {
  return [...errors].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message),
  );
}

/**
 * Thrown when a data set does not pass validation; carries every error of the run (exit 1), in
 * order, the first MAX_REPORTED_ERRORS of them listed and the rest counted on a closing line.
 */
export class DataValidationError extends MppError {
  readonly errors: DataError[];
  /** Every error of the run, listed or not. */
  readonly total: number;
  constructor(errors: DataError[]) {
    const sorted = sortErrors(errors);
    const total = errorCount(sorted);
    let listed = sorted;
    if (sorted.length > MAX_REPORTED_ERRORS) {
      const first = sorted[MAX_REPORTED_ERRORS]!;
      const omitted = total - MAX_REPORTED_ERRORS;
      listed = sorted.slice(0, MAX_REPORTED_ERRORS);
      listed.push({ file: first.file, line: first.line, column: first.column, omitted, message: message.file.moreErrors(omitted, MAX_REPORTED_ERRORS) });
    }
    super(`${total} error(s) in the data:\n${listed.map(formatError).join('\n')}`, { exitCode: EXIT.data });
    this.errors = listed;
    this.total = total;
  }
}

/** The exit code an error ends a command with: its own, or 3 for a fault in the program. */
export function exitCodeOf(e: unknown): ExitCode {
  return e instanceof MppError ? e.exitCode : EXIT.fault;
}
