/**
 * The paragraphs of the written letters as the diff compares them: each paragraph with its figures
 * resolved, named by the letter, the heading it stands under and its place there, so a paragraph
 * that changes is matched with its old self and one inserted elsewhere does not shift the others.
 */
import type { Dataset } from '../../data/schema.ts';
import type { Model } from '../../model/index.ts';
import { composeWritten } from './compose.ts';
import { loadWrittenLetters, type WrittenLetter } from './load.ts';

export interface WrittenParagraph {
  /** `2025/tweede-kamer/geschreven/<heading>/<n>` */
  id: string;
  edition: string;
  letter: string;
  /** The heading the paragraph stands under ("aanhef" before the first). */
  section: string;
  text: string;
}

/** The part of a paragraph's id that marks it as written by staff, not generated. */
const WRITTEN = 'geschreven';

/** Whether a letter sentence's id is that of a paragraph of a written letter (not a generated sentence). */
export const isWrittenParagraph = (s: { id: string }): boolean => s.id.split('/')[2] === WRITTEN;

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Every paragraph of the written letters in `dir` (none when the data set has no letters folder). */
export async function writtenParagraphs(dir: string, data: Dataset, model: Model): Promise<WrittenParagraph[]> {
  return paragraphsOf((await loadWrittenLetters(dir, data, model)).letters, data);
}

/** Every paragraph of letters already read. */
export function paragraphsOf(letters: WrittenLetter[], data: Dataset): WrittenParagraph[] {
  return letters.flatMap((l) => {
    const doc = composeWritten(l, data);
    let heading = 'aanhef';
    const seen = new Map<string, number>();
    const out: WrittenParagraph[] = [];
    for (const b of doc.blocks) {
      if (b.heading) {
        heading = b.text;
        continue;
      }
      const n = (seen.get(heading) ?? 0) + 1;
      seen.set(heading, n);
      out.push({ id: `${l.edition.id}/${l.letter}/${WRITTEN}/${slug(heading)}/${n}`, edition: l.edition.id, letter: l.letter, section: heading, text: b.text });
    }
    return out;
  });
}
