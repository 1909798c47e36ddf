/**
 * The narrative of the letters, generated from the numbers. This module decides *what* each letter
 * says: which figures, which comparison with an earlier edition, which rise or fall, which scenario.
 * Each section has its own file (instroom.ts … huisvesting.ts); shared.ts holds what they share.
 * The wording lives in `templates/letters/sentences.njk` (one macro per kind of sentence), so staff
 * can edit it; every number reaches the wording raw from the model and is formatted by a filter.
 *
 * `letterSentences` returns every sentence the letters print (the diff report compares them between
 * two data sets); the letter template prints exactly these texts.
 */
import type { Model } from '../../model/index.ts';
import type { Dataset } from '../../data/schema.ts';
import { LETTER_SECTIONS, type LetterKind, lettersOf, type SectionId } from '../plan.ts';
import { renderSentence } from '../templates.ts';
import { huisvesting } from './huisvesting.ts';
import { instroom } from './instroom.ts';
import { kosten } from './kosten.ts';
import { oekraine } from './oekraine.ts';
import { opvang } from './opvang.ts';
import { type ComposedSentence, context, type Ctx, type Sentence, type Statement } from './shared.ts';
import { uitstroom } from './uitstroom.ts';

export type { LetterKind, SectionId } from '../plan.ts';
export { type ComposedSentence, coverKey, type Sentence, sourceOfRow, type Statement } from './shared.ts';

/** What each section says, in the order its sentences are printed. */
const SECTIONS: Record<SectionId, (ctx: Ctx) => Statement[]> = { instroom, opvang, uitstroom, oekraine, kosten, huisvesting };

/** Everything one letter says, in print order (section by section). */
export function letterStatements(data: Dataset, model: Model, editionId: string, letter: LetterKind): Statement[] {
  const edition = data.editions.find((e) => e.id === editionId);
  if (!edition) throw new Error(`no edition ${editionId} in editions.csv`);
  const ctx = context(data, model, edition, letter);
  return LETTER_SECTIONS[letter].flatMap((section) => SECTIONS[section](ctx));
}

/** Word the statements of one letter. */
export function composeSentences(data: Dataset, model: Model, editionId: string, letter: LetterKind): ComposedSentence[] {
  return letterStatements(data, model, editionId, letter).map((s) => {
    const id = `${editionId}/${letter}/${s.section}/${s.key}`;
    return {
      id,
      edition: editionId,
      letter,
      section: s.section,
      text: renderSentence(s.kind, s.facts),
      sources: s.sources,
      paragraph: s.paragraph,
      covers: s.covers,
      refs: s.refs,
      notes: s.notes.map((n) => ({
        id: `${editionId}/${letter}/${s.section}/${n.key}`,
        edition: editionId,
        letter,
        section: s.section,
        text: renderSentence(n.kind, n.facts),
      })),
    };
  });
}

/**
 * Every sentence of every letter, in print order: editions chronologically, the letter to the Kamer
 * before the letter to municipalities, each sentence followed by its notes (sources that disagree).
 */
export function letterSentences(data: Dataset, model: Model): Sentence[] {
  const out: Sentence[] = [];
  for (const edition of model.editionOrder) {
    for (const letter of lettersOf(data, edition)) {
      for (const s of composeSentences(data, model, edition, letter)) {
        out.push({ id: s.id, edition: s.edition, letter: s.letter, section: s.section, text: s.text });
        for (const n of s.notes) out.push(n);
      }
    }
  }
  return out;
}
