/**
 * Charts as PNG, drawn from their SVG by resvg (no browser), with the site's own Fira Sans and no
 * system fonts, so the same SVG gives the same bytes on every machine.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import { fontFile } from '../site/build-site.ts';
import { woffToSfnt } from './woff.ts';
import { contentHash, type ContentCache } from '../runtime/cache.ts';
import { packageVersion } from '../runtime/versions.ts';

const FONTS = ['fira-sans-latin-400-normal.woff', 'fira-sans-latin-600-normal.woff', 'fira-sans-latin-400-italic.woff'];

export interface PngRenderer {
  /**
   * The SVG drawn `scale` times its own size, on white, from the cache when it holds it. resvg
   * draws on a thread of libuv's pool, so the main thread goes on (rendering charts, pages) meanwhile.
   */
  png(svg: string, scale?: number): Promise<Buffer>;
  close(): Promise<void>;
}

/** Names the renderer in cache keys: a new resvg or new fonts draw other bytes. */
const PNG_VERSION = `resvg-${packageVersion('@resvg/resvg-js')}-fira-1`;

/**
 * A renderer that takes from and fills `cache` when given. The fonts are unpacked into a temporary
 * folder when the first PNG is drawn (not when every PNG comes from the cache); `close` removes it.
 */
export function pngRenderer(cache?: ContentCache): PngRenderer {
  let fonts: Promise<{ dir: string; files: string[] }> | undefined;
  const unpack = async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'mpp-fonts-'));
    const files: string[] = [];
    for (const f of FONTS) {
      const file = path.join(dir, f.replace(/\.woff$/, '.otf'));
      await writeFile(file, woffToSfnt(await readFile(fontFile(f))));
      files.push(file);
    }
    return { dir, files };
  };
  return {
    async png(svg, scale = 2) {
      const key = contentHash(PNG_VERSION, String(scale), svg);
      const cached = await cache?.get(key);
      if (cached) return cached;
      const { files } = await (fonts ??= unpack());
      const r = await renderAsync(svg, {
        background: '#ffffff',
        fitTo: { mode: 'zoom', value: scale },
        font: { loadSystemFonts: false, fontFiles: files, defaultFontFamily: 'Fira Sans', sansSerifFamily: 'Fira Sans' },
        logLevel: 'off',
      });
      const png = Buffer.from(r.asPng());
      await cache?.set(key, png);
      return png;
    },
    async close() {
      const f = await fonts?.catch(() => undefined);
      if (f) await rm(f.dir, { recursive: true, force: true });
    },
  };
}
