/**
 * Knowing early whether a build will print a letter. A letter is printed when its HTML is not in the
 * cache, but its HTML needs the letter charts rendered; its document and its charts' specs are known
 * as soon as it is composed. A build that printed a letter records that key (`rememberLetters`), so
 * the next build, seeing a key it has not recorded (`unseenLetters`), starts the browser at once,
 * beside the letter charts, instead of after them.
 */
import type { ChartSpec } from '../charts/specs.ts';
import { type ContentCache, contentHash } from '../runtime/cache.ts';
import type { ComposedLetter } from './index.ts';

function composedKey(letter: ComposedLetter, specs: Map<string, ChartSpec>): string {
  const figures = letter.doc.type === 'draft' ? letter.doc.sections.flatMap((s) => s.figures.map((f) => f.id)) : [];
  const charts = figures.map((id) => {
    const s = specs.get(id);
    return JSON.stringify(s ? [s.variants.print, s.description] : id);
  });
  // A written letter's document names the file it was read from, which its PDF does not print and
  // which differs between checkouts (the old side of a diff is a new temporary folder each run).
  const printed = letter.doc.type === 'written' ? { ...letter.doc, file: undefined } : letter.doc;
  return contentHash('composed-letter-2', JSON.stringify(printed), ...charts);
}

const byId = (specs: ChartSpec[]) => new Map(specs.map((s) => [s.id, s]));

/** How many of `letters` no earlier build with this cache composed exactly so (all of them without a cache). */
export async function unseenLetters(letters: ComposedLetter[], specs: ChartSpec[], index?: ContentCache): Promise<number> {
  if (!index) return letters.length;
  const map = byId(specs);
  const seen = await Promise.all(letters.map(async (l) => (await index.get(composedKey(l, map))) !== undefined));
  return seen.filter((s) => !s).length;
}

/** Record that `letters`, composed so, are in the cache now. */
export async function rememberLetters(letters: ComposedLetter[], specs: ChartSpec[], index?: ContentCache): Promise<void> {
  if (!index) return;
  const map = byId(specs);
  await Promise.all(letters.map((l) => index.set(composedKey(l, map), '1')));
}
