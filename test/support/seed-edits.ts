/**
 * Tests that change a figure, as an analyst correcting a value would, change its quote too, and the
 * build's quote check then needs a source that says so: a copy of the seed letters in which the
 * corrected sentences stand as well, named by $MPP_SEEDS for this process and every command it
 * starts. The figure the tests change is MPP 2025's medio total inflow for 2025 (47.000 in its
 * Kamerbrief, seed 001).
 */
import { appendFile, cp, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { formatNumber } from '../../src/format/dutch.ts';
import { SEEDS } from './helpers.ts';

/** The start of the row, and the quote it shares with the maximum row. */
export const MEDIO_2025_ROW = 'mpp,2025,asylum-inflow-total,,medio,2025,';
export const MEDIO_2025_QUOTE = 'ca. 40.000 in het minimumscenario, 47.000 in het medioscenario en 55.300 in het maximumscenario';
/** The seed of the Kamerbrief on MPP 2025 (tk-2025-mpp-2025). */
export const SEED_2025 = '001_146bcaf9500716a7.txt';

/** The values the tests give the figure: each has its sentence in the seeds copy. */
export const MEDIO_2025_VALUES = [47001, 47311, 47312, 47313, 47314, 47315, 47316, 48000, 48500];

const quoteFor = (value: number) => MEDIO_2025_QUOTE.replace('47.000', formatNumber(value));

/** prognoses.csv's text with the figure set to `value` (a number, or a bad value such as "veel"), its quote following. */
export function setMedio2025(text: string, value: number | string): string {
  return text
    .split('\n')
    .map((line) => {
      if (!line.startsWith(MEDIO_2025_ROW)) return line;
      const edited = line.replace(/^(mpp,2025,asylum-inflow-total,,medio,2025,)[^,]*,/, `$1${value},`);
      return typeof value === 'number' ? edited.replace(/ca\. 40\.000 in het minimumscenario, [\d.]+ in het medioscenario/, `ca. 40.000 in het minimumscenario, ${formatNumber(value)} in het medioscenario`) : edited;
    })
    .join('\n');
}

/** A copy of the seed letters in which the `added` sentences stand too, at the end of their files. */
export async function seedsWith(added: Record<string, string[]>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mpp-seeds-'));
  await cp(SEEDS, dir, { recursive: true });
  for (const [file, lines] of Object.entries(added)) await appendFile(path.join(dir, file), `\n${lines.join('\n')}\n`);
  return dir;
}

let edited: Promise<string> | undefined;

/** Point $MPP_SEEDS at a copy of the seeds that also holds the sentences of MEDIO_2025_VALUES (made once per process). */
export async function useEditedSeeds(): Promise<string> {
  edited ??= seedsWith({ [SEED_2025]: MEDIO_2025_VALUES.map(quoteFor) });
  const dir = await edited;
  process.env.MPP_SEEDS = dir;
  return dir;
}
