/**
 * What a failed build tells its user: the located errors of invalid data (every one, as
 * `file:line:column: message`), or the message of another error the user can act on (a refused
 * output folder, no browser). Used by `npm run build` and by the rebuilds of `npm run dev`, so both
 * say the same.
 */
import { DataValidationError, formatError, MppError } from '../errors.ts';
import * as message from '../messages.ts';

/** The text of a failure the user can act on, or null for a fault in the program (a bug, a crash). */
export function describeFailure(e: unknown, dirs: { data: string; out: string }): string | null {
  if (e instanceof DataValidationError) {
    return [message.build.invalidData(dirs.data, e.total, dirs.out), '', ...e.errors.map(formatError)].join('\n') + '\n';
  }
  if (e instanceof MppError) return e.message + '\n';
  return null;
}
