/**
 * Rebuilding on every change, one build at a time: changes that arrive while a build runs are
 * gathered and start exactly one more build when it ends; a burst of events (an editor that writes a
 * temporary file and renames it, Excel's several writes) is debounced into one build.
 */
export interface BuildResult {
  ok: boolean;
  /** What the build printed on its error stream (the located errors when the data is bad). */
  errors: string;
}

export interface Rebuilds {
  /** Note a changed path; a build follows after the quiet period. */
  changed(file: string): void;
  /** Resolves when no build is running or waiting. */
  idle(): Promise<void>;
  stop(): void;
}

export function scheduleRebuilds(
  run: (changed: string[]) => Promise<BuildResult>,
  done: (result: BuildResult, changed: string[]) => void,
  quietMs = 100,
): Rebuilds {
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let stopped = false;
  const waiters: (() => void)[] = [];

  const settle = () => {
    if (running || timer || pending.size > 0) return;
    for (const w of waiters.splice(0)) w();
  };

  const start = () => {
    timer = undefined;
    if (stopped || running || pending.size === 0) return settle();
    const files = [...pending].sort();
    pending = new Set();
    running = run(files)
      .catch((e: Error): BuildResult => ({ ok: false, errors: e.stack ?? String(e) }))
      .then((result) => done(result, files))
      .finally(() => {
        running = null;
        if (pending.size > 0 && !timer) timer = setTimeout(start, quietMs);
        settle();
      });
  };

  return {
    changed(file) {
      if (stopped) return;
      pending.add(file);
      clearTimeout(timer);
      timer = setTimeout(start, quietMs);
    },
    idle() {
      return new Promise((resolve) => {
        waiters.push(resolve);
        settle();
      });
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
      pending.clear();
      settle();
    },
  };
}
