/**
 * Rendering the site with Eleventy 3: the prepared view model goes in as global data `mpp`; the
 * templates in templates/site lay it out; the fonts are copied from the @fontsource package.
 */
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fontFile } from '../runtime/fonts.ts';
import { ELEVENTY_CONFIG, PROJECT_ROOT } from '../runtime/paths.ts';
import { explainRenderError } from './errors.ts';
import type { SiteView } from './view.ts';

const FONTS = ['fira-sans-latin-400-normal.woff2', 'fira-sans-latin-400-italic.woff2', 'fira-sans-latin-600-normal.woff2'];

/** The NL Design System style sheets: the Rijkshuisstijl Community design tokens and components. */
export const NLDS = {
  'tokens.css': '@rijkshuisstijl-community/design-tokens/dist/index.css',
  'components.css': '@rijkshuisstijl-community/components-css/dist/index.css',
};

/** Render every page into `outDir`; returns the number of files Eleventy wrote. */
export async function writeSite(outDir: string, view: SiteView): Promise<number> {
  await mkdir(path.join(outDir, 'assets', 'fonts'), { recursive: true });
  for (const f of FONTS) await copyFile(fontFile(f), path.join(outDir, 'assets', 'fonts', f));
  await mkdir(path.join(outDir, 'assets', 'nlds'), { recursive: true });
  const require = createRequire(import.meta.url);
  for (const [name, file] of Object.entries(NLDS)) await copyFile(require.resolve(file), path.join(outDir, 'assets', 'nlds', name));
  await renderTemplates(path.join(PROJECT_ROOT, 'templates', 'site'), outDir, view);
  const files = await readdir(outDir, { recursive: true });
  return files.filter((f) => f.endsWith('.html')).length;
}

/**
 * Eleventy keeps what it read and compiled of the templates in caches of the whole process, for its
 * watch mode, which tells them what changed. `npm run dev` renders many times in one process without
 * that watch mode, so before each render every template is reported changed, as the watch mode
 * would (its event bus is not exported, so it is imported by path; @11ty/eleventy is pinned): each
 * render reads and compiles the templates as a fresh process does.
 */
async function forgetTemplates(input: string): Promise<void> {
  const main = createRequire(import.meta.url).resolve('@11ty/eleventy');
  const { default: eventBus } = (await import(pathToFileURL(path.join(path.dirname(main), 'EventBus.js')).href)) as {
    default: { emit(event: string, ...args: unknown[]): void };
  };
  eventBus.emit('eleventy.compileCacheReset');
  for (const f of await readdir(input, { recursive: true })) {
    eventBus.emit('eleventy.resourceModified', path.join(input, f), [], { viaConfigReset: false, relevantLayouts: [] });
  }
}

/**
 * Run Eleventy with the site's configuration on the templates in `input`, with `mpp` as global data.
 * A template that outputs an undefined value fails with an error that names it.
 */
export async function renderTemplates(input: string, outDir: string, mpp: unknown): Promise<void> {
  // Eleventy registers a module loader hook that busts the import cache for its watch mode, which
  // sends every later import of the process through a worker thread; the build never watches.
  process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= '1';
  const { default: Eleventy } = await import('@11ty/eleventy');
  await forgetTemplates(input);
  const elev = new Eleventy(input, outDir, {
    configPath: ELEVENTY_CONFIG,
    quietMode: true,
    config(cfg) {
      cfg.addGlobalData('mpp', mpp);
    },
  });
  elev.disableLogger(); // the build reports its own progress
  try {
    await elev.write();
  } catch (e) {
    throw await explainRenderError(e, path.join(input, '_includes'));
  }
}
