/**
 * Progress of a long run: phases with counts and timings. On a terminal a phase redraws one bar as
 * its count grows; elsewhere (CI, logs) each phase prints one plain line when it ends, with its count.
 */
export interface Progress {
  phase<T>(name: string, work: (tick: (done: number, total: number) => void) => Promise<T>): Promise<T>;
  /** Per phase: when it started (ms after the progress was made) and its wall time, in the order the phases ended. */
  readonly timings: PhaseTiming[];
}

export interface PhaseTiming {
  name: string;
  start: number;
  ms: number;
}

export function createProgress(stream: NodeJS.WritableStream | null = process.stderr): Progress {
  const tty = Boolean(stream && (stream as NodeJS.WriteStream).isTTY) && !process.env.CI;
  const timings: PhaseTiming[] = [];
  const origin = performance.now();
  return {
    timings,
    async phase(name, work) {
      const start = performance.now();
      let count = '';
      let drawn = false;
      const tick = (done: number, total: number) => {
        count = `${done}/${total}`;
        if (!stream || !tty) return;
        const width = 24;
        const filled = total > 0 ? Math.round((done / total) * width) : width;
        stream.write(`\r${name.padEnd(12)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count}`);
        drawn = true;
      };
      const result = await work(tick);
      const ms = performance.now() - start;
      timings.push({ name, start: start - origin, ms });
      if (stream) {
        stream.write(`${drawn ? '\r\x1b[K' : ''}${name.padEnd(12)} ${count.padStart(9)} ${ms.toFixed(0).padStart(6)} ms\n`);
      }
      return result;
    },
  };
}
