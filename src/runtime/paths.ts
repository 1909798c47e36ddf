/**
 * Where the project's own files are, the same whether this code runs from `src/` (through tsx, in
 * tests and development) or compiled into `dist/` (the commands users run, scripts/run.mjs).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** True when this module runs compiled (from dist/), not as TypeScript source. */
export const COMPILED = !import.meta.url.endsWith('.ts');

/** The project's folder: the nearest folder above this module that holds package.json. */
export const PROJECT_ROOT = (() => {
  for (let dir = HERE; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${HERE}`);
  }
})();

/** The Eleventy configuration: `.eleventy.js`, or its compiled copy beside the compiled build. */
export const ELEVENTY_CONFIG = COMPILED ? path.join(HERE, 'eleventy.config.js') : path.join(PROJECT_ROOT, '.eleventy.js');
