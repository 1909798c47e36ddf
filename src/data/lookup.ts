/**
 * Looking up an indicator or an edition by id: one rule for every stage. After validation every id a
 * figure, table or chart names is in indicators.csv and editions.csv, so an id that is not there is
 * a fault of the program, never a reason to print the id as a label or to guess a unit.
 */
import type { Dataset, Edition, Indicator } from './schema.ts';
import type { Unit } from './vocabulary.ts';

export interface Lookup {
  indicator(id: string): Indicator;
  edition(id: string): Edition;
  /** The indicator's label, as indicators.csv gives it. */
  label(indicator: string): string;
  unit(indicator: string): Unit;
  editionLabel(edition: string): string;
}

export function lookup(data: Pick<Dataset, 'indicators' | 'editions'>): Lookup {
  const indicators = new Map(data.indicators.map((i) => [i.id, i]));
  const editions = new Map(data.editions.map((e) => [e.id, e]));
  const indicator = (id: string): Indicator => {
    const i = indicators.get(id);
    if (!i) throw new Error(`invariant: indicator "${id}" is not in the validated data set`);
    return i;
  };
  const edition = (id: string): Edition => {
    const e = editions.get(id);
    if (!e) throw new Error(`invariant: edition "${id}" is not in the validated data set`);
    return e;
  };
  return {
    indicator,
    edition,
    label: (id) => indicator(id).label,
    unit: (id) => indicator(id).unit,
    editionLabel: (id) => edition(id).label,
  };
}
