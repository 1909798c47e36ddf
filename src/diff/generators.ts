/**
 * The generated output the diff compares, wired to the stages that produce it:
 * - letter sentences of the letters the build prints (`plannedLetters`), each with its PDF: the
 *   paragraphs of the letters staff wrote (data/letters/), their figures resolved with the side's own
 *   data (src/letters/written/paragraphs.ts), matched by letter, heading and place; and the sentences
 *   of the generated drafts the build prints (the newest edition's letters nobody wrote), of
 *   `letterSentences(data, model)` of src/letters/narrative/, matched by sentence id. The generated
 *   text of a written letter, or of an earlier edition, is in no PDF and not compared;
 * - charts: the chart specifications of src/charts (id, title, description and data table). The diff
 *   compares those, never SVG bytes, so it calls the pure spec builder that buildCharts renders from
 *   and skips the rendering (about a second per side).
 * Both run on the old and on the new data with the code of the working tree, so the report shows what
 * the data change does, not what a code change does.
 */
import { chartSpecs } from '../charts/specs.ts';
import { plannedLetters } from '../letters/index.ts';
import { letterSentences } from '../letters/narrative/index.ts';
import { letterPath, type LetterKind } from '../letters/plan.ts';
import { loadWrittenLetters } from '../letters/written/load.ts';
import { paragraphsOf } from '../letters/written/paragraphs.ts';
import type { Dataset } from '../data/schema.ts';
import type { Model } from '../model/index.ts';
import { generator, type Generators } from './sides.ts';
import type { LetterSentence } from './types.ts';

/** The sentences of every letter the build prints, each naming its PDF. */
export async function printedSentences(data: Dataset, model: Model, dir: string | null): Promise<LetterSentence[]> {
  const written = dir ? (await loadWrittenLetters(dir, data, model)).letters : [];
  const drafts = new Set(plannedLetters(data, model, written).filter((p) => p.draft).map((p) => `${p.edition}/${p.letter}`));
  const pdf = (s: { edition: string; letter: string }) => letterPath(s.edition, s.letter as LetterKind);
  return [
    ...letterSentences(data, model)
      .filter((s) => drafts.has(`${s.edition}/${s.letter}`))
      .map((s) => ({ ...s, pdf: pdf(s) })),
    ...paragraphsOf(written, data).map((p) => ({ ...p, pdf: pdf(p) })),
  ];
}

export const GENERATORS: Generators = {
  sentences: generator('de briefzinnen (src/letters/narrative/, data/letters/)', printedSentences),
  charts: generator('de grafieken (src/charts)', chartSpecs),
};
