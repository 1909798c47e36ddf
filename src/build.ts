/**
 * The main job: data in, site out. Stages follow the data: load and validate → model → write.
 * Everything is written into a fresh folder that replaces `outDir` only when the whole build succeeded.
 */
import { loadDataset } from './load.ts';
import { replaceFolder } from './output.ts';
import { createProgress, type Progress } from './progress.ts';
import { writeDataFiles } from './publish-data.ts';
import { writeDerivedFiles } from './publish-derived.ts';
import { deriveModel } from './model/index.ts';

export interface BuildOptions {
  dataDir: string;
  outDir: string;
  progress?: Progress;
}

export interface BuildSummary {
  files: number;
  ms: number;
}

export async function build(opts: BuildOptions): Promise<BuildSummary> {
  const progress = opts.progress ?? createProgress(null);
  const start = performance.now();
  const { data } = await progress.phase('load', async () => loadDataset(opts.dataDir));
  const model = await progress.phase('model', async () => deriveModel(data));
  const files = await replaceFolder(opts.outDir, async (out) => {
    let count = 0;
    count += await progress.phase('data files', async () => {
      return (await writeDataFiles(out, data)) + (await writeDerivedFiles(out, model));
    });
    return count;
  });
  return { files, ms: performance.now() - start };
}
