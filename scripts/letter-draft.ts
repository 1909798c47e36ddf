/**
 * `npm run letter:draft -- <edition> <kind> [--force] [--data DIR]`: write the generated draft of a
 * letter as `data/letters/<edition>/<kind>.md`, with references in place of numbers, for a writer to
 * start from. Refuses to overwrite an existing letter unless --force. Exit 0 written, 1 invalid data,
 * 2 usage error.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DataValidationError } from '../src/data/errors.ts';
import { loadDataset } from '../src/data/load.ts';
import { deriveModel } from '../src/model/index.ts';
import { draftMarkdown } from '../src/letters/written/draft.ts';
import { LETTER_KINDS } from '../src/letters/written/load.ts';
import { LETTERS_DIR, loadSenders } from '../src/letters/written/senders.ts';
import type { LetterKind } from '../src/letters/plan.ts';

const usage = 'usage: npm run letter:draft -- <edition> <kind: tweede-kamer|gemeenten> [--force] [--data DIR]';
let values: { force?: boolean; data?: string };
let positionals: string[];
try {
  ({ values, positionals } = parseArgs({ options: { force: { type: 'boolean' }, data: { type: 'string', default: 'data' } }, allowPositionals: true }));
} catch (e) {
  console.error(`${(e as Error).message}\n${usage}`);
  process.exit(2);
}
const [edition, kind] = positionals;
if (!edition || !kind || positionals.length !== 2 || !(LETTER_KINDS as string[]).includes(kind)) {
  console.error(usage);
  process.exit(2);
}
try {
  const { data } = await loadDataset(values.data!);
  if (!data.editions.some((e) => e.id === edition)) {
    console.error(`no edition "${edition}"; editions.csv has ${data.editions.map((e) => e.id).join(', ')}`);
    process.exit(2);
  }
  const model = deriveModel(data);
  const errors: never[] = [];
  const senders = loadSenders(values.data!, errors);
  const file = path.join(values.data!, LETTERS_DIR, edition, `${kind}.md`);
  if (existsSync(file) && !values.force) {
    console.error(`${file} exists; it is a letter someone wrote. Use --force to overwrite it with the draft.`);
    process.exit(2);
  }
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, draftMarkdown(data, model, senders, edition, kind as LetterKind));
  console.log(`wrote ${file}: the draft of ${kind} for ${edition}, with references in place of numbers. Edit it, then npm run build.`);
} catch (e) {
  if (e instanceof DataValidationError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
