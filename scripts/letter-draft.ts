/**
 * `npm run letter:draft -- <edition> <kind> [--force] [--data DIR]`: write the generated draft of a
 * letter as `data/letters/<edition>/<kind>.md`, with references in place of numbers, for a writer to
 * start from. Refuses to overwrite an existing letter unless --force. Exit 0 written, 1 invalid data,
 * 2 usage error.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { defineCommand, main } from '../src/cli/command.ts';
import { displayPath } from '../src/data/load.ts';
import { loadCheckedDataset } from '../src/sources/quotes.ts';
import { EXIT, UsageError } from '../src/errors.ts';
import { deriveModel } from '../src/model/index.ts';
import * as message from '../src/messages.ts';
import { draftMarkdown } from '../src/letters/written/draft.ts';
import { LETTER_KINDS } from '../src/letters/written/load.ts';
import { LETTERS_DIR, loadSenders } from '../src/letters/written/senders.ts';
import type { LetterKind } from '../src/letters/plan.ts';

export const command = defineCommand({
  name: 'letter:draft',
  usage: `npm run letter:draft -- <edition> <kind: ${LETTER_KINDS.join('|')}> [--force] [--data DIR]`,
  summary: 'Write the generated draft of a letter as data/letters/<edition>/<kind>.md, with references in place of numbers, to start writing from.',
  positionals: ['edition', 'kind'],
  options: {
    force: { type: 'boolean', default: false, help: 'overwrite a letter someone wrote' },
    data: { type: 'string', default: 'data', help: 'the data set' },
  },
  async run({ values, positionals: [edition, kind] }, io) {
    if (!(LETTER_KINDS as string[]).includes(kind!)) throw new UsageError(message.cli.notOneOf('<kind>', kind!, LETTER_KINDS));
    const dataDir = path.resolve(io.cwd, values.data);
    const { data } = await loadCheckedDataset(dataDir, { cwd: io.cwd });
    if (!data.editions.some((e) => e.id === edition)) throw new UsageError(message.draft.noEdition(edition!, data.editions.map((e) => e.id)));
    const model = deriveModel(data);
    const senders = loadSenders(dataDir, []);
    const file = path.join(dataDir, LETTERS_DIR, edition!, `${kind}.md`);
    const shown = displayPath(file, io.cwd);
    if (existsSync(file) && !values.force) throw new UsageError(message.draft.exists(shown));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, draftMarkdown(data, model, senders, edition!, kind as LetterKind));
    io.out(`${message.draft.wrote(shown, kind!, edition!)}\n`);
    return EXIT.ok;
  },
});

await main(command, import.meta.url);
