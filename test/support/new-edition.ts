/**
 * The drill of a new MPP edition (test/slow/new-edition.test.ts): a temporary repository whose data/
 * is the shipped data set as it stood before MPP 2025 came out, and the rows an analyst adds for it.
 * Nothing is invented: the "before" state is the shipped data without the rows of the MPP 2025 letter
 * (`tk-2025-mpp-2025`) and of the news release of the Staat van Migratie 2025, and the analyst adds
 * back exactly the shipped lines, so every figure is a real one with its real quote.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { DATA, git } from './helpers.ts';

/** The sources the new edition brings: its letter (a seed) and a news release (an excerpt). */
export const NEW_SOURCES = ['tk-2025-mpp-2025', 'rijksoverheid-2025-07-04-staat-van-migratie-2025'] as const;
export const NEW_EDITION = '2025';

/** The lines of one CSV that an analyst adds, by table, in the file's order. */
export type Additions = Map<string, string[]>;
/** The same rows read by column. */
export type AddedRows = Map<string, Record<string, string>[]>;

/** Which tables' rows are chosen by which column. */
const PICK: Record<string, (row: Record<string, string>) => boolean> = {
  'editions.csv': (r) => r.id === NEW_EDITION,
  'sources.csv': (r) => (NEW_SOURCES as readonly string[]).includes(r.id!),
  'prognoses.csv': (r) => (NEW_SOURCES as readonly string[]).includes(r.source!),
  'realisations.csv': (r) => (NEW_SOURCES as readonly string[]).includes(r.source!),
  'costs.csv': (r) => (NEW_SOURCES as readonly string[]).includes(r.source!),
};

/**
 * Split `table` of the shipped data into the lines kept before the edition and the lines the analyst
 * adds. Every row of the shipped files is one line (checked), so a line is a row.
 */
async function split(table: string): Promise<{ kept: string[]; added: string[]; addedRows: Record<string, string>[] }> {
  const text = await readFile(path.join(DATA, table), 'utf8');
  const lines = text.replace(/\n$/, '').split('\n');
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  if (rows.length !== lines.length) throw new Error(`fixture: ${table} has a row over several lines`);
  const header = rows[0]!;
  const kept: string[] = [];
  const added: string[] = [];
  const addedRows: Record<string, string>[] = [];
  for (const [i, line] of lines.entries()) {
    const row = Object.fromEntries(header.map((h, c) => [h, rows[i]![c] ?? '']));
    if (i > 0 && PICK[table]!(row)) {
      added.push(line);
      addedRows.push(row);
    } else kept.push(line);
  }
  return { kept, added, addedRows };
}

/**
 * A git repository in a temporary folder holding `data/` as it was before the edition, committed;
 * with the lines and files the analyst will add.
 */
export async function repositoryBeforeEdition(): Promise<{ repo: string; data: string; additions: Additions; rows: AddedRows; excerpts: string[] }> {
  const repo = await mkdtemp(path.join(os.tmpdir(), 'mpp-drill-'));
  const data = path.join(repo, 'data');
  await cp(DATA, data, { recursive: true });
  const additions: Additions = new Map();
  const rows: AddedRows = new Map();
  for (const table of Object.keys(PICK)) {
    const { kept, added, addedRows } = await split(table);
    additions.set(table, added);
    rows.set(table, addedRows);
    await writeFile(path.join(data, table), kept.join('\n') + '\n');
  }
  const excerpts = rows.get('sources.csv')!.map((r) => r.excerpt!).filter((file) => file !== '');
  for (const file of excerpts) await rm(path.join(data, 'sources', file));
  await rm(path.join(data, 'letters', NEW_EDITION), { recursive: true });
  // The letterhead of the Ministerie van Asiel en Migratie is cited to the MPP 2025 letter; before
  // it, the ministry's nota of 7 February 2025 shows the same (no directorate, no address).
  const senders = path.join(data, 'letters', 'senders.csv');
  await writeFile(senders, (await readFile(senders, 'utf8')).replace(/,2024-07-02,,tk-2025-mpp-2025,/, ',2024-07-02,,ek-2025-02-07-begroting-am,'));
  await git(repo, 'init', '-q', '-b', 'main');
  await git(repo, 'add', '-A');
  await git(repo, 'commit', '-q', '-m', 'Data before MPP 2025');
  return { repo, data, additions, rows, excerpts };
}
