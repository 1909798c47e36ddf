/**
 * Every figure against the text of its source, in the analyst's loop: the build, `npm run dev`,
 * the diff and `letter:draft` load the data with this check, so a quote that does not stand in its
 * source, or that does not print the row's value, its high end or its rounding word, is a located
 * error at the row's quote (or value) like any other mistake in the data. The texts are the seed
 * letters (../shared/seeds, named by `seed`) and the stored excerpts (data/sources/, `excerpt`).
 * Each source's text is read and normalised once per load: a few milliseconds.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { DataError } from '../errors.ts';
import * as message from '../messages.ts';
import { type DatasetCheck, EXCERPTS, loadDataset, type LocatedDataset } from '../data/load.ts';
import type { Located } from '../data/validate.ts';
import { seedsDir } from '../runtime/paths.ts';
import { normaliseText, traceFigure } from './trace.ts';
import { disagreements } from './disagreements.ts';

interface Traced {
  value: number;
  value_high?: number | null;
  unit?: string;
  qualifier: string | null;
  quote: string | null;
  source: string;
}

/** The error of one figure against its source's normalised text, or null when it traces. */
function traceError(l: Located<Traced>, text: string, valueField: string): DataError | null {
  const r = l.row;
  const at = (field: string, msg: string): DataError => ({
    file: l.file,
    line: l.line,
    column: l.header.indexOf(field) + 1,
    field,
    value: String((r as unknown as Record<string, unknown>)[field] ?? ''),
    message: msg,
  });
  const t = traceFigure(text, { value: r.value, valueHigh: r.value_high, unit: r.unit, qualifier: r.qualifier, quote: r.quote });
  if (t.ok) return null;
  switch (t.problem) {
    case 'valueNotInSource':
      return at(valueField, message.quote.valueNotInSource(r.value, r.source));
    case 'notInSource':
      return at('quote', message.quote.notInSource(r.source));
    case 'lacksValue':
      return at('quote', message.quote.lacksValue(r.value));
    case 'lacksHigh':
      return at('quote', message.quote.lacksHigh(r.value_high!));
    case 'lacksQualifier':
      return at('quote', message.quote.lacksQualifier(r.qualifier!));
  }
}

/** The check of every prognosis, realisation and cost against its source text; `seeds` is where the seed letters are. */
export function quoteCheck(seeds: string = seedsDir()): DatasetCheck {
  return async (tables: LocatedDataset, dir: string) => {
    const errors: DataError[] = [];
    const notices: string[] = [];
    const haveSeeds = existsSync(seeds);
    const texts = new Map<string, string>();
    for (const { row: s } of tables.sources) {
      const file = s.seed ? (haveSeeds ? path.join(seeds, s.seed) : null) : s.excerpt ? path.join(dir, EXCERPTS, s.excerpt) : null;
      if (!file) continue;
      try {
        texts.set(s.id, normaliseText(await readFile(file, 'utf8')));
      } catch {
        // A missing excerpt is reported by the loader; a missing seed file by the seeds' own test.
      }
    }
    const figures: [Located<Traced>, string][] = [
      ...tables.prognoses.map((l) => [l, 'value'] as [Located<Traced>, string]),
      ...tables.realisations.map((l) => [l, 'value'] as [Located<Traced>, string]),
      ...tables.costs.map((l) => [{ ...l, row: { ...l.row, value: l.row.amount, unit: undefined } }, 'amount'] as [Located<Traced>, string]),
    ];
    const seeded = new Set(tables.sources.filter((l) => l.row.seed).map((l) => l.row.id));
    let unchecked = 0;
    for (const [l, valueField] of figures) {
      const text = texts.get(l.row.source);
      if (text === undefined) {
        if (seeded.has(l.row.source) && !haveSeeds) unchecked++;
        continue;
      }
      const e = traceError(l, text, valueField);
      if (e) errors.push(e);
    }
    if (unchecked > 0) notices.push(message.build.seedsAbsent(seeds, unchecked));
    return { errors, notices };
  };
}

/**
 * Load and validate the data set in `dir`, every quote checked against its source's text, and the
 * warnings about sources that disagree kept apart (`disagreements`) for the diff's "Bronverschillen".
 */
export async function loadCheckedDataset(dir: string, opts: { cwd?: string; seeds?: string } = {}) {
  let found: string[] = [];
  const disagreementCheck: DatasetCheck = async (tables) => {
    const d = disagreements(tables);
    found = d.notices;
    return d;
  };
  const loaded = await loadDataset(dir, { cwd: opts.cwd, checks: [quoteCheck(opts.seeds), disagreementCheck] });
  return { ...loaded, disagreements: found };
}
