/**
 * The old side of a comparison from git: resolve the base ref (by default the merge base with the
 * main branch) and write the data files as they were at that commit into a folder. Only reads the
 * repository (rev-parse, merge-base, ls-tree, cat-file); never changes it.
 */
import { execFile, spawn } from 'node:child_process';
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
 * Write the data set's CSV files as they were at `commit` in `folder` into `into`, with the source
 * excerpts and the written letters. Returns false when the folder did not exist at that commit (a
 * repository from before the data set). Two git processes whatever the number of files: one lists
 * the folder's tree, one reads every blob wanted (`git cat-file --batch`).
 */
export async function extractData(cwd: string, commit: string, folder: string, into: string): Promise<boolean> {
  const listing = await run('git', ['ls-tree', '-r', '-z', `${commit}:${folder}`], { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }).then(
    (r) => r.stdout,
    () => null,
  );
  if (listing === null) return false; // no such folder at that commit, or not a folder
  // Each entry: "<mode> <type> <object>\t<path>", the path relative to the folder.
  const blobs = new Map<string, string>();
  for (const entry of listing.split('\0')) {
    const m = /^\d+ blob ([0-9a-f]+)\t(.+)$/s.exec(entry);
    if (m) blobs.set(m[2]!, m[1]!);
  }
  const wanted: string[] = [
    // The tables (a missing one the loader reports).
    ...TABLE_NAMES.map((t) => TABLES[t].file),
    // The excerpts that sources other than the letters are checked against: the loader needs them.
    ...[...blobs.keys()].filter((name) => name.startsWith(`${EXCERPTS}/`) && /^[\w-]+\.txt$/.test(name.slice(EXCERPTS.length + 1))),
    // The letters staff wrote, and their senders and signatories: the diff compares their paragraphs.
    ...[...blobs.keys()].filter(
      (name) => name.startsWith(`${LETTERS_DIR}/`) && /^(?:[\w-]+\.csv|[\w-]+\/[\w-]+\.md)$/.test(name.slice(LETTERS_DIR.length + 1)),
    ),
  ].filter((name) => blobs.has(name));
  const contents = await readBlobs(cwd, wanted.map((name) => blobs.get(name)!));
  await mkdir(into, { recursive: true });
  for (const [i, name] of wanted.entries()) {
    await mkdir(path.dirname(path.join(into, name)), { recursive: true });
    await writeFile(path.join(into, name), contents[i]!);
  }
  return true;
}

/** The contents of the blobs `objects`, in their order, read by one `git cat-file --batch`. */
function readBlobs(cwd: string, objects: string[]): Promise<Buffer[]> {
  if (objects.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file --batch exited with ${code}: ${Buffer.concat(err).toString('utf8').trim()}`));
      // Each object: "<object> <type> <size>\n", its bytes, "\n".
      const all = Buffer.concat(out);
      const found: Buffer[] = [];
      let at = 0;
      for (const object of objects) {
        const eol = all.indexOf(0x0a, at);
        const header = all.toString('utf8', at, eol).split(' ');
        if (header[0] !== object || header[1] !== 'blob') return reject(new Error(`git cat-file --batch: expected blob ${object}, read "${header.join(' ')}"`));
        const size = Number(header[2]);
        found.push(all.subarray(eol + 1, eol + 1 + size));
        at = eol + 1 + size + 1;
      }
      resolve(found);
    });
    child.stdin.end(objects.map((o) => `${o}\n`).join(''));
  });
}
