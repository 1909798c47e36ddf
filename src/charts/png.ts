/**
 * Charts as PNG, drawn from their SVG by resvg (no browser), with the site's own Fira Sans and no
 * system fonts, so the same SVG gives the same bytes on every machine.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { fontFile } from '../runtime/fonts.ts';
import { woffToSfnt } from './woff.ts';
import { contentHash, type ContentCache } from '../runtime/cache.ts';
import { startWorker } from '../runtime/paths.ts';
import { packageVersion } from '../runtime/versions.ts';
import type { PngJob, PngReply } from './png-worker.ts';

const FONTS = ['fira-sans-latin-400-normal.woff', 'fira-sans-latin-600-normal.woff', 'fira-sans-latin-400-italic.woff'];

export interface PngRenderer {
  /**
   * The SVG drawn `scale` times its own size, on white, from the cache when it holds it. resvg
   * draws on a thread of its own, so the main thread goes on (rendering charts, pages) meanwhile.
   */
  png(svg: string, scale?: number): Promise<Buffer>;
  close(): Promise<void>;
}

/** Names the renderer in cache keys: a new resvg or new fonts draw other bytes. */
const PNG_VERSION = `resvg-${packageVersion('@resvg/resvg-js')}-fira-1`;

/**
 * A renderer that takes from and fills `cache` when given. On the first PNG that must be drawn, it
 * unpacks the fonts into a temporary folder and starts the drawing thread (png-worker.ts); `close`
 * ends the thread and removes the folder.
 */
export function pngRenderer(cache?: ContentCache): PngRenderer {
  let started: Promise<{ dir: string; files: string[]; worker: Worker }> | undefined;
  const waiting = new Map<number, { resolve: (png: Buffer) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  let dead: Error | undefined;
  const start = async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'mpp-fonts-'));
    const files: string[] = [];
    for (const f of FONTS) {
      const file = path.join(dir, f.replace(/\.woff$/, '.otf'));
      await writeFile(file, woffToSfnt(await readFile(fontFile(f))));
      files.push(file);
    }
    const worker = startWorker('src/charts/png-worker.ts');
    worker.on('message', (r: PngReply) => {
      const w = waiting.get(r.id);
      waiting.delete(r.id);
      if ('png' in r) w?.resolve(Buffer.from(r.png.buffer, r.png.byteOffset, r.png.byteLength));
      else w?.reject(new Error(`resvg could not draw a PNG: ${r.error}`));
    });
    // A thread that fails or ends fails every drawing waiting for it, and every later one.
    const fail = (e: Error) => {
      dead ??= e;
      for (const w of waiting.values()) w.reject(e);
      waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the PNG thread ended (exit ${code})`)));
    return { dir, files, worker };
  };
  const asked = new Map<string, Promise<Buffer>>();
  const draw = async (key: string, svg: string, scale: number): Promise<Buffer> => {
    const cached = await cache?.get(key);
    if (cached) return cached;
    const { files, worker } = await (started ??= start());
    const id = nextId++;
    const png = await new Promise<Buffer>((resolve, reject) => {
      if (dead) return reject(dead);
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, svg, scale, fontFiles: files } satisfies PngJob);
    });
    await cache?.set(key, png);
    return png;
  };
  return {
    png(svg, scale = 2) {
      // The same drawing asked twice (early, then when its file is written) is drawn once.
      const key = contentHash(PNG_VERSION, String(scale), svg);
      let p = asked.get(key);
      if (!p) {
        p = draw(key, svg, scale);
        p.catch(() => undefined); // reported to whoever awaits it
        asked.set(key, p);
      }
      return p;
    },
    async close() {
      const s = await started?.catch(() => undefined);
      if (!s) return;
      await s.worker.terminate();
      await rm(s.dir, { recursive: true, force: true });
    },
  };
}
