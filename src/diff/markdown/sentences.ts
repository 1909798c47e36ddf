/**
 * The report's section on the letters: the paragraphs of the written letters and the sentences of
 * the generated drafts that change, only of letters the build prints, each naming its PDF, figures
 * resolved on both sides, with the differing words in bold.
 */
import type { DiffReport, SentenceChange } from '../types.ts';
import { isWrittenParagraph } from '../../letters/written/paragraphs.ts';
import type { Labels } from './labels.ts';
import { count, esc, fold, highlight, outputSection } from './text.ts';

export function sentences(report: DiffReport, l: Labels): string[] {
  // A paragraph of a letter staff wrote (data/letters/), or a sentence of the generated text (src/letters/narrative/).
  const kind = (s: SentenceChange) => (isWrittenParagraph(s) ? l.letter(s.letter) : `${l.letter(s.letter)}, gegenereerde tekst`);
  const where = (s: SentenceChange) => `**${l.edition(s.edition)}** · ${kind(s)} · ${l.section(s.section)} · \`${s.pdf}\` (\`${s.id}\`)`;
  return outputSection('Zinnen in de brieven', report.sentences, (changes) => {
    const lines = changes.flatMap((s) => {
      if (s.status === 'changed') {
        const h = highlight(s.old ?? '', s.new ?? '');
        return [`- ${where(s)}`, `  - oud: ${h.old}`, `  - nieuw: ${h.new}`];
      }
      if (s.status === 'added') return [`- nieuwe zin, ${where(s)}: ${esc(s.new ?? '')}`];
      return [`- vervallen zin, ${where(s)}: ${esc(s.old ?? '')}`];
    });
    return [...fold(lines, count(changes.length, 'zin', 'zinnen')), ''];
  });
}
