/**
 * The old side of a comparison from git: resolve the base ref (by default the merge base with the
 * main branch) and write the data files as they were at that commit into a folder. Only reads the
 * repository (rev-parse, merge-base, cat-file, show); never changes it.
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { TABLE_NAMES, TABLES } from '../data/schema.ts';
import { LETTERS_DIR } from '../letters/written/senders.ts';
import { EXCERPTS } from '../data/load.ts';
import { UsageError } from '../errors.ts';
import * as message from '../messages.ts';

const run = promisify(execFile);


async function git(cwd: string, args: string[]): Promise<string> {
  const r = await run('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
  return r.stdout.trim();
}

async function tryGit(cwd: string, args: string[]): Promise<string | null> {
  try {
    return await git(cwd, args);
  } catch {
    return null;
  }
}

export interface Base {
  /** How the base was chosen, for the report: `main`, `merge-base met main`. */
  label: string;
  commit: string;
}

export async function repositoryRoot(cwd: string): Promise<string> {
  const root = await tryGit(cwd, ['rev-parse', '--show-toplevel']);
  if (root === null) throw new UsageError(message.diff.notRepository(cwd));
  return root;
}

/** `--base REF`: the commit it names. */
export async function resolveBase(cwd: string, ref: string): Promise<Base> {
  await repositoryRoot(cwd);
  // Git reads an argument that starts with "-" as an option; no branch, tag or commit starts so.
  if (ref.startsWith('-')) throw new UsageError(message.diff.refLikeOption(ref));
  const commit = await tryGit(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (!commit) throw new UsageError(message.diff.unknownRef(ref));
  return { label: ref, commit };
}

/** No --base: the merge base of HEAD with `main`, else with `origin/main`. */
export async function defaultBase(cwd: string): Promise<Base> {
  await repositoryRoot(cwd);
  for (const branch of ['main', 'origin/main']) {
    if (!(await tryGit(cwd, ['rev-parse', '--verify', '--quiet', `${branch}^{commit}`]))) continue;
    const commit = await tryGit(cwd, ['merge-base', 'HEAD', branch]);
    if (commit) return { label: `merge-base met ${branch}`, commit };
  }
  throw new UsageError(message.diff.noMain());
}

/** The folder `dir` (relative to `cwd`) as a path inside the repository, with forward slashes. */
export async function pathInRepository(cwd: string, dir: string): Promise<string> {
  const root = await repositoryRoot(cwd);
  const rel = path.relative(root, path.resolve(cwd, dir));
  if (rel.startsWith('..') || path.isAbsolute(rel)) throw new UsageError(message.diff.outsideRepository(dir, root));
  return rel.split(path.sep).join('/');
}

/**
 * Write the data set's CSV files as they were at `commit` in `folder` into `into`. Returns false
 * when the folder did not exist at that commit (a repository from before the data set).
 */
export async function extractData(cwd: string, commit: string, folder: string, into: string): Promise<boolean> {
  const prefix = folder === '' ? '' : `${folder}/`;
  const tree = await tryGit(cwd, ['cat-file', '-t', `${commit}:${folder}`]);
  if (tree !== 'tree') return false;
  await mkdir(into, { recursive: true });
  for (const t of TABLE_NAMES) {
    const spec = `${commit}:${prefix}${TABLES[t].file}`;
    if ((await tryGit(cwd, ['cat-file', '-t', spec])) !== 'blob') continue; // the loader reports the missing file
    const r = await run('git', ['cat-file', 'blob', spec], { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'buffer' });
    await writeFile(path.join(into, TABLES[t].file), r.stdout);
  }
  // The excerpts that sources other than the letters are checked against: the loader needs them.
  const excerpts = `${commit}:${prefix}${EXCERPTS}`;
  if ((await tryGit(cwd, ['cat-file', '-t', excerpts])) === 'tree') {
    await mkdir(path.join(into, EXCERPTS), { recursive: true });
    const names = (await tryGit(cwd, ['ls-tree', '--name-only', excerpts])) ?? '';
    for (const name of names.split('\n').filter((n) => /^[\w-]+\.txt$/.test(n))) {
      const r = await run('git', ['cat-file', 'blob', `${excerpts}/${name}`], { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'buffer' });
      await writeFile(path.join(into, EXCERPTS, name), r.stdout);
    }
  }
  // The letters staff wrote, and their senders and signatories: the diff compares their paragraphs.
  const letters = `${commit}:${prefix}${LETTERS_DIR}`;
  if ((await tryGit(cwd, ['cat-file', '-t', letters])) === 'tree') {
    const names = (await tryGit(cwd, ['ls-tree', '-r', '--name-only', letters])) ?? '';
    for (const name of names.split('\n').filter((n) => /^(?:[\w-]+\.csv|[\w-]+\/[\w-]+\.md)$/.test(n))) {
      const r = await run('git', ['cat-file', 'blob', `${letters}/${name}`], { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'buffer' });
      await mkdir(path.dirname(path.join(into, LETTERS_DIR, name)), { recursive: true });
      await writeFile(path.join(into, LETTERS_DIR, name), r.stdout);
    }
  }
  return true;
}
