/**
 * Resolving a request path to a file of a built site, safely: a path that does not decode is a bad
 * request, a path that leaves the folder is not found, a folder means its index.html. The site is
 * read from disk on every request, so a build that swaps the folder in is served at once.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export type Resolved =
  | { status: 200; file: string; type: string; body: Buffer }
  | { status: 400 | 404; reason: string };

/** The file `urlPath` (the path part of a request URL, still percent-encoded) names under `root`. */
export async function resolveFile(root: string, urlPath: string): Promise<Resolved> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { status: 400, reason: `the path ${JSON.stringify(urlPath)} is not valid percent-encoding` };
  }
  if (decoded.includes('\0') || !decoded.startsWith('/')) return { status: 400, reason: 'malformed path' };
  const base = path.resolve(root);
  let file = path.resolve(base, '.' + decoded);
  if (file !== base && !file.startsWith(base + path.sep)) return { status: 404, reason: 'outside the site' };
  try {
    if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
    const body = await readFile(file);
    return { status: 200, file, type: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream', body };
  } catch {
    return { status: 404, reason: 'no such file' };
  }
}
