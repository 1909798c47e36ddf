/**
 * `npm run diff`: what a change to the data means, figure by figure, for a pull request.
 *
 * Usage: tsx scripts/diff.ts [--base <git-ref> | --base-dir <dir>] [--head-dir <dir>] [--format markdown|json]
 *                            [--max-length <chars>]
 *
 * Compares the data set at a git ref (default: the merge base of HEAD with main, else origin/main)
 * with the data set in the working tree, or two folders, and prints a report. Git and the folders are
 * taken relative to the current directory, so the script can be run on any checkout.
 *
 * Exit codes: 0 the report was produced (also when there are differences); 1 the new data does not
 * pass the validator (the report then lists the located errors and stops); 2 usage error; 3 an
 * unexpected failure.
 */
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { DataError } from '../src/data/errors.ts';
import { GENERATORS } from '../src/diff/generators.ts';
import { defaultBase, extractData, pathInRepository, resolveBase, UsageError } from '../src/diff/git.ts';
import { renderJson, renderMarkdown } from '../src/diff/markdown.ts';
import { buildReport, invalidReport } from '../src/diff/report.ts';
import { loadSide } from '../src/diff/sides.ts';

const USAGE = `usage: npm run diff -- [--base <git-ref> | --base-dir <dir>] [--head-dir <dir>] [--format markdown|json] [--max-length <chars>]

  --base <ref>        git ref of the old data (default: merge base of HEAD with main, else origin/main)
  --base-dir <dir>    compare with the data set in this folder instead of a git ref
  --head-dir <dir>    the new data set (default: data)
  --format <f>        markdown (default) or json
  --max-length <n>    cut a Markdown report longer than n characters at a line, with a note
exit codes: 0 report produced, 1 new data invalid, 2 usage error, 3 unexpected failure`;

function usage(message: string): never {
  throw new UsageError(message);
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
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
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const format = values.format!;
  if (format !== 'markdown' && format !== 'json') usage(`--format: expected markdown or json, found "${format}"`);
  if (values.base !== undefined && values['base-dir'] !== undefined) usage('give --base or --base-dir, not both');
  let maxLength: number | undefined;
  if (values['max-length'] !== undefined) {
    if (format !== 'markdown') usage('--max-length applies to the Markdown report only');
    maxLength = Number(values['max-length']);
    if (!Number.isInteger(maxLength) || maxLength < 1000) usage('--max-length: expected a whole number of at least 1000');
  }
  const cwd = process.cwd();
  const headDir = values['head-dir']!;
  const isDir = (d: string) => existsSync(d) && statSync(d).isDirectory();
  if (!isDir(path.resolve(cwd, headDir))) usage(`--head-dir: no folder ${headDir}`);

  // The old side: a folder, or the data folder as it was at a commit.
  let baseDir: string | null;
  let baseLabel: string;
  let tmp: string | null = null;
  let refPrefix = '';
  if (values['base-dir'] !== undefined) {
    baseDir = path.resolve(cwd, values['base-dir']);
    if (!isDir(baseDir)) usage(`--base-dir: no folder ${values['base-dir']}`);
    baseLabel = `map ${values['base-dir']}`;
  } else {
    const base = values.base !== undefined ? await resolveBase(cwd, values.base) : await defaultBase(cwd);
    const folder = await pathInRepository(cwd, headDir);
    tmp = await mkdtemp(path.join(os.tmpdir(), 'mpp-diff-'));
    baseDir = path.join(tmp, 'data');
    if (!(await extractData(cwd, base.commit, folder, baseDir))) baseDir = null;
    baseLabel = `${base.label} (commit ${base.commit.slice(0, 12)})`;
    refPrefix = `${base.commit.slice(0, 12)}:${folder}`;
  }
  const headLabel = values['base-dir'] !== undefined || values['head-dir'] !== 'data' ? `map ${headDir}` : `werkmap ${headDir}`;

  try {
    const head = await loadSide(path.resolve(cwd, headDir), GENERATORS, 'nieuwe');
    let report;
    if (head.errors.length > 0) {
      report = invalidReport(baseLabel, headLabel, head.errors);
    } else {
      const base = await loadSide(baseDir, GENERATORS, 'oude');
      // Errors in a folder extracted from git name the commit, not the temporary folder.
      const located = (e: DataError): DataError =>
        tmp && baseDir && e.file.startsWith(baseDir) ? { ...e, file: refPrefix + e.file.slice(baseDir.length).split(path.sep).join('/') } : e;
      const baseNote = !base.present
        ? 'de oude versie heeft nog geen gegevens in deze map; alles telt als toegevoegd.'
        : base.errors.length > 0
          ? 'de oude gegevens voldoen niet aan de controle. Alleen de rijen die te lezen waren zijn vergeleken; ' +
            'afgeleide cijfers, briefzinnen en grafieken zijn niet vergeleken.'
          : null;
      report = buildReport({
        base: baseLabel,
        head: headLabel,
        baseSide: base.side,
        headSide: head.side,
        baseNote,
        baseErrors: base.errors.map(located),
      });
    }
    process.stdout.write(format === 'json' ? renderJson(report) : renderMarkdown(report, { maxLength }));
    return report.valid ? 0 : 1;
  } finally {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  }
}

try {
  process.exitCode = await main();
} catch (e) {
  if (e instanceof UsageError) {
    console.error(`diff: ${e.message}\n(npm run diff -- --help for the options)`);
    process.exitCode = 2;
  } else {
    console.error(e);
    process.exitCode = 3;
  }
}
