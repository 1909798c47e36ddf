/**
 * What changed in the text of a page: the two texts compared word by word (longest common
 * subsequence), each run of differing words given with a few words of context. Pure.
 */

export interface TextHunk {
  /** The words before the change (with "…" when the text goes on before them). */
  before: string;
  /** The old words; empty when words were only added. */
  old: string;
  /** The new words; empty when words were only removed. */
  new: string;
  /** The words after the change (with "…" when the text goes on after them). */
  after: string;
}

/** Words of context either side of a change. */
const CONTEXT = 6;
/** Two changes with at most this many equal words between them are shown as one. */
const JOIN = 3;

type Op = { kind: 'same'; word: string } | { kind: 'old'; word: string } | { kind: 'new'; word: string };

/** The edit script from `a` to `b`: equal words, words only in `a`, words only in `b`, in order. */
function editScript(a: string[], b: string[]): Op[] {
  // Common start and end first: a page's text mostly stays, and the table is then small.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const x = a.slice(start, a.length - end);
  const y = b.slice(start, b.length - end);
  const n = x.length;
  const m = y.length;
  // lcs[i][j]: the length of the longest common subsequence of x[i..] and y[j..].
  const lcs = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] = x[i] === y[j] ? lcs[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(lcs[(i + 1) * (m + 1) + j]!, lcs[i * (m + 1) + j + 1]!);
    }
  }
  const ops: Op[] = a.slice(0, start).map((word) => ({ kind: 'same', word }));
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) {
      ops.push({ kind: 'same', word: x[i]! });
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i * (m + 1) + j + 1]! >= lcs[(i + 1) * (m + 1) + j]!)) {
      ops.push({ kind: 'new', word: y[j++]! });
    } else {
      ops.push({ kind: 'old', word: x[i++]! });
    }
  }
  for (const word of a.slice(a.length - end)) ops.push({ kind: 'same', word });
  return ops;
}

const words = (s: string) => s.split(/\s+/).filter((w) => w !== '');

/** The changes from `old` to `now`, in reading order; none when the words are the same. */
export function textChanges(old: string, now: string): TextHunk[] {
  const ops = editScript(words(old), words(now));
  // Runs of differing words, as [first, last] op indices, joined across short equal stretches.
  const runs: [number, number][] = [];
  for (let k = 0; k < ops.length; k++) {
    if (ops[k]!.kind === 'same') continue;
    const last = runs.at(-1);
    if (last && k - last[1] - 1 <= JOIN) last[1] = k;
    else runs.push([k, k]);
  }
  return runs.map(([first, last]) => {
    const part = ops.slice(first, last + 1);
    // Context is equal words only, up to the neighbouring change.
    let from = first;
    while (from > 0 && first - from < CONTEXT && ops[from - 1]!.kind === 'same') from--;
    let to = last + 1;
    while (to < ops.length && to - last - 1 < CONTEXT && ops[to]!.kind === 'same') to++;
    const text = (list: Op[]) => list.map((o) => o.word).join(' ');
    return {
      before: (from > 0 ? '… ' : '') + text(ops.slice(from, first)),
      old: text(part.filter((o) => o.kind !== 'new')),
      new: text(part.filter((o) => o.kind !== 'old')),
      after: text(ops.slice(last + 1, to)) + (to < ops.length ? ' …' : ''),
    };
  });
}
