/**
 * The pull-request workflow: valid YAML of the expected shape, and its run steps use only the
 * project's own commands (npm scripts that exist in package.json), gh, git and shell builtins.
 *
 * The YAML is read with the `yaml` package, strictly: any error or warning (bad indentation, tabs,
 * duplicate keys) fails the test. The run scripts are split into words with shell-quote's `parse`.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseShell } from 'shell-quote';
import YAML from 'yaml';
import { REPORT_MARKER } from '../../src/diff/markdown/index.ts';
import { ROOT } from '../support/helpers.ts';

const WORKFLOW = path.join(ROOT, '.github', 'workflows', 'pull-request.yml');

/** A YAML document, or an error naming the first problem the parser reported (error or warning). */
function readYaml(text: string): unknown {
  const doc = YAML.parseDocument(text, { strict: true, uniqueKeys: true, prettyErrors: true });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) throw new Error(problem.message);
  return doc.toJS();
}

const BUILTINS = new Set(['set', 'echo', 'printf', 'exit', '[', 'test', 'cd', 'export', 'read', 'true', 'false', ':', 'shift', 'unset', 'return']);
const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'while', 'until', 'do', 'done', '!', '{', '}']);
const SEPARATORS = new Set(['||', '&&', ';;', '|&', '&', ';', '|']);
const REDIRECTIONS = new Set(['>', '>>', '<', '>&']);

/**
 * Every simple command of a shell script as its words (quotes removed, variables left as `$NAME`),
 * command substitutions `$( … )` and subshells included. Backquote substitution is refused.
 */
function shellCommands(script: string): string[][] {
  if (script.includes('`')) throw new Error('backquote command substitution: use $( … )');
  const commands: string[][] = [];
  // shell-quote reads one line as one command list; a line break ends a command as `;` does.
  for (const line of script.replace(/\\\n/g, ' ').split('\n')) {
    const open: string[][] = [[]];
    const end = () => {
      const words = open.pop()!;
      if (words.length > 0) commands.push(words);
    };
    const tokens = parseShell(line, (name) => `$${name}`);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const words = open[open.length - 1]!;
      if (typeof t === 'string') {
        if (t.includes('$(')) throw new Error('command substitution inside double quotes is not checked');
        words.push(t);
      } else if ('comment' in t) {
        break;
      } else if (t.op === 'glob') {
        words.push(t.pattern);
      } else if (t.op === '(') {
        // `$(` arrives as a word ending in `$` and an opening parenthesis.
        const last = words.length - 1;
        if (last >= 0 && words[last]!.endsWith('$')) words[last] += '(…)';
        open.push([]);
      } else if (t.op === ')') {
        if (open.length === 1) throw new Error(`unbalanced ")" in: ${line}`);
        end();
      } else if (SEPARATORS.has(t.op)) {
        end();
        open.push([]);
      } else if (REDIRECTIONS.has(t.op)) {
        i++; // the file redirected to is no argument
      } else {
        throw new Error(`unsupported shell operator "${t.op}" in: ${line}`);
      }
    }
    if (open.length !== 1) throw new Error(`unbalanced "(" in: ${line}`);
    end();
  }
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
  return { text, doc: readYaml(text) as Record<string, any> };
}

test('the workflow is valid YAML, read strictly', async () => {
  const { doc } = await workflow();
  assert.type(doc, 'object');
  assert.throws(() => readYaml('a: 1\n  b: 2\n'), /compact mappings|single line/);
  assert.throws(() => readYaml('a:\n\t- b\n'), /[Tt]ab/);
  assert.throws(() => readYaml('a: 1\na: 2\n'), /unique/);
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

  const at = (pred: (s: Record<string, any>) => boolean) => steps.findIndex(pred);
  const runs = (cmd: string) => (s: Record<string, any>) => typeof s.run === 'string' && s.run.includes(cmd);
  const order = [
    at(runs('npm run setup')),
    at(runs('npm test')),
    at(runs('npm run --silent diff -- --base "origin/$BASE_REF"')),
    at((s) => s.id === 'upload' && typeof s.uses === 'string' && s.uses.startsWith('actions/upload-artifact@')),
    at(runs('gh api')),
  ];
  assert.ok(order.every((i) => i >= 0), `every stage present: ${JSON.stringify(order)}`);
  assert.equal([...order].sort((a, b) => a - b), order, 'setup → test → diff → upload → comment (the comment links the artifact)');
  const diffStep = steps[order[2]!]!;
  assert.is(diffStep.env.BASE_REF, '${{ github.base_ref }}');
  assert.match(diffStep.run, '--visual diff-visual > diff-report.md', 'the report with the review page of its pictures');
  const upload = steps[order[3]!]!;
  assert.is(upload.id, 'upload');
  assert.match(upload.with.path, 'diff-report.md');
  assert.match(upload.with.path, 'diff-visual/', 'the review page is uploaded with the report');
  const comment = steps[order[4]!]!;
  assert.match(comment.run, 'gh pr comment');
  assert.is(comment.env.GH_TOKEN, '${{ secrets.GITHUB_TOKEN }}');
  assert.is(comment.env.ARTIFACT_URL, '${{ steps.upload.outputs.artifact-url }}');
  assert.match(comment.if, "steps.upload.outputs.artifact-url != ''");
  assert.match(comment.run, `marker='${REPORT_MARKER}'`, 'the comment is found by the marker the report starts with');
  assert.match(comment.run, '--method PATCH', 'an existing comment is updated');
  assert.match(comment.run, '--visual diff-visual --visual-href "$ARTIFACT_URL" --max-length 60000 > diff-comment.md');
  assert.ok(comment.run.indexOf('> diff-comment.md') < comment.run.indexOf('gh api'), 'the comment is written before it is posted');
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
    [['gh', 'api', 'a(b)', '--jq', '.[] | select(.x)'], ['[', '-n', '$x', ']'], ['curl', '-s', 'x'], ['sh']],
  );
  assert.equal(shellCommands('a > out.md || (b; c) && d \\\n  --flag'), [['a'], ['b'], ['c'], ['d', '--flag']]);
  assert.throws(() => shellCommands('echo `date`'), /backquote/);
  assert.throws(() => shellCommands('echo "$(date)"'), /inside double quotes/);
});

test.run();
