/**
 * What a failed build tells its user: the located errors of invalid data (every one, as
 * `file:line:column: message`), or why the output folder was refused. Used by `npm run build` and by
 * the rebuilds of `npm run dev`, so both say the same.
 */
import { DataValidationError, formatError } from '../data/errors.ts';
import { OutputFolderError } from './output.ts';

export interface BuildFailure {
  text: string;
  /** 1: the data is invalid; 2: the output folder was refused. */
  exitCode: 1 | 2;
}

/** The report of a failure the user can act on, or null for an unexpected error (a bug, a crash). */
export function describeFailure(e: unknown, dirs: { data: string; out: string }): BuildFailure | null {
  if (e instanceof DataValidationError) {
    const head = `The data in ${dirs.data}/ has ${e.errors.length} error(s); ${dirs.out}/ was left as it was.\n`;
    return { text: [head, ...e.errors.map(formatError)].join('\n') + '\n', exitCode: 1 };
  }
  if (e instanceof OutputFolderError) return { text: e.message + '\n', exitCode: 2 };
  return null;
}
