/**
 * The version of an asset the pages load (style sheets, scripts): the first 10 hex digits of the
 * SHA-256 of its content, written after its address (`style.css?v=…`). A changed file gets a new
 * address, so a host may let browsers keep the old one for a year (`_headers`, README "Hosting");
 * the same files give the same addresses, so the build stays deterministic.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PROJECT_ROOT } from '../runtime/paths.ts';
import { NLDS } from './build-site.ts';

const versions = new Map<string, string>();

/** The file a site path under /assets/ is copied from: the site's own assets, or the NL Design System package. */
function sourceOf(sitePath: string): string {
  const rel = sitePath.replace(/^\/?assets\//, '');
  const nlds = /^nlds\/(.+)$/.exec(rel);
  if (nlds) return createRequire(import.meta.url).resolve(NLDS[nlds[1] as keyof typeof NLDS]);
  return path.join(PROJECT_ROOT, 'templates', 'site', 'assets', rel);
}

/** `?v=<hash>` for an asset's site path. */
export function assetVersion(sitePath: string): string {
  const file = sourceOf(sitePath);
  // Every page asks for the same few files: the hash is kept per file and modification time, so
  // npm run dev's long-lived builder sees an edited style sheet.
  const key = `${file}|${statSync(file).mtimeMs}`;
  let v = versions.get(key);
  if (v === undefined) {
    v = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 10);
    versions.set(key, v);
  }
  return `?v=${v}`;
}
