/**
 * `tsx scripts/synth.ts --scale 10 --out DIR`: write a synthetic data set (clearly marked, source
 * `synthetisch`) in the CSV contract. Refuses to write into data/, so it never mixes with real figures.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileOf, sizeFor, synthesise } from './lib/synth.ts';
import type { TableName } from '../src/data/schema.ts';
import { isWithin } from '../src/runtime/output.ts';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, out: { type: 'string' } } });
if (!values.out) {
  console.error('usage: tsx scripts/synth.ts --scale N --out DIR');
  process.exit(2);
}
const out = path.resolve(values.out);
if (isWithin(out, 'data') || isWithin('data', out)) {
  console.error(`synthetic data never goes into data/ (nor into a folder that holds it, symlinks followed): ${out}; choose another --out`);
  process.exit(2);
}
const scale = Number(values.scale);
await mkdir(out, { recursive: true });
const tables = synthesise(scale);
for (const [t, text] of Object.entries(tables)) await writeFile(path.join(out, fileOf(t as TableName)), text);
const { editions, regions } = sizeFor(scale);
console.log(`synthetic data ×${scale}: ${editions} editions, ${regions} regions → ${out}`);
