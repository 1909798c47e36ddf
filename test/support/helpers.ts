/** Shared test fixtures: a scratch copy of the shipped data set that a test may damage; git for the temporary repositories. */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { loadDataset } from '../../src/data/load.ts';
import { DataValidationError, formatError } from '../../src/errors.ts';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Papa from 'papaparse';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DATA = path.join(ROOT, 'data');
export const SEEDS = path.resolve(ROOT, '..', 'shared', 'seeds');
export const hasSeeds = existsSync(SEEDS);

/** A temporary copy of data/ (CSV files only). */
export async function scratchData(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mpp-data-'));
  await cp(DATA, dir, { recursive: true });
  return dir;
}

/** Append a line to a CSV in `dir`; returns the 1-based line number it got. */
export async function appendLine(dir: string, file: string, line: string): Promise<number> {
  const full = path.join(dir, file);
  let text = await readFile(full, 'utf8');
  if (!text.endsWith('\n')) text += '\n';
  text += line + '\n';
  await writeFile(full, text);
  return text.trimEnd().split('\n').length;
}

/** Replace text in a CSV in `dir`; fails loudly if the text is not there. */
export async function replaceIn(dir: string, file: string, from: string | RegExp, to: string): Promise<void> {
  const full = path.join(dir, file);
  const text = await readFile(full, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture: ${String(from)} not found in ${file}`);
  await writeFile(full, next);
}

/** The 1-based line number of the first line containing `needle`. */
export async function lineOf(dir: string, file: string, needle: string): Promise<number> {
  const lines = (await readFile(path.join(dir, file), 'utf8')).split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`fixture: "${needle}" not in ${file}`);
  return i + 1;
}

/** The 1-based column of `name` in the header of a CSV in `dir`. */
export async function columnOf(dir: string, file: string, name: string): Promise<number> {
  const header = (await readFile(path.join(dir, file), 'utf8')).split('\n')[0]!.replace(/^\uFEFF/, '').trim();
  const i = header.split(/[,;]/).indexOf(name);
  if (i < 0) throw new Error(`fixture: no column ${name} in ${file}`);
  return i + 1;
}

/** The environment of git in the tests' temporary repositories: no user or system configuration, a fixed author. */
export const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.org',
};

/** Run git in `cwd` with GIT_ENV; resolves with its trimmed output. */
export async function git(cwd: string, ...args: string[]): Promise<string> {
  return (await promisify(execFile)('git', args, { cwd, env: GIT_ENV })).stdout.trim();
}

/** Every file below `dir`, relative to it, sorted. */
export async function filesBelow(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();
}

/** Every file's name and bytes below `dir`, as one hash with the number of files; `missing` when there is no `dir`. */
export async function fingerprint(dir: string): Promise<string> {
  if (!existsSync(dir)) return 'missing';
  const h = createHash('sha256');
  const list = await filesBelow(dir);
  for (const f of list) h.update(f).update('\0').update(await readFile(path.join(dir, f))).update('\0');
  return `${list.length}:${h.digest('hex')}`;
}

/** The located errors loading the data set in `dir` gives, formatted as the build prints them; empty when it loads. */
export async function loadErrors(dir: string): Promise<string[]> {
  try {
    await loadDataset(dir);
    return [];
  } catch (e) {
    if (e instanceof DataValidationError) return e.errors.map(formatError);
    throw e;
  }
}

/** Per source, the rows of the CSV files of `dir` that cite it with a quote (a figure with its place and words), read from the CSV text. */
export async function citingRows(dir = DATA): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const f of (await readdir(dir)).filter((f) => f.endsWith('.csv'))) {
    const rows = Papa.parse<Record<string, string>>(await readFile(path.join(dir, f), 'utf8'), { header: true, skipEmptyLines: true });
    if (!rows.meta.fields?.includes('source') || !rows.meta.fields.includes('quote')) continue;
    for (const r of rows.data) if (r.source) out.set(r.source, (out.get(r.source) ?? 0) + 1);
  }
  return out;
}
