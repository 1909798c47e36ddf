/**
 * Both sides of a comparison built as the site is built (src/build.ts), with the code of the
 * working tree, each into a temporary folder: only what is compared, the charts' files and the
 * letters (`only: 'pictures'`), not the pages, downloads and preview images. The two builds share
 * one content-hash cache: it is keyed on what a chart or letter is made from, so whatever both sides
 * have in common, and whatever an earlier run made, is taken from it instead of being drawn or
 * printed again.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from '../../build.ts';
import { createProgress } from '../../runtime/progress.ts';

export interface BuiltSides {
  /** The built sites. */
  base: string;
  head: string;
  /** Removes both. */
  remove(): Promise<void>;
}

/** Why a side could not be built, for the report. */
export class SideBuildError extends Error {
  override name = 'SideBuildError';
}

/** Build the old and the new data folder; a failure names the side that failed and why. */
export async function buildSides(opts: { baseData: string; headData: string; cacheDir: string }): Promise<BuiltSides> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'mpp-visual-'));
  const remove = () => rm(tmp, { recursive: true, force: true });
  const sides = { base: path.join(tmp, 'oud'), head: path.join(tmp, 'nieuw') };
  try {
    for (const [side, dataDir, which] of [
      [sides.base, opts.baseData, 'oude'],
      [sides.head, opts.headData, 'nieuwe'],
    ] as const) {
      try {
        await build({
          dataDir,
          outDir: side,
          cacheDir: opts.cacheDir,
          only: 'pictures',
          progress: createProgress(null),
          // The report says what the data says; the build's notices (an encoding read) are not its business.
          onNotice: () => undefined,
        });
      } catch (e) {
        throw new SideBuildError(`de ${which} gegevens lieten zich niet bouwen: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
      }
    }
  } catch (e) {
    await remove();
    throw e;
  }
  return { ...sides, remove };
}
