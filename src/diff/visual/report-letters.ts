/**
 * The report's letter sentences by the PDF they are printed in. A letter staff wrote
 * (data/letters/<edition>/<kind>.md) is printed from its paragraphs; a letter nobody wrote is the
 * generated draft, printed from the sentences of src/letters/narrative/. The generated sentences of
 * a written letter are in the report but in no PDF, so they are not put beside its pages.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { letterPath, type LetterKind } from '../../letters/plan.ts';
import { isWrittenParagraph } from '../../letters/written/paragraphs.ts';
import { LETTERS_DIR } from '../../letters/written/senders.ts';
import type { DiffReport, SentenceChange } from '../types.ts';

/** Whether the data folder has a written letter of this edition and kind. */
export const hasWrittenLetter = (dataDir: string, edition: string, letter: string): boolean =>
  existsSync(path.join(dataDir, LETTERS_DIR, edition, `${letter}.md`));

/** The changed sentences printed in `letter`, in the report's order. */
export function sentencesOf(report: DiffReport, letter: { edition: string; letter: string; written: boolean }): SentenceChange[] {
  if (!report.sentences.available) return [];
  return report.sentences.changes.filter(
    (s) => s.edition === letter.edition && s.letter === letter.letter && isWrittenParagraph(s) === letter.written,
  );
}

/**
 * The PDFs (`brieven/…`) with a changed printed sentence, in the order the report first names them.
 * `written` says whether a letter is written by staff.
 */
export function reportedLetters(report: DiffReport, written: (edition: string, letter: string) => boolean): string[] {
  if (!report.sentences.available) return [];
  const out = new Set<string>();
  for (const s of report.sentences.changes) {
    if (isWrittenParagraph(s) === written(s.edition, s.letter)) out.add(letterPath(s.edition, s.letter as LetterKind));
  }
  return [...out];
}
