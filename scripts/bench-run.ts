/**
 * One measured build in its own process (so peak memory is this build's alone). Prints JSON:
 * phase timings, what was written, the peak resident set size and the CPU time the build used.
 * Used by scripts/bench.ts.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { build } from '../src/build.ts';
import { createProgress } from '../src/runtime/progress.ts';

const { values } = parseArgs({
  options: { data: { type: 'string' }, out: { type: 'string' }, cache: { type: 'string' } },
});
/**
 * CPU time of the process's children that have ended (Chromium, once the build closed it), in ms:
 * cutime + cstime from /proc (Linux; USER_HZ is 100). NaN where there is no /proc.
 */
function childrenCpuMs(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[13]) + Number(fields[14])) / 100) * 1000;
  } catch {
    return NaN;
  }
}

const progress = createProgress(null);
const cpu = process.cpuUsage();
const children = childrenCpuMs();
const summary = await build({ dataDir: values.data!, outDir: values.out!, progress, cacheDir: values.cache });
const node = process.cpuUsage(cpu);
process.stdout.write(
  JSON.stringify({
    timings: progress.timings,
    summary,
    maxRssKB: process.resourceUsage().maxRSS,
    // CPU time spent during the build: Node (all its threads) and Chromium (all its processes).
    cpuMs: { node: (node.user + node.system) / 1000, chromium: childrenCpuMs() - children },
  }) + '\n',
);
