/**
 * The evidence of a figure as a table row shows it: for each input row the figure rests on (the
 * model's `rows`), the source with its official address, the place in it and the verbatim quote.
 * The site shows it in a <details> beside the figure, so every figure in a table can be traced to
 * its letter without opening the CSV.
 */
import { type Dataset, rowId } from '../../data/schema.ts';
import type { SourceView, ViewContext } from './context.ts';

export interface EvidenceView {
  source: SourceView;
  location: string;
  /** Empty when the row has no quote (quote is optional in the contract). */
  quote: string | null;
  /** `question` when the figure stands in a member's question, not in the minister's answer. */
  voice: string | null;
}

type Cited = { source: string; location: string; quote: string | null; voice: string | null };

/** Look up the evidence of input rows by their ids (prognoses, realisations, costs, cost scenarios). */
export function evidenceIndex(data: Dataset, source: ViewContext['source']) {
  const rows = new Map<string, Cited>();
  for (const r of data.prognoses) rows.set(rowId('prognoses', r), r);
  for (const r of data.realisations) rows.set(rowId('realisations', r), r);
  for (const r of data.costs) rows.set(rowId('costs', r), r);
  for (const r of data.costScenarios) rows.set(rowId('costScenarios', r), { ...r, voice: null });
  return (ids: readonly string[]): EvidenceView[] => {
    const seen = new Set<string>();
    const out: EvidenceView[] = [];
    for (const id of ids) {
      const r = rows.get(id);
      if (!r) continue; // a row of another table (editions, basis scenarios) is not a figure's evidence
      const key = `${r.source}|${r.location}|${r.quote}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ source: source(r.source), location: r.location, quote: r.quote, voice: r.voice });
    }
    return out;
  };
}
