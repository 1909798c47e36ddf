/**
 * "Laatst bijgewerkt": the date of the newest document the data rests on (a source's date or an
 * edition's publication), never the time of the build, so two builds of the same data say the same.
 */
import type { Dataset } from '../../data/schema.ts';

/** The newest source or edition date, as an ISO date or month (`YYYY-MM-DD` sorts after its `YYYY-MM`). */
export function lastUpdated(data: Pick<Dataset, 'sources' | 'editions'>): string {
  const dates = [...data.sources.map((s) => s.date), ...data.editions.map((e) => e.published)];
  return dates.reduce((a, b) => (b > a ? b : a));
}
