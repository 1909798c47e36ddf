/**
 * The diff from options to report text: load the new side, fetch the old side (a folder, or the data
 * folder as it was at a git commit), compare and render. Git and the folders are taken relative to
 * `cwd`, so the diff can run on any checkout.
 */
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { OutputFolderError, UsageError } from '../errors.ts';
import * as message from '../messages.ts';
import type { DataError } from '../errors.ts';
import { GENERATORS } from './generators.ts';
import { defaultBase, extractData, pathInRepository, repositoryRoot, resolveBase } from './git.ts';
import { renderJson, renderMarkdown, type VisualLinks } from './markdown/index.ts';
import type { DiffOptions } from './options.ts';
import { buildReport, invalidReport } from './report.ts';
import { loadSide } from './sides.ts';
import type { DiffReport } from './types.ts';
import { PROJECT_ROOT } from '../runtime/paths.ts';
import { checkReviewFolder, visualDiff, type VisualSection } from './visual/index.ts';

export interface DiffResult {
  text: string;
  /** 0: the report was produced (also with differences); 1: the new data does not pass the validator. */
  exitCode: 0 | 1;
  /** With --visual: what the review folder shows. */
  visual?: VisualSection;
}

/** Where the old data is read from. */
interface OldSide {
  /** The folder; null when the data folder did not exist at the commit. */
  dir: string | null;
  label: string;
  /** A temporary folder to remove afterwards (the data extracted from git), or null. */
  tmp: string | null;
  /** How errors in an extracted folder name their file: `<commit>:<folder>`. */
  refPrefix: string;
}

const isDir = (d: string) => existsSync(d) && statSync(d).isDirectory();

async function oldSide(opts: DiffOptions, cwd: string): Promise<OldSide> {
  if (opts.baseDir !== undefined) {
    const dir = path.resolve(cwd, opts.baseDir);
    if (!isDir(dir)) throw new UsageError(message.diff.noFolder('--base-dir', opts.baseDir));
    return { dir, label: `map ${opts.baseDir}`, tmp: null, refPrefix: '' };
  }
  const base = opts.base !== undefined ? await resolveBase(cwd, opts.base) : await defaultBase(cwd);
  const folder = await pathInRepository(cwd, opts.headDir);
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'mpp-diff-'));
  const dir = path.join(tmp, 'data');
  const present = await extractData(cwd, base.commit, folder, dir);
  return {
    dir: present ? dir : null,
    label: `${base.label} (commit ${base.commit.slice(0, 12)})`,
    tmp,
    refPrefix: `${base.commit.slice(0, 12)}:${folder}`,
  };
}

async function compare(old: OldSide, headDir: string, headLabel: string, cwd: string): Promise<DiffReport> {
  const head = await loadSide(headDir, GENERATORS, 'nieuwe', cwd);
  if (head.errors.length > 0) return invalidReport(old.label, headLabel, head.errors);
  const base = await loadSide(old.dir, GENERATORS, 'oude', cwd);
  // Errors in a folder extracted from git name the commit, not the temporary folder.
  const located = (e: DataError): DataError =>
    old.tmp && old.dir && e.file.startsWith(old.dir)
      ? { ...e, file: old.refPrefix + e.file.slice(old.dir.length).split(path.sep).join('/') }
      : e;
  const baseNote = !base.present
    ? 'de oude versie heeft nog geen gegevens in deze map; alles telt als toegevoegd.'
    : base.errors.length > 0
      ? 'de oude gegevens voldoen niet aan de controle. Alleen de rijen die te lezen waren zijn vergeleken; ' +
        'afgeleide cijfers, briefzinnen en grafieken zijn niet vergeleken.'
      : null;
  return buildReport({
    base: old.label,
    head: headLabel,
    baseSide: base.side,
    headSide: head.side,
    baseNote,
    baseErrors: base.errors.map(located),
  });
}

/** `--visual DIR`, resolved, after checking that writing it destroys nothing (else a UsageError). */
async function reviewFolder(opts: DiffOptions, cwd: string, headDir: string): Promise<string | null> {
  if (opts.visual === undefined) return null;
  const out = path.resolve(cwd, opts.visual);
  const repository = await repositoryRoot(cwd).catch(() => null);
  try {
    checkReviewFolder(out, {
      // The working tree's project and this program's own (whose site/ npm run build writes).
      projects: [...new Set([repository ?? cwd, PROJECT_ROOT])],
      data: [headDir, ...(opts.baseDir !== undefined ? [path.resolve(cwd, opts.baseDir)] : [])],
    });
  } catch (e) {
    if (e instanceof OutputFolderError) throw new UsageError(message.diff.visualFolder(e.message), { cause: e });
    throw e;
  }
  return out;
}

/** How the Markdown report links the review page: relative to the working directory, or at `--visual-href`. */
function visualLinks(opts: DiffOptions): VisualLinks | undefined {
  if (opts.visual === undefined) return undefined;
  if (opts.visualHref !== undefined) return { page: opts.visualHref, anchors: false };
  return { page: `${opts.visual.split(path.sep).join('/').replace(/\/+$/, '')}/index.html`, anchors: true };
}

/** Compare the old and the new data set as `opts` says; a mistake in the options throws a UsageError. */
export async function runDiff(opts: DiffOptions, cwd: string): Promise<DiffResult> {
  const headDir = path.resolve(cwd, opts.headDir);
  if (!isDir(headDir)) throw new UsageError(message.diff.noFolder('--head-dir', opts.headDir));
  const visualOut = await reviewFolder(opts, cwd, headDir);
  const old = await oldSide(opts, cwd);
  const headLabel = opts.baseDir !== undefined || opts.headDir !== 'data' ? `map ${opts.headDir}` : `werkmap ${opts.headDir}`;
  try {
    const report = await compare(old, headDir, headLabel, cwd);
    if (visualOut) {
      report.visual = await visualDiff(report, {
        dir: opts.visual!,
        out: visualOut,
        cacheDir: path.resolve(cwd, opts.cache),
        baseData: old.dir,
        headData: headDir,
        baseProblem:
          old.dir === null
            ? 'de oude versie heeft nog geen gegevens in deze map'
            : report.baseErrors.length > 0
              ? 'de oude gegevens voldoen niet aan de controle'
              : null,
      });
    }
    const text = opts.format === 'json' ? renderJson(report) : renderMarkdown(report, { maxLength: opts.maxLength, visual: visualLinks(opts) });
    return { text, exitCode: report.valid ? 0 : 1, visual: report.visual };
  } finally {
    if (old.tmp) await rm(old.tmp, { recursive: true, force: true });
  }
}
