/** The command line of `npm run diff`: the options it takes, and the checks across them. */
import type { OptionSpec, Values } from '../cli/command.ts';
import { UsageError } from '../errors.ts';
import * as message from '../messages.ts';

export const DIFF_USAGE =
  'npm run diff -- [--base <git-ref> | --base-dir <dir>] [--head-dir <dir>] [--format markdown|json] [--max-length <chars>] ' +
  '[--visual <dir> [--visual-href <url>] [--cache <dir>]]';

export const DIFF_SUMMARY =
  'What a change to the data means, figure by figure: the data set at a git ref (default: the merge base of HEAD with main, ' +
  'else origin/main) or in a folder, against the working tree or another folder. Exit codes: 0 report produced (also with ' +
  'differences), 1 new data invalid, 2 usage error, 3 a fault in the program.';

export const DIFF_OPTIONS = {
  base: { type: 'string', help: 'git ref of the old data (default: merge base of HEAD with main, else origin/main)' },
  'base-dir': { type: 'string', help: 'compare with the data set in this folder instead of a git ref' },
  'head-dir': { type: 'string', default: 'data', help: 'the new data set' },
  format: { type: 'string', default: 'markdown', help: 'markdown or json' },
  'max-length': { type: 'string', help: 'cut a Markdown report longer than this many characters at a line, with a note' },
  visual: {
    type: 'string',
    help: 'build both sides and write before/after/difference images of every chart and letter page that looks different, with a review page <dir>/index.html',
  },
  'visual-href': { type: 'string', help: 'where the report\'s readers find the review page (a CI artifact), instead of <dir>/index.html' },
  cache: { type: 'string', default: '.cache', help: 'the content-hash cache the two builds share' },
} as const satisfies Record<string, OptionSpec>;

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

function usage(text: string): never {
  throw new UsageError(text);
}

/** The options as the diff uses them, from the parsed command line; a mistake throws a UsageError. */
export function diffOptions(values: Values<typeof DIFF_OPTIONS>): DiffOptions {
  const format = values.format;
  if (format !== 'markdown' && format !== 'json') usage(message.cli.notOneOf('--format', format, ['markdown', 'json']));
  if (values.base !== undefined && values['base-dir'] !== undefined) usage(message.diff.bothBases());
  let maxLength: number | undefined;
  if (values['max-length'] !== undefined) {
    if (format !== 'markdown') usage(message.diff.maxLengthMarkdownOnly());
    maxLength = Number(values['max-length']);
    if (!Number.isInteger(maxLength) || maxLength < 1000) usage(message.cli.notWholeNumber('--max-length', values['max-length'], 1000));
  }
  const visual = values.visual;
  if (visual !== undefined && visual.trim() === '') usage(message.cli.emptyFolder('--visual'));
  const visualHref = values['visual-href'];
  if (visualHref !== undefined) {
    if (visual === undefined) usage(message.diff.hrefNeedsVisual());
    if (!/^https?:\/\/\S+$/.test(visualHref)) usage(message.diff.hrefAddress(visualHref));
  }
  if (values.cache.trim() === '') usage(message.cli.emptyFolder('--cache'));
  return { base: values.base, baseDir: values['base-dir'], headDir: values['head-dir'], format, maxLength, visual, visualHref, cache: values.cache };
}
