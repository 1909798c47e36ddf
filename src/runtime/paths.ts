/**
 * Where the project's own files are, the same whether this code runs from `src/` (through tsx, in
 * tests and development) or compiled into `dist/` (the commands users run, scripts/run.mjs).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

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

/**
 * The source letters the data cites by `seed` (sources.csv): ../shared/seeds beside the project, or
 * the folder $MPP_SEEDS names (a test gives a copy with a sentence added, to simulate a source).
 */
export function seedsDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.MPP_SEEDS ? path.resolve(env.MPP_SEEDS) : path.resolve(PROJECT_ROOT, '..', 'shared', 'seeds');
}

/** The Eleventy configuration: `.eleventy.js`, or its compiled copy beside the compiled build. */
export const ELEVENTY_CONFIG = COMPILED ? path.join(HERE, 'eleventy.config.js') : path.join(PROJECT_ROOT, '.eleventy.js');

/**
 * A worker thread running the module `src/<dir>/<name>.ts`: its compiled copy, which scripts/run.mjs
 * writes beside the commands as `<name>.js` (every file in src/ named `*-worker.ts` is an entry
 * point there), or, running from source, the TypeScript through tsx, registered in the thread (a
 * worker does not inherit the loader tsx registers in the main thread).
 */
export function startWorker(sourcePath: string): Worker {
  if (COMPILED) return new Worker(path.join(HERE, `${path.basename(sourcePath, '.ts')}.js`));
  const url = pathToFileURL(path.join(PROJECT_ROOT, sourcePath)).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); });`, { eval: true });
}
