/**
 * Loading one side of a comparison: validate the data folder, build the model and run the
 * generators (letter sentences, charts) whose output the report compares. An invalid data set keeps
 * the rows that could be read, so the old side of a comparison can still be compared row by row.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type DataError, DataValidationError } from '../errors.ts';
import { parseTable } from '../data/load.ts';
import { loadCheckedDataset } from '../sources/quotes.ts';
import { deriveModel, type Model } from '../model/index.ts';
import { type Dataset, TABLE_NAMES, TABLES } from '../data/schema.ts';
import { EMPTY_DATASET, type Generated, type SideInput } from './report.ts';
import { readExcerpts } from './excerpts.ts';
import type { ChartLike, LetterSentence } from './types.ts';

/** What produces the generated output for a data set and its model. */
export interface Generators {
  /** `which` names the side in messages: `oude` or `nieuwe` (gegevens); `dir` is the data folder (for the written letters). */
  sentences: (data: Dataset, model: Model, which: string, dir: string | null) => Promise<Generated<LetterSentence[]>>;
  charts: (data: Dataset, model: Model, which: string) => Promise<Generated<ChartLike[]>>;
}

/** Wrap a generator so that a failure becomes an explained gap in the report instead of a crash. */
export function generator<T>(what: string, fn: (data: Dataset, model: Model, dir: string | null) => T | Promise<T>) {
  return async (data: Dataset, model: Model, which: string, dir: string | null = null): Promise<Generated<T>> => {
    try {
      return { ok: true, value: await fn(data, model, dir) };
    } catch (e) {
      return { ok: false, reason: `${what} gaf een fout op de ${which} gegevens: ${e instanceof Error ? e.message : String(e)}` };
    }
  };
}

export interface LoadedSide {
  side: SideInput;
  /** False when the folder does not exist. */
  present: boolean;
  /** The validator's errors; empty when the data is valid. */
  errors: DataError[];
}

/** The rows of every table that can be read, ignoring errors (for an old data set that did not validate). */
async function readableRows(dir: string): Promise<Dataset> {
  const out = { ...EMPTY_DATASET } as Record<string, unknown[]>;
  for (const t of TABLE_NAMES) {
    const file = path.join(dir, TABLES[t].file);
    if (!existsSync(file)) continue;
    out[t] = parseTable(t, await readFile(file, 'utf8'), file).rows.map((l) => l.row);
  }
  return out as unknown as Dataset;
}

async function run(data: Dataset, model: Model, generators: Generators, which: string, dir: string | null = null, found: string[] = []): Promise<SideInput> {
  return {
    disagreements: found,
    data,
    model,
    sentences: await generators.sentences(data, model, which, dir),
    charts: await generators.charts(data, model, which),
    excerpts: dir ? await readExcerpts(dir) : {},
  };
}

/** Load `dir` as one side; `which` names the side in messages (`oude`, `nieuwe`). */
export async function loadSide(dir: string | null, generators: Generators, which: string, cwd?: string): Promise<LoadedSide> {
  if (dir === null || !existsSync(dir)) {
    return { side: await run(EMPTY_DATASET, deriveModel(EMPTY_DATASET), generators, which), present: false, errors: [] };
  }
  try {
    const { data, disagreements } = await loadCheckedDataset(dir, { cwd });
    return { side: await run(data, deriveModel(data), generators, which, dir, disagreements), present: true, errors: [] };
  } catch (e) {
    if (!(e instanceof DataValidationError)) throw e;
    const unavailable = { ok: false as const, reason: `de ${which} gegevens voldoen niet aan de controle` };
    return {
      side: { data: await readableRows(dir), model: null, sentences: unavailable, charts: unavailable, excerpts: await readExcerpts(dir) },
      present: true,
      errors: e.errors,
    };
  }
}
