/**
 * Comparing the excerpts of the sources (data/sources/*.txt), the text every quote of a source
 * without a seed is checked against: a reviewer of a new edition sees the evidence, not only the
 * figures. A changed excerpt is compared line by line (a longest common subsequence of lines); a
 * replaced line is paired with the line it replaced, so the words that differ can be shown.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { EXCERPTS } from '../data/load.ts';
import type { Dataset } from '../data/schema.ts';
import type { ExcerptChange } from './types.ts';

/** The excerpts of a data folder: file name → text (line ends normalised, BOM dropped). */
export async function readExcerpts(dir: string): Promise<Record<string, string>> {
  const folder = path.join(dir, EXCERPTS);
  if (!existsSync(folder)) return {};
  const out: Record<string, string> = {};
  for (const name of (await readdir(folder)).filter((n) => n.endsWith('.txt')).sort()) {
    out[name] = (await readFile(path.join(folder, name), 'utf8')).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  }
  return out;
}

const linesOf = (text: string): string[] => text.split('\n').map((l) => l.trimEnd()).filter((l, i, all) => l !== '' || i < all.length - 1);

/** The changed lines of `a` → `b`: each run of removed and added lines, removed and added lines paired in order. */
export function lineChanges(a: string[], b: string[]): ExcerptChange['lines'] {
  const n = a.length;
  const m = b.length;
  // lcs[i][j]: the length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: ExcerptChange['lines'] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    for (let k = 0; k < Math.max(removed.length, added.length); k++) out.push({ old: removed[k] ?? null, new: added[k] ?? null });
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      flush();
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) added.push(b[j++]!);
    else removed.push(a[i++]!);
  }
  flush();
  return out;
}

/** The excerpts added, removed or changed, by file name, with the sources that cite each. */
export function compareExcerpts(
  base: Record<string, string>,
  head: Record<string, string>,
  sources: { base: Dataset['sources']; head: Dataset['sources'] },
): ExcerptChange[] {
  const citing = (file: string) => [...new Set([...sources.head, ...sources.base].filter((s) => s.excerpt === file).map((s) => s.id))].sort();
  const files = [...new Set([...Object.keys(base), ...Object.keys(head)])].sort();
  const out: ExcerptChange[] = [];
  for (const file of files) {
    const a = base[file];
    const b = head[file];
    if (a === b) continue;
    const status = a === undefined ? 'added' : b === undefined ? 'removed' : 'changed';
    const lines = lineChanges(a === undefined ? [] : linesOf(a), b === undefined ? [] : linesOf(b));
    out.push({ file, status, sources: citing(file), lines });
  }
  return out;
}
