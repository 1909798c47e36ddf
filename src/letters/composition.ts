/** What composing one letter shares between its sections: the data, the notes, the running numbers. */
import type { Forecast } from '../model/figures.ts';
import type { Model } from '../model/index.ts';
import type { Dataset, Edition } from '../data/schema.ts';
import { Notes } from './notes.ts';
import type { LetterKind } from './plan.ts';
import { lookup } from '../data/lookup.ts';

export interface Composition {
  data: Dataset;
  model: Model;
  edition: Edition;
  letter: LetterKind;
  notes: Notes;
  /** The national forecasts of the edition. */
  forecasts: Forecast[];
  /** The forecasts the sentences state (as `coverKey`); tables show the others. */
  covered: Set<string>;
  /** The label of an indicator (its id when it has none). */
  label(indicator: string): string;
  /** The number of the next table or figure of the letter. */
  next(kind: 'table' | 'figure'): number;
}

export function startComposition(
  data: Dataset,
  model: Model,
  edition: Edition,
  letter: LetterKind,
  covered: Set<string>,
): Composition {
  const counts = { table: 0, figure: 0 };
  return {
    data,
    model,
    edition,
    letter,
    notes: new Notes(data.sources),
    forecasts: model.forecasts.filter((f) => f.edition === edition.id && f.region === null && f.voice !== 'question'),
    covered,
    label: lookup(data).label,
    next: (kind) => ++counts[kind],
  };
}
