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

const FONTS = ['fira-sans-latin-400-normal.woff', 'fira-sans-latin-600-normal.woff', 'fira-sans-latin-400-italic.woff'];

export interface PngRenderer {
  /**
   * The SVG drawn `scale` times its own size, on white. resvg draws on a thread of libuv's pool,
   * so the main thread goes on (rendering charts, pages) meanwhile.
   */
  png(svg: string, scale?: number): Promise<Buffer>;
  close(): Promise<void>;
}

/** A renderer with the fonts unpacked into a temporary folder, removed by `close`. */
export async function pngRenderer(): Promise<PngRenderer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mpp-fonts-'));
  const fontFiles: string[] = [];
  for (const f of FONTS) {
    const file = path.join(dir, f.replace(/\.woff$/, '.otf'));
    await writeFile(file, woffToSfnt(await readFile(fontFile(f))));
    fontFiles.push(file);
  }
  return {
    async png(svg, scale = 2) {
      const r = await renderAsync(svg, {
        background: '#ffffff',
        fitTo: { mode: 'zoom', value: scale },
        font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Fira Sans', sansSerifFamily: 'Fira Sans' },
        logLevel: 'off',
      });
      return Buffer.from(r.asPng());
    },
    close: () => rm(dir, { recursive: true, force: true }),
  };
}
