/**
 * Writing the build output so that a failed build loses nothing: everything is written into a fresh
 * folder beside the target, and only a complete build replaces the previous one.
 */
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface OutputFolder {
  /** Absolute path of the folder being filled. */
  dir: string;
  write(relative: string, content: string | Uint8Array): Promise<void>;
}

/**
 * Run `fill` against a temporary folder beside `target`; when it resolves, swap the folder into
 * place. When it throws, remove the temporary folder and leave `target` exactly as it was.
 */
export async function replaceFolder<T>(target: string, fill: (out: OutputFolder) => Promise<T>): Promise<T> {
  const parent = path.dirname(path.resolve(target));
  await mkdir(parent, { recursive: true });
  const tmp = await mkdtemp(path.join(parent, `.${path.basename(target)}.tmp-`));
  const out: OutputFolder = {
    dir: tmp,
    async write(relative, content) {
      const file = path.join(tmp, relative);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, content);
    },
  };
  let result: T;
  try {
    result = await fill(out);
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
  const old = `${tmp}.old`;
  const resolved = path.resolve(target);
  let hadOld = true;
  try {
    await rename(resolved, old);
  } catch {
    hadOld = false;
  }
  await rename(tmp, resolved);
  if (hadOld) await rm(old, { recursive: true, force: true });
  return result;
}
