/**
 * Rendering the site with Eleventy 3: the prepared view model goes in as global data `mpp`; the
 * templates in templates/site lay it out; the fonts are copied from the @fontsource package.
 */
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Eleventy from '@11ty/eleventy';
import type { SiteView } from './view.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const FONTS = ['fira-sans-latin-400-normal.woff2', 'fira-sans-latin-400-italic.woff2', 'fira-sans-latin-600-normal.woff2'];

export function fontFile(name: string): string {
  const pkg = createRequire(import.meta.url).resolve('@fontsource/fira-sans/package.json');
  return path.join(path.dirname(pkg), 'files', name);
}

/** Render every page into `outDir`; returns the number of files Eleventy wrote. */
export async function writeSite(outDir: string, view: SiteView): Promise<number> {
  await mkdir(path.join(outDir, 'assets', 'fonts'), { recursive: true });
  for (const f of FONTS) await copyFile(fontFile(f), path.join(outDir, 'assets', 'fonts', f));
  const elev = new Eleventy(path.join(ROOT, 'templates', 'site'), outDir, {
    configPath: path.join(ROOT, '.eleventy.js'),
    quietMode: true,
    config(cfg) {
      cfg.addGlobalData('mpp', view);
    },
  });
  elev.disableLogger(); // the build reports its own progress
  await elev.write();
  const files = await readdir(outDir, { recursive: true });
  return files.filter((f) => f.endsWith('.html')).length;
}
