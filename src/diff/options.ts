/** The command line of `npm run diff`: its usage text and the options it takes, checked. */
import { parseArgs } from 'node:util';
import { UsageError } from './git.ts';

export const USAGE = `usage: npm run diff -- [--base <git-ref> | --base-dir <dir>] [--head-dir <dir>] [--format markdown|json] [--max-length <chars>]
                     [--visual <dir> [--visual-href <url>] [--cache <dir>]]

  --base <ref>        git ref of the old data (default: merge base of HEAD with main, else origin/main)
  --base-dir <dir>    compare with the data set in this folder instead of a git ref
  --head-dir <dir>    the new data set (default: data)
  --format <f>        markdown (default) or json
  --max-length <n>    cut a Markdown report longer than n characters at a line, with a note
  --visual <dir>      build both sides and write before/after/difference images of every chart and
                      letter page that looks different into <dir>, with a review page <dir>/index.html;
                      the report links to it
  --visual-href <url> where the report's readers find the review page (such as a CI artifact), instead
                      of the relative link to <dir>/index.html
  --cache <dir>       the content-hash cache the two builds share (default .cache)
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
  /** Write the review folder (images and index.html) here. */
  visual?: string;
  /** Link the review page at this address instead of `<visual>/index.html`. */
  visualHref?: string;
  /** The cache folder of the builds (default `.cache`). */
  cache: string;
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
        visual: { type: 'string' },
        'visual-href': { type: 'string' },
        cache: { type: 'string', default: '.cache' },
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
  const visual = values.visual;
  if (visual !== undefined && visual.trim() === '') usage('--visual: expected a folder');
  const visualHref = values['visual-href'];
  if (visualHref !== undefined) {
    if (visual === undefined) usage('--visual-href needs --visual');
    if (!/^https?:\/\/\S+$/.test(visualHref)) usage(`--visual-href: expected an http(s) address, found "${visualHref}"`);
  }
  if (values.cache!.trim() === '') usage('--cache: expected a folder');
  return { base: values.base, baseDir: values['base-dir'], headDir: values['head-dir']!, format, maxLength, visual, visualHref, cache: values.cache! };
}
