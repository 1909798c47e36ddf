/**
 * The pull-request workflow: valid YAML of the expected shape, and its run steps use only the
 * project's own commands (npm scripts that exist in package.json), gh, git and shell builtins.
 *
 * The YAML is read with js-yaml when node_modules has it (a dependency of Eleventy's front matter),
 * and always with a small reader of the block-YAML subset the workflow is written in; both must agree,
 * so the check does not silently disappear if js-yaml ever leaves node_modules.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { REPORT_MARKER } from '../src/diff/markdown/index.ts';
import { ROOT } from './helpers.ts';

const WORKFLOW = path.join(ROOT, '.github', 'workflows', 'pull-request.yml');

type Yaml = null | boolean | number | string | Yaml[] | { [k: string]: Yaml };

function scalar(text: string): Yaml {
  const t = text.trim();
  if (t === '' || t === '~' || t === 'null') return null;
  if (t === 'true' || t === 'false') return t === 'true';
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (t.startsWith("'") && t.endsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
  if (t.startsWith('"') && t.endsWith('"')) return JSON.parse(t) as string;
  return t;
}

/**
 * A reader for block YAML as workflows are written: maps, lists (`- `), plain and quoted scalars,
 * literal blocks (`|`), full-line comments. Anything else (flow collections, anchors, tabs, inline
 * comments, bad indentation) is an error, which makes it a strict structural check as well.
 */
function readBlockYaml(text: string): Yaml {
  const lines = text.split('\n').map((raw, i) => ({ raw: raw.replace(/\s+$/, ''), no: i + 1 }));
  for (const l of lines) if (/^\s*\t/.test(l.raw)) throw new Error(`line ${l.no}: tab in indentation`);
  const indentOf = (s: string) => s.length - s.trimStart().length;
  const meaningful = (i: number) => {
    while (i < lines.length && (lines[i]!.raw.trim() === '' || lines[i]!.raw.trim().startsWith('#'))) i++;
    return i;
  };

  function value(rest: string, i: number, indent: number, no: number): [Yaml, number] {
    if (rest === '|' || rest === '|-') {
      const body: string[] = [];
      let j = i;
      let blockIndent = -1;
      while (j < lines.length) {
        const l = lines[j]!.raw;
        if (l.trim() !== '') {
          if (indentOf(l) <= indent) break;
          if (blockIndent < 0) blockIndent = indentOf(l);
          if (indentOf(l) < blockIndent) throw new Error(`line ${lines[j]!.no}: literal block dedents`);
        }
        body.push(l.slice(Math.max(0, blockIndent)));
        j++;
      }
      while (body.length > 0 && body[body.length - 1] === '') body.pop();
      return [body.join('\n') + (rest === '|' ? '\n' : ''), j];
    }
    if (rest !== '') {
      if (/^[[{&*!>]/.test(rest)) throw new Error(`line ${no}: unsupported YAML "${rest}"`);
      if (/\s#/.test(rest) && !/^["']/.test(rest)) throw new Error(`line ${no}: inline comment`);
      return [scalar(rest), i];
    }
    const j = meaningful(i);
    if (j >= lines.length || indentOf(lines[j]!.raw) <= indent) {
      // An empty value; a list may also stand at the key's own indentation.
      if (j < lines.length && indentOf(lines[j]!.raw) === indent && lines[j]!.raw.trimStart().startsWith('- ')) {
        return block(j, indent);
      }
      return [null, i];
    }
    return block(j, indentOf(lines[j]!.raw));
  }

  function block(i: number, indent: number): [Yaml, number] {
    i = meaningful(i);
    const isList = lines[i]!.raw.trimStart().startsWith('- ') || lines[i]!.raw.trim() === '-';
    const list: Yaml[] = [];
    const map: Record<string, Yaml> = {};
    while ((i = meaningful(i)) < lines.length) {
      const { raw, no } = lines[i]!;
      const ind = indentOf(raw);
      if (ind < indent) break;
      if (ind > indent) throw new Error(`line ${no}: unexpected indentation`);
      const body = raw.trimStart();
      if (isList) {
        if (!body.startsWith('- ')) throw new Error(`line ${no}: expected a list item`);
        const item = body.slice(2);
        const kv = /^([\w.-]+):(?:\s+(.*))?$/.exec(item);
        if (kv) {
          // A map inside a list item: its first key on the dash line, the others indented by two.
          const inner = ' '.repeat(indent + 2) + item;
          lines[i] = { raw: inner, no };
          const [v, next] = block(i, indent + 2);
          list.push(v);
          i = next;
        } else {
          const [v, next] = value(item, i + 1, indent, no);
          list.push(v);
          i = next;
        }
      } else {
        const kv = /^([\w.-]+):(?:\s+(.*))?$/.exec(body);
        if (!kv) throw new Error(`line ${no}: expected "key: value"`);
        if (kv[1]! in map) throw new Error(`line ${no}: duplicate key ${kv[1]}`);
        const [v, next] = value(kv[2] ?? '', i + 1, indent, no);
        map[kv[1]!] = v;
        i = next;
      }
    }
    return [isList ? list : map, i];
  }

  const [doc, end] = block(0, 0);
  if (meaningful(end) < lines.length) throw new Error(`line ${lines[meaningful(end)]!.no}: unexpected content`);
  return doc;
}

const BUILTINS = new Set(['set', 'echo', 'printf', 'exit', '[', 'test', 'cd', 'export', 'read', 'true', 'false', ':', 'shift', 'unset', 'return']);
const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'while', 'until', 'do', 'done', '!', '{', '}']);

/**
 * Every simple command of a shell script as its words, command substitutions `$( … )` included.
 * Quotes are kept in the words; backquote substitution is refused.
 */
function shellCommands(script: string): string[][] {
  const src = script.replace(/\\\n/g, ' ');
  const commands: string[][] = [];
  let words: string[] = [];
  let word = '';
  const endWord = () => {
    if (word !== '') words.push(word);
    word = '';
  };
  const endCommand = () => {
    endWord();
    if (words.length > 0) commands.push(words);
    words = [];
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === "'") {
      const j = src.indexOf("'", i + 1);
      if (j < 0) throw new Error('unterminated single quote');
      word += src.slice(i, j + 1);
      i = j + 1;
    } else if (c === '`') {
      throw new Error('backquote command substitution: use $( … )');
    } else if (c === '$' && src[i + 1] === '(') {
      // Find the matching parenthesis, skipping quoted text.
      let depth = 0;
      let j = i + 1;
      let quote: string | null = null;
      for (; j < src.length; j++) {
        const d = src[j]!;
        if (quote) {
          if (d === '\\' && quote === '"') j++;
          else if (d === quote) quote = null;
        } else if (d === '"' || d === "'") quote = d;
        else if (d === '(') depth++;
        else if (d === ')' && --depth === 0) break;
      }
      commands.push(...shellCommands(src.slice(i + 2, j)));
      word += '$(…)';
      i = j + 1;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < src.length && src[j] !== '"'; j++) {
        if (src[j] === '\\') j++;
        else if (src[j] === '$' && src[j + 1] === '(') throw new Error('command substitution inside double quotes is not checked');
      }
      word += src.slice(i, j + 1);
      i = j + 1;
    } else if (c === '#' && word === '') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === '\n' || c === ';' || c === '|' || c === '&') {
      endCommand();
      i++;
    } else if (c === ' ' || c === '\t') {
      endWord();
      i++;
    } else {
      word += c;
      i++;
    }
  }
  endCommand();
  // Drop keywords and leading assignments: what is left starts with the command.
  return commands
    .map((w) => {
      let k = 0;
      while (k < w.length && (KEYWORDS.has(w[k]!) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(w[k]!))) k++;
      return w.slice(k);
    })
    .filter((w) => w.length > 0);
}

async function workflow() {
  const text = await readFile(WORKFLOW, 'utf8');
  const own = readBlockYaml(text) as Record<string, any>;
  return { text, doc: own };
}

test('the workflow is valid YAML; js-yaml and the strict block reader agree on it', async () => {
  const { text, doc } = await workflow();
  let jsYaml: { load: (s: string) => unknown } | null = null;
  try {
    jsYaml = createRequire(path.join(ROOT, 'package.json'))('js-yaml');
  } catch {
    console.log('  (js-yaml not in node_modules: the workflow is checked with the block reader only)');
  }
  if (jsYaml) assert.equal(doc, jsYaml.load(text));
  assert.throws(() => readBlockYaml('a: 1\n  b: 2\n'), /indentation/);
  assert.throws(() => readBlockYaml('a:\n\t- b\n'), /tab/);
});

test('the workflow runs on pull requests, may write PR comments, and installs, tests, reports and uploads', async () => {
  const { doc } = await workflow();
  assert.ok('pull_request' in doc.on, 'on: pull_request');
  assert.is(doc.permissions['pull-requests'], 'write');
  const jobs = Object.values(doc.jobs) as { steps: Record<string, any>[] }[];
  assert.is(jobs.length, 1);
  const steps = jobs[0]!.steps;
  const uses = (name: string) => steps.find((s) => typeof s.uses === 'string' && s.uses.startsWith(`${name}@`));
  assert.is(uses('actions/checkout')?.with['fetch-depth'], 0);
  assert.is(uses('actions/setup-node')?.with['node-version'], 20);
  assert.is(uses('actions/setup-node')?.with.cache, 'npm');
  assert.match(uses('actions/upload-artifact')?.with.path, 'site/');
  for (const s of steps) if (s.uses) assert.match(s.uses, /^actions\/(checkout|setup-node|upload-artifact)@v\d+$/);

  const runs = steps.filter((s) => s.run).map((s) => s.run as string);
  const order = ['npm run setup', 'npm test', 'npm run --silent diff -- --base "origin/$BASE_REF"', 'gh api'];
  const at = order.map((cmd) => runs.findIndex((r) => r.includes(cmd)));
  assert.ok(at.every((i) => i >= 0), `every stage present: ${JSON.stringify(at)}`);
  assert.equal([...at].sort((a, b) => a - b), at, 'setup → test → diff → comment');
  const diffStep = steps.find((s) => typeof s.run === 'string' && s.run.includes(' diff '))!;
  assert.is(diffStep.env.BASE_REF, '${{ github.base_ref }}');
  assert.match(diffStep.run, '> diff-report.md');
  const comment = steps.find((s) => typeof s.run === 'string' && s.run.includes('gh pr comment'))!;
  assert.is(comment.env.GH_TOKEN, '${{ secrets.GITHUB_TOKEN }}');
  assert.match(comment.run, `marker='${REPORT_MARKER}'`, 'the comment is found by the marker the report starts with');
  assert.match(comment.run, '--method PATCH', 'an existing comment is updated');
  assert.match(diffStep.run, '--max-length 60000 > diff-comment.md');
  assert.match(comment.run, '--body-file diff-comment.md');
  assert.match(comment.run, 'body=@diff-comment.md');
});

test('every run step uses only npm scripts of package.json, gh, git and shell builtins', async () => {
  const { doc } = await workflow();
  const scripts = Object.keys(JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')).scripts);
  const steps = (Object.values(doc.jobs) as { steps: Record<string, any>[] }[]).flatMap((j) => j.steps);
  let checked = 0;
  for (const step of steps.filter((s) => s.run)) {
    for (const words of shellCommands(step.run)) {
      const [cmd, ...args] = words;
      checked++;
      if (cmd === 'npm') {
        const rest = args.filter((a) => !a.startsWith('-'));
        if (rest[0] === 'test') continue;
        assert.ok(rest[0] === 'run' || rest[0] === 'run-script', `npm ${args.join(' ')}: only npm run <script> or npm test`);
        assert.ok(scripts.includes(rest[1]!), `npm run ${rest[1]}: no such script in package.json`);
      } else {
        assert.ok(cmd === 'gh' || cmd === 'git' || BUILTINS.has(cmd!), `"${cmd}" in step "${step.name}" is not a project command, gh, git or a builtin`);
      }
    }
  }
  assert.ok(checked >= 10, `only ${checked} commands found`);
  assert.ok(scripts.includes('diff'), 'package.json has the diff script');
});

test('the shell reader finds commands in substitutions, after keywords and assignments', () => {
  assert.equal(
    shellCommands('x=$(gh api "a(b)" --jq ".[] | select(.x)")\nif [ -n "$x" ]; then curl -s x | sh; fi # done'),
    [['gh', 'api', '"a(b)"', '--jq', '".[] | select(.x)"'], ['[', '-n', '"$x"', ']'], ['curl', '-s', 'x'], ['sh']],
  );
});

test.run();
