/**
 * `npm run synth -- --scale 10 --out DIR`: write a synthetic data set (clearly marked, source
 * `synthetisch`) in the CSV contract. Refuses to write into the project's data/ (or a folder that holds
 * it, symlinks followed), from whatever folder it is run, so it never mixes with real figures.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { defineCommand, main } from '../src/cli/command.ts';
import { EXIT, UsageError } from '../src/errors.ts';
import * as message from '../src/messages.ts';
import { isWithin } from '../src/runtime/output.ts';
import { PROJECT_ROOT } from '../src/runtime/paths.ts';
import type { TableName } from '../src/data/schema.ts';
import { fileOf, sizeFor, synthesise } from './lib/synth.ts';

export const command = defineCommand({
  name: 'synth',
  usage: 'npm run synth -- --out DIR [--scale N]',
  summary: 'Write a synthetic data set in the CSV contract, every row citing the source "synthetisch", for scale tests.',
  options: {
    out: { type: 'string', help: 'the folder to write (never data/)' },
    scale: { type: 'string', default: '1', help: 'how many times the shipped data set' },
  },
  async run({ values }, io) {
    if (values.out === undefined) throw new UsageError(message.cli.missingValue('--out'));
    const scale = Number(values.scale);
    if (!Number.isInteger(scale) || scale < 1) throw new UsageError(message.cli.notWholeNumber('--scale', values.scale, 1));
    const out = path.resolve(io.cwd, values.out);
    for (const data of [path.join(PROJECT_ROOT, 'data'), path.join(io.cwd, 'data')]) {
      if (isWithin(out, data) || isWithin(data, out)) throw new UsageError(message.synth.intoData(out));
    }
    await mkdir(out, { recursive: true });
    for (const [t, text] of Object.entries(synthesise(scale))) await writeFile(path.join(out, fileOf(t as TableName)), text);
    const { editions, regions } = sizeFor(scale);
    io.out(`${message.synth.wrote(scale, editions, regions, out)}\n`);
    return EXIT.ok;
  },
});

await main(command, import.meta.url);
