/**
 * A content-addressed cache on disk: an output is stored under the hash of everything it was made
 * from, so an unchanged chart or letter is not rendered again in the next build. Entries are written
 * atomically (temp file + rename); a corrupt or missing entry is simply a miss.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface ContentCache {
  get(key: string): Promise<Buffer | undefined>;
  set(key: string, value: Uint8Array | string): Promise<void>;
}

export const contentHash = (...parts: (string | Uint8Array)[]): string => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\u0000');
  return h.digest('hex');
};

export function diskCache(dir: string, namespace: string): ContentCache {
  const base = path.join(dir, namespace);
  const file = (key: string) => path.join(base, key.slice(0, 2), key);
  return {
    async get(key) {
      try {
        return await readFile(file(key));
      } catch {
        return undefined;
      }
    },
    async set(key, value) {
      const f = file(key);
      await mkdir(path.dirname(f), { recursive: true });
      const tmp = `${f}.${process.pid}.tmp`;
      await writeFile(tmp, value);
      await rename(tmp, f);
    },
  };
}
