#!/usr/bin/env node
/**
 * Runs a command of scripts/ as compiled JavaScript: `node scripts/run.mjs build --data data`.
 *
 * Node cannot run TypeScript itself, and loading it through tsx costs every command about half a
 * second (each import goes through tsx's loader). So the commands users run are compiled once, with
 * esbuild, into dist/<hash>/, where <hash> is the hash of every file under src/ and scripts/, of
 * .eleventy.js and of the compiler's version: a changed source file gives a new folder, so a
 * compiled command is never stale, and two commands started at once never write the same folder.
 * Checking the hash takes a few milliseconds; compiling, when a source changed, a few hundred.
 * The tests and `npm run typecheck` still read the TypeScript sources directly.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
/** How many compiled folders to keep besides those in use (a running command loads chunks from its own). */
const KEEP = 4;
/**
 * Written last into a compiled folder: every file's SHA-256. A folder without it, or whose files
 * differ from it (a compile killed midway, a file damaged since), is compiled again.
 */
const MANIFEST = '.complete.json';
/** `dist/.in-use/<hash>-<pid>`: the compiled folder a running command uses; never removed while it runs. */
const IN_USE = path.join(DIST, '.in-use');

/** The files the compiled commands are made from, in a stable order. */
function inputs() {
  const files = ['.eleventy.js', 'package-lock.json'];
  for (const dir of ['src', 'scripts']) {
    for (const f of readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })) {
      if (f.isFile()) files.push(path.relative(ROOT, path.join(f.parentPath ?? f.path, f.name)));
    }
  }
  return files.sort();
}

/** The entry points: every command in scripts/, every worker thread (a file in src/ named *-worker.ts), the Eleventy configuration. */
function entryPoints() {
  const entries = { 'eleventy.config': path.join(ROOT, '.eleventy.js') };
  for (const f of readdirSync(path.join(ROOT, 'scripts'))) {
    if (f.endsWith('.ts')) entries[f.slice(0, -3)] = path.join(ROOT, 'scripts', f);
  }
  for (const f of inputs()) {
    if (/^src\/.*-worker\.ts$/.test(f)) entries[path.basename(f, '.ts')] = path.join(ROOT, f);
  }
  return entries;
}

function fingerprint() {
  const h = createHash('sha256');
  for (const f of inputs()) h.update(f).update('\0').update(readFileSync(path.join(ROOT, f))).update('\0');
  return h.digest('hex').slice(0, 16);
}

/** The compiled files of `dir` with their SHA-256, the manifest left out. */
function hashes(dir) {
  const out = {};
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!f.isFile()) continue;
    const rel = path.relative(dir, path.join(f.parentPath ?? f.path, f.name));
    if (rel !== MANIFEST) out[rel] = createHash('sha256').update(readFileSync(path.join(dir, rel))).digest('hex');
  }
  return out;
}

/** Whether `dir` is a whole compiled folder: its manifest is there and every file matches it, no file missing or added. */
function intact(dir) {
  try {
    const manifest = JSON.parse(readFileSync(path.join(dir, MANIFEST), 'utf8'));
    const now = hashes(dir);
    const names = Object.keys(manifest);
    return names.length === Object.keys(now).length && names.every((n) => manifest[n] === now[n]);
  } catch {
    return false;
  }
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
};

/** Mark `hash` as in use by this process until it exits. */
function claim(hash) {
  mkdirSync(IN_USE, { recursive: true });
  const mark = path.join(IN_USE, `${hash}-${process.pid}`);
  writeFileSync(mark, '');
  process.once('exit', () => {
    try {
      unlinkSync(mark);
    } catch {
      // gone already
    }
  });
}

/** The compiled folders running processes use; marks of processes that ended are removed. */
function inUse() {
  const used = new Set();
  for (const name of existsSync(IN_USE) ? readdirSync(IN_USE) : []) {
    const m = /^([0-9a-f]{16})-(\d+)$/.exec(name);
    if (m && Number(m[2]) !== process.pid && alive(Number(m[2]))) used.add(m[1]);
    else if (m && Number(m[2]) !== process.pid) rmSync(path.join(IN_USE, name), { force: true });
  }
  return used;
}

async function compile(target) {
  const { build } = await import('esbuild');
  const tmp = path.join(DIST, `.tmp-${process.pid}-${Date.now()}`);
  await build({
    entryPoints: entryPoints(),
    outdir: tmp,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Node 20 reads the JSON locales d3 ships with an import attribute; keep it on external imports.
    supported: { 'import-attributes': true },
    packages: 'external',
    outExtension: { '.js': '.js' },
    chunkNames: '[name]-[hash]',
    logLevel: 'warning',
  });
  writeFileSync(path.join(tmp, MANIFEST), JSON.stringify(hashes(tmp), null, 1) + '\n'); // last: the folder is whole
  try {
    renameSync(tmp, target);
  } catch (e) {
    // Another command compiled the same sources first: use theirs.
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(target)) throw e;
  }
  // Keep the newest few compiled folders and every folder a running command uses; remove the rest.
  const used = inUse();
  const old = readdirSync(DIST)
    .filter((d) => /^[0-9a-f]{16}$/.test(d) && path.join(DIST, d) !== target)
    .map((d) => ({ d, t: statSync(path.join(DIST, d)).mtimeMs }))
    .sort((a, b) => b.t - a.t)
    .slice(KEEP - 1)
    .filter(({ d }) => !used.has(d));
  for (const { d } of old) rmSync(path.join(DIST, d), { recursive: true, force: true });
  // And what a compile killed midway left: `.tmp-<pid>-…` of a process that has ended.
  for (const d of readdirSync(DIST)) {
    const m = /^\.(?:tmp|damaged)-(\d+)-/.exec(d);
    if (m && !alive(Number(m[1]))) rmSync(path.join(DIST, d), { recursive: true, force: true });
  }
}

/**
 * The compiled folder for the sources as they are now, compiled first when it is missing or not
 * whole, and marked as in use by this process, so that no other command removes it meanwhile.
 */
export async function compiled() {
  const hash = fingerprint();
  const target = path.join(DIST, hash);
  claim(hash);
  if (existsSync(target) && !intact(target)) {
    // Damaged (a file changed or missing, or a compile from before manifests): set aside and compiled anew.
    const aside = path.join(DIST, `.damaged-${process.pid}-${Date.now()}`);
    try {
      renameSync(target, aside);
      rmSync(aside, { recursive: true, force: true });
    } catch {
      // another command set it aside first
    }
  }
  if (!existsSync(target)) await compile(target);
  return target;
}

const isMain = process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url;
if (isMain) {
  const name = process.argv[2];
  if (!name || !existsSync(path.join(ROOT, 'scripts', `${name}.ts`))) {
    console.error(`usage: node scripts/run.mjs <command> [options]; the commands are the .ts files in scripts/ (got ${name ?? 'none'})`);
    process.exit(2);
  }
  const dir = await compiled();
  // The command reads its options from process.argv.slice(2), as it does when run with tsx.
  process.argv.splice(2, 1);
  process.argv[1] = path.join(dir, `${name}.js`);
  await import(pathToFileURL(process.argv[1]).href);
}
