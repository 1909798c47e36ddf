/**
 * Writing the build output so that a failed build loses nothing: everything is written into a fresh
 * folder beside the target, and only a complete build replaces the previous one.
 */
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { OutputFolderError } from '../errors.ts';
import * as message from '../messages.ts';

/** The file that marks a folder as this project's build output, so a later build may replace it. */
export const OUTPUT_MARKER = '.mpp-build-output';
/**
 * What an output folder holds, written in its marker: a built site (`npm run build`) or the review
 * page of `npm run diff -- --visual`. Each command replaces only its own kind, so the review page
 * never replaces a built site. A marker with other text (an older build's) counts as a site.
 */
export type OutputKind = 'site' | 'review';
const MARKER_TEXT: Record<OutputKind, string> = {
  site: 'This folder is build output of the MPP publishing system; a build replaces it whole.\n',
  review: 'This folder is the review page of npm run diff -- --visual; a later run replaces it whole.\n',
};
const markerKind = (folder: string): OutputKind => {
  try {
    return readFileSync(path.join(folder, OUTPUT_MARKER), 'utf8') === MARKER_TEXT.review ? 'review' : 'site';
  } catch {
    return 'site';
  }
};


/** The real path of `p`, following symlinks as far as the path exists. */
function realPath(p: string): string {
  const abs = path.resolve(p);
  const rest: string[] = [];
  let head = abs;
  while (!existsSync(head)) {
    rest.unshift(path.basename(head));
    const up = path.dirname(head);
    if (up === head) break;
    head = up;
  }
  return path.join(realpathSync(head), ...rest);
}

const within = (inner: string, outer: string) => inner === outer || inner.startsWith(outer + path.sep);

/** Whether `inner` is `outer` or lies below it, after following symlinks. */
export const isWithin = (inner: string, outer: string): boolean => within(realPath(inner), realPath(outer));

/**
 * Refuse an output folder that would destroy something: the data folder, the project, a folder that
 * contains either or a git repository, or a non-empty folder that is not a previous build output.
 * `keep` names the folders that must survive (the data folder and the project root); `option` is the
 * command-line option that named the folder, with an example, for the advice in the message.
 */
export function checkOutputFolder(
  target: string,
  keep: { data: string; project: string },
  option: { name: string; example: string; kind?: OutputKind } = { name: '--out', example: 'site' },
): void {
  const kind = option.kind ?? 'site';
  const out = realPath(target);
  const shown = path.resolve(target);
  const project = realPath(keep.project);
  const data = realPath(keep.data);
  const refuse = (why: string, advice = message.output.chooseAnother(option.name, option.example)) =>
    new OutputFolderError(message.output.refuse(shown, why, advice));
  if (within(project, out)) throw refuse(message.output.isProject(project));
  if (within(data, out)) throw refuse(message.output.holdsData(data));
  if (within(out, data)) throw refuse(message.output.insideData(data));
  // The project's own site folder is never anything but the site, built or not yet.
  const site = path.join(project, 'site');
  if (kind !== 'site' && out === site) throw refuse(message.output.isSite(site));
  if (!existsSync(out)) return;
  const entries = readdirSync(out);
  if (entries.includes('.git')) throw refuse(message.output.holdsGit());
  if (entries.length > 0 && !entries.includes(OUTPUT_MARKER)) {
    throw refuse(message.output.notBuildOutput(OUTPUT_MARKER), message.output.removeOrChoose(option.name));
  }
  if (entries.length > 0 && markerKind(out) !== kind) throw refuse(message.output.otherKind(OUTPUT_MARKER, markerKind(out)));
}

export interface OutputFolder {
  /** Absolute path of the folder being filled. */
  dir: string;
  write(relative: string, content: string | Uint8Array): Promise<void>;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Clean up after a build that was killed: its temporary folders go, and when it was killed in the
 * instant between moving the previous output aside and moving the new one in, the previous output
 * is put back. Folders of builds still running are left alone.
 */
export async function recoverInterrupted(target: string): Promise<void> {
  const resolved = path.resolve(target);
  const parent = path.dirname(resolved);
  // `.site.tmp-<pid>-<random>` while a build fills it, `….old` while it swaps the previous site out.
  const prefix = `.${path.basename(resolved)}.tmp-`;
  const stale = readdirSync(parent)
    .filter((name) => name.startsWith(prefix))
    .map((name) => ({ name, m: /^(\d+)-[^.]+(\.old)?$/.exec(name.slice(prefix.length)) }))
    .filter((e) => e.m && !alive(Number(e.m[1])))
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const { name, m } of stale) {
    const full = path.join(parent, name);
    if (m![2] && !existsSync(resolved)) await rename(full, resolved);
    else await rm(full, { recursive: true, force: true });
  }
}

/**
 * Run `fill` against a temporary folder beside `target`; when it resolves, swap the folder into
 * place. When it throws, remove the temporary folder and leave `target` exactly as it was.
 */
export async function replaceFolder<T>(target: string, fill: (out: OutputFolder) => Promise<T>, kind: OutputKind = 'site'): Promise<T> {
  const parent = path.dirname(path.resolve(target));
  await mkdir(parent, { recursive: true });
  await recoverInterrupted(target);
  const tmp = await mkdtemp(path.join(parent, `.${path.basename(target)}.tmp-${process.pid}-`));
  const out: OutputFolder = {
    dir: tmp,
    async write(relative, content) {
      const file = path.join(tmp, relative);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, content);
    },
  };
  let result: T;
  try {
    await out.write(OUTPUT_MARKER, MARKER_TEXT[kind]);
    result = await fill(out);
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
  const old = `${tmp}.old`;
  const resolved = path.resolve(target);
  let hadOld = true;
  try {
    await rename(resolved, old);
  } catch {
    hadOld = false;
  }
  await rename(tmp, resolved);
  if (hadOld) await rm(old, { recursive: true, force: true });
  return result;
}
