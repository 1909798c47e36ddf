/**
 * The installed version of a package, read from its package.json without importing it, so a cache
 * key can name the version of a library that a build with every output cached never loads.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export function packageVersion(name: string): string {
  // Resolve the entry point (a package's exports may hide its package.json), then walk up to the
  // package.json that names the package.
  let dir = path.dirname(require.resolve(name));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name && pkg.version) return pkg.version;
    } catch {
      // no package.json here: go up
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`packageVersion: no package.json for ${name}`);
    dir = up;
  }
}
