/**
 * Where the project's one typeface, Fira Sans from the @fontsource package, lies on disk. The site,
 * the letters, the chart pictures and the review page all take their font files from here, so this
 * module sits below all of them.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

/** The @fontsource/fira-sans package folder (its `*.css` files and its `files/` folder of fonts). */
export function fontPackageDir(): string {
  return path.dirname(createRequire(import.meta.url).resolve('@fontsource/fira-sans/package.json'));
}

/** The path of one font file of the package, e.g. `fira-sans-latin-400-normal.woff2`. */
export function fontFile(name: string): string {
  return path.join(fontPackageDir(), 'files', name);
}
