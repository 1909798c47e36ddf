/**
 * The site's templates run with `throwOnUndefined`, but Nunjucks then says only "attempted to output
 * null or undefined value" with the page, line and column. This finds the `{{ … }}` at that place,
 * so the build's error names the value: in the page (whose lines Eleventy counts after the front
 * matter) or, when the error was in a macro, in the include whose line and column hold an output.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { FaultError } from '../errors.ts';
import * as message from '../messages.ts';

const UNDEFINED = /\((.+?)\) \[Line (\d+), Column (\d+)\]\s*attempted to output null or undefined value/;
const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---[^\n]*\n/;

/** The `{{ … }}` that starts at `line`:`column` (1-based) of `text`, if one does. */
function outputAt(text: string, line: number, column: number): string | null {
  const rest = text.split('\n')[line - 1]?.slice(column - 1) ?? '';
  return /^\{\{.*?\}\}/.exec(rest)?.[0] ?? null;
}

async function locate(page: string, line: number, column: number, includes: string) {
  const source = await readFile(page, 'utf8');
  const frontMatter = FRONT_MATTER.exec(source)?.[0] ?? '';
  const inPage = outputAt(source.slice(frontMatter.length), line, column);
  if (inPage) return { file: page, line: line + frontMatter.split('\n').length - 1, output: inPage };
  for (const name of (await readdir(includes).catch(() => [])).sort()) {
    const file = path.join(includes, name);
    const output = outputAt(await readFile(file, 'utf8').catch(() => ''), line, column);
    if (output) return { file, line, output };
  }
  return null;
}

/**
 * The error to report for a failed Eleventy build: for an undefined (or null) output, an error that
 * names the expression and where it is, with the original as its cause; otherwise `error` itself.
 */
export async function explainRenderError(error: unknown, includes: string): Promise<unknown> {
  for (let e = error; e instanceof Error; e = (e as { originalError?: unknown }).originalError ?? e.cause) {
    const m = UNDEFINED.exec(e.message);
    if (!m) continue;
    const [, page, line, column] = m;
    const found = await locate(path.resolve(page!), Number(line), Number(column), includes).catch(() => null);
    const where = found ? `${path.relative(process.cwd(), found.file)}:${found.line}:${column}` : `${page}:${line}:${column}`;
    const what = found ? found.output : 'a value';
    return new FaultError(message.build.templateUndefined(where, what), { cause: error });
  }
  return error;
}
