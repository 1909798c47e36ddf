/**
 * The parent's side of the builder (builder.ts): start it, ask it to build, restart it when a source
 * file changed. A builder that dies is started again on the next build, and the build it was doing
 * reports what it printed.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { COMPILED, PROJECT_ROOT } from '../runtime/paths.ts';
import type { BuilderReply, BuilderRequest } from './builder.ts';
import type { BuildResult } from './rebuilds.ts';

/**
 * Whether a changed file needs a new builder process: the code (src/, scripts/, the Eleventy
 * config, the lock file) is loaded once per process; data and templates are read on every build.
 */
export function needsRestart(file: string, root = PROJECT_ROOT): boolean {
  const rel = path.relative(root, path.resolve(file)).split(path.sep).join('/');
  return /^(src|scripts)\//.test(rel) || rel === '.eleventy.js' || rel === 'package-lock.json';
}

export interface Builder {
  /** Start the builder process now (it loads its code while the caller does something else). */
  start(): void;
  /** Build once (starting the builder first when it is not running). */
  build(): Promise<BuildResult>;
  /** Stop the builder; the next build starts a new one (with the code as it is then). */
  restart(): void;
  /** The builder's process id, or undefined when none runs. */
  pid(): number | undefined;
  stop(): Promise<void>;
}

interface Running {
  child: ChildProcess;
  ready: Promise<void>;
  /** What the builder printed on its error stream during the current build. */
  errors: string;
  exited: Promise<void>;
}

export function startBuilder(opts: {
  args: string[];
  env: NodeJS.ProcessEnv;
  /** Called when a builder has ended, in any way, with the browser context its pages were in. */
  onPagesLeft?: (context: string) => void;
}): Builder {
  let running: Running | undefined;
  // The builder runs the way this process runs: compiled (scripts/run.mjs compiles what changed), or from source.
  const command = COMPILED
    ? [path.join(PROJECT_ROOT, 'scripts', 'run.mjs'), 'dev-build']
    : ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts', 'dev-build.ts')];

  const launch = (): Running => {
    const child = spawn(process.execPath, [...command, ...opts.args], {
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
      env: opts.env,
    });
    let context: string | undefined;
    child.on('message', (m: BuilderReply) => {
      if (m.type === 'pages') context = m.context;
    });
    const r: Running = {
      child,
      errors: '',
      ready: new Promise((resolve, reject) => {
        child.on('message', (m: BuilderReply) => m.type === 'ready' && resolve());
        child.once('exit', (code) => reject(new Error(`the builder stopped before it was ready (exit ${code})`)));
      }),
      exited: new Promise((resolve) => child.once('exit', () => resolve())),
    };
    r.ready.catch(() => undefined);
    child.stderr!.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk);
      r.errors += chunk.toString('utf8');
    });
    void r.exited.then(() => {
      if (running === r) running = undefined;
      // Killed, it could not close its pages in the session's Chromium: close them here.
      if (context !== undefined) opts.onPagesLeft?.(context);
    });
    return r;
  };

  const stopOne = async (r: Running | undefined) => {
    if (!r) return;
    if (r.child.connected) r.child.disconnect(); // it finishes its build, closes its pages and exits
    const timer = setTimeout(() => r.child.kill('SIGTERM'), 10_000);
    await r.exited;
    clearTimeout(timer);
  };

  return {
    start() {
      running ??= launch();
    },
    async build() {
      const r = (running ??= launch());
      try {
        await r.ready;
      } catch (e) {
        return { ok: false, errors: `${r.errors}\n${(e as Error).message}` };
      }
      r.errors = '';
      return new Promise<BuildResult>((resolve) => {
        const onMessage = (m: BuilderReply) => {
          if (m.type !== 'built') return;
          cleanup();
          resolve({ ok: m.ok, errors: m.errors || r.errors });
        };
        const onExit = (code: number | null) => {
          cleanup();
          resolve({ ok: false, errors: `${r.errors}\nthe builder stopped during the build (exit ${code}); the next change starts a new one` });
        };
        const cleanup = () => {
          r.child.off('message', onMessage);
          r.child.off('exit', onExit);
        };
        r.child.on('message', onMessage);
        r.child.once('exit', onExit);
        r.child.send({ type: 'build' } satisfies BuilderRequest);
      });
    },
    restart() {
      const r = running;
      running = undefined;
      void stopOne(r);
    },
    pid: () => running?.child.pid,
    stop: () => {
      const r = running;
      running = undefined;
      return stopOne(r);
    },
  };
}
