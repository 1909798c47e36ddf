/** The command line of `npm run diff`: its usage text and the options it takes, checked. */
import { parseArgs } from 'node:util';
import { UsageError } from './git.ts';

export const USAGE = `usage: npm run diff -- [--base <git-ref> | --base-dir <dir>] [--head-dir <dir>] [--format markdown|json] [--max-length <chars>]

  --base <ref>        git ref of the old data (default: merge base of HEAD with main, else origin/main)
  --base-dir <dir>    compare with the data set in this folder instead of a git ref
  --head-dir <dir>    the new data set (default: data)
  --format <f>        markdown (default) or json
  --max-length <n>    cut a Markdown report longer than n characters at a line, with a note
exit codes: 0 report produced, 1 new data invalid, 2 usage error, 3 unexpected failure`;

export interface DiffOptions {
  /** The git ref of the old data; without it and without `baseDir`, the merge base with main. */
  base?: string;
  /** The folder of the old data, instead of a git ref. */
  baseDir?: string;
  /** The folder of the new data (default `data`). */
  headDir: string;
  format: 'markdown' | 'json';
  /** Cut a Markdown report longer than this many characters. */
  maxLength?: number;
}

function usage(message: string): never {
  throw new UsageError(message);
}

/** The options in `args` (the command line after the script), or `help`; a mistake throws a UsageError. */
export function parseOptions(args: string[]): DiffOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        base: { type: 'string' },
        'base-dir': { type: 'string' },
        'head-dir': { type: 'string', default: 'data' },
        format: { type: 'string', default: 'markdown' },
        'max-length': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
      strict: true,
    }));
  } catch (e) {
    usage((e as Error).message);
  }
  if (values.help) return 'help';
  const format = values.format!;
  if (format !== 'markdown' && format !== 'json') usage(`--format: expected markdown or json, found "${format}"`);
  if (values.base !== undefined && values['base-dir'] !== undefined) usage('give --base or --base-dir, not both');
  let maxLength: number | undefined;
  if (values['max-length'] !== undefined) {
    if (format !== 'markdown') usage('--max-length applies to the Markdown report only');
    maxLength = Number(values['max-length']);
    if (!Number.isInteger(maxLength) || maxLength < 1000) usage('--max-length: expected a whole number of at least 1000');
  }
  return { base: values.base, baseDir: values['base-dir'], headDir: values['head-dir']!, format, maxLength };
}
