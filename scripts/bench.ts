/**
 * `npm run bench`: the build's speed as its users wait for it, every figure a whole process timed
 * from outside, from the command to the result, as the median of several runs; what is compared is
 * measured in the same run, interleaved (A B A B …), so a ratio holds when the machine's speed drifts.
 * Prints a report and writes it to bench/results.md.
 *
 *   --runs N       runs per measurement (default 5; the 100× build runs min(N, 3) times)
 *   --scales L     synthetic scales, comma-separated (default 1,100)
 *   --skip-tests   do not time the test tiers
 *
 * What it measures, each against its target (issue "Speed as a user feels it"):
 *   1. a cold build (no site/, no cache) against the floor (scripts/bench-floor.ts): ≤ 1.5×;
 *   2. a build after one CSV value changed, cache kept: ≤ 2 s;
 *   3. `npm run dev`: from saving a CSV value to the served page showing it: ≤ 1 s;
 *   4. synthetic data at 1× and 100×: 100× ≤ 5× the 1× time, peak memory < 400 MB;
 *   5. the test tiers' wall time: `npm run test:unit` (no browser, no build) ≤ 30 s, and `npm test`
 *      (type check and every test, what CI runs) ≤ 3 minutes, on this machine.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { defineCommand, main } from '../src/cli/command.ts';
import { UsageError } from '../src/errors.ts';
import * as message from '../src/messages.ts';
import { TABLES, type TableName } from '../src/data/schema.ts';
import { formatNumber as dutch } from '../src/format/dutch.ts';
import { PROJECT_ROOT as ROOT, seedsDir } from '../src/runtime/paths.ts';
import type { PhaseTiming } from '../src/runtime/progress.ts';
import { synthesise } from './lib/synth.ts';

export const command = defineCommand({
  name: 'bench',
  usage: 'npm run bench -- [--runs N] [--scales 1,100] [--skip-tests]',
  summary: 'Time the build as its users wait for it, whole processes from outside, medians of interleaved runs; writes bench/results.md.',
  options: {
    runs: { type: 'string', default: '5', help: 'runs per measurement (the 100× build runs at most 3 times)' },
    scales: { type: 'string', default: '1,100', help: 'synthetic scales, comma-separated' },
    'skip-tests': { type: 'boolean', default: false, help: 'do not time the test tiers' },
  },
  async run({ values }, io) {
    const RUNS = Number(values.runs);
    if (!Number.isInteger(RUNS) || RUNS < 1) throw new UsageError(message.cli.notWholeNumber('--runs', values.runs, 1));
    const SCALES = values.scales.split(',').map(Number);
    const bad = values.scales.split(',').find((x) => !/^\d+$/.test(x.trim()) || Number(x) < 1);
    if (bad !== undefined) throw new UsageError(message.cli.notWholeNumber('--scales', bad, 1));
    const tmp = await mkdtemp(path.join(os.tmpdir(), 'mpp-bench-'));
    /** The environment of every process the bench starts. */
    const env: NodeJS.ProcessEnv = { ...process.env, CI: '1' };
    const RUN = path.join(ROOT, 'scripts', 'run.mjs');

    interface Timings {
      phases: PhaseTiming[];
      summary: { pages: number; pdfs: number; charts: number; ms: number };
      maxRssKB: number;
      cpuMs: number;
    }

    /** Run a command to its end; resolves with its wall time in ms. Fails with its output when it fails. */
    function timed(cmd: string, args: string[], opts: { cwd?: string } = {}): Promise<number> {
      return new Promise((resolve, reject) => {
        const start = performance.now();
        const child = spawn(cmd, args, { cwd: opts.cwd ?? ROOT, stdio: ['ignore', 'ignore', 'pipe'], env });
        let err = '';
        child.stderr.on('data', (c: Buffer) => (err = (err + c.toString()).slice(-4000)));
        child.on('close', (code) => (code === 0 ? resolve(performance.now() - start) : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}:\n${err}`))));
      });
    }

    /** A build as `npm run build` runs it (node scripts/run.mjs build), its phase timings written beside. */
    async function buildProcess(data: string, out: string, cache: string, label: string): Promise<{ ms: number; t: Timings }> {
      const file = path.join(tmp, `${label}.json`);
      const ms = await timed(process.execPath, [RUN, 'build', '--data', data, '--out', out, '--cache', cache, '--timings', file]);
      return { ms, t: JSON.parse(await readFile(file, 'utf8')) as Timings };
    }

    /** Figures in this English report: a decimal point, thousands unseparated. */
    const formatNumber = (n: number, decimals = 0) => n.toFixed(decimals);
    const median = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      const m = s.length >> 1;
      return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
    };
    const sec = (ms: number) => `${formatNumber(ms / 1000, 2)} s`;
    const range = (xs: number[]) => `${sec(Math.min(...xs))}–${sec(Math.max(...xs))}`;
    const mib = (kb: number) => `${formatNumber(kb / 1024, 0)} MiB`;
    const lines: string[] = [];
    const say = (s = '') => {
      lines.push(s);
      io.out(`${s}\n`);
    };
    const progress = (s: string) => io.err(`  ${s}\n`);
    const verdict = (ok: boolean, by: string) => (ok ? 'met' : `**missed** (${by})`);

    /** The number of pages of a PDF, from its page tree's /Count (Chromium writes one page tree). */
    async function pdfPages(file: string): Promise<number> {
      const text = (await readFile(file)).toString('latin1');
      const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
      if (counts.length === 0) throw new Error(`bench: no page count in ${file}`);
      return Math.max(...counts);
    }

    async function siteShape(site: string) {
      const files = (await readdir(site, { recursive: true })).map(String);
      const html = files.filter((f) => f.endsWith('.html'));
      const sizes = await Promise.all(html.map(async (f) => (await stat(path.join(site, f))).size));
      const pdfs = files.filter((f) => f.endsWith('.pdf')).sort();
      const svg = files.find((f) => f.startsWith('data/grafieken/') && f.endsWith('.svg'));
      return {
        pages: await Promise.all(pdfs.map((f) => pdfPages(path.join(site, f)))),
        html: html.length,
        htmlBytes: Math.round(sizes.reduce((a, b) => a + b, 0) / Math.max(1, html.length)),
        svg: path.join(site, svg!),
      };
    }

    say('# Benchmark');
    say();
    say(
      `Machine: ${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? '?'}), ${formatNumber(os.totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}. ` +
        `Every time is a whole process timed from outside, from the command to the result; medians of ${RUNS} runs; ` +
        `what is compared is measured in the same run, interleaved. The builds run \`node scripts/run.mjs build\`, which is what \`npm run build\` runs ` +
        `(npm itself adds its own start-up, about 0.2 s, on top).`,
    );
    say();

    // 1. Cold build against the floor, interleaved.
    const data = path.join(ROOT, 'data');
    const cold: { ms: number; t: Timings }[] = [];
    const floor: number[] = [];
    let shape: Awaited<ReturnType<typeof siteShape>> | undefined;
    for (let i = 0; i < RUNS; i++) {
      const out = path.join(tmp, `cold-site-${i}`);
      cold.push(await buildProcess(data, out, path.join(tmp, `cold-cache-${i}`), `cold-${i}`));
      shape ??= await siteShape(out);
      // The floor prints the same letters' page counts and writes as many pages of the same mean size.
      const floorOut = path.join(tmp, `floor-${i}`);
      floor.push(
        await timed(process.execPath, [RUN, 'bench-floor', '--pages', shape.pages.join(','), '--html', String(shape.html), '--html-bytes', String(shape.htmlBytes), '--svg', shape.svg, '--out', floorOut]),
      );
      await rm(floorOut, { recursive: true, force: true });
      progress(`cold build ${sec(cold.at(-1)!.ms)}, floor ${sec(floor.at(-1)!)}`);
    }
    const coldMs = median(cold.map((c) => c.ms));
    const floorMs = median(floor);
    const pairRatio = median(cold.map((c, i) => c.ms / floor[i]!));
    const middle = [...cold].sort((a, b) => a.ms - b.ms)[cold.length >> 1]!;
    say('## Cold build against the floor');
    say();
    say(`Shipped data, no \`site/\` and no cache: ${middle.t.summary.pages} pages, ${middle.t.summary.pdfs} PDFs (${shape!.pages.join(', ')} pages), ${middle.t.summary.charts} charts.`);
    say();
    say(`| | median | range |`);
    say(`|---|---:|---:|`);
    say(`| cold \`npm run build\` | **${sec(coldMs)}** | ${range(cold.map((c) => c.ms))} |`);
    say(`| floor: one Chromium started inside the timing, one reused page per core, printing PDFs with the letters' page counts from plain HTML with a chart's SVG, and ${shape!.html} HTML files written | **${sec(floorMs)}** | ${range(floor)} |`);
    say();
    say(`**Cold build ÷ floor: ${formatNumber(coldMs / floorMs, 2)}** (median of the pairs: ${formatNumber(pairRatio, 2)}); target ≤ 1.5: ${verdict(coldMs / floorMs <= 1.5, `by ${sec(coldMs - 1.5 * floorMs)}, ${formatNumber(coldMs / floorMs / 1.5, 1)}× the target`)}.`);
    say();
    const cpu = middle.t.cpuMs;
    say(
      `Where the time goes (the median run): the build process used ${sec(cpu)} of CPU (Node: main thread and its PNG thread; Chromium's CPU not included). ` +
        `On ${os.availableParallelism()} cores that alone takes at least ${sec(cpu / os.availableParallelism())}. ` +
        `Node's start-up and imports before the first phase: ${sec(middle.ms - middle.t.summary.ms)} of the process's ${sec(middle.ms)} (start-up, compiled-code check, imports; closing the browser).`,
    );
    say();
    say(`| phase | starts | ends | wall |`);
    say(`|---|---:|---:|---:|`);
    for (const p of [...middle.t.phases].sort((a, b) => a.start - b.start)) {
      say(`| ${p.name} | ${sec(p.start)} | ${sec(p.start + p.ms)} | ${sec(p.ms)} |`);
    }
    say();
    say(
      'The letters print in Chromium while Node renders the site charts; the data files (with their PNGs, drawn on a thread of their own) and the preview images are written while the pages render. ' +
        'The critical path is the phase that ends last after each join: load → letter charts → the longer of letters and site charts → pages.',
    );
    say();

    // 2. Warm build, one value changed.
    const warmData = path.join(tmp, 'warm-data');
    await cp(data, warmData, { recursive: true });
    const warmCache = path.join(tmp, 'warm-cache');
    const warmOut = path.join(tmp, 'warm-site');
    const prognoses = path.join(warmData, TABLES.prognoses.file);
    const original = await readFile(prognoses, 'utf8');
    const VALUE = /^mpp,2025,asylum-inflow-total,,medio,2025,47000,/m;
    if (!VALUE.test(original)) throw new Error('bench: MPP 2025 medio 2025 total inflow (47000) is no longer in data/prognoses.csv');
    // The row's quote says the figure, and the build checks that its source prints the quote: each
    // value the bench sets goes into the quote too, and into a copy of the seeds ($MPP_SEEDS for every
    // build and npm run dev below), beside the letter's own sentence.
    const QUOTE = 'ca. 40.000 in het minimumscenario, 47.000 in het medioscenario en 55.300 in het maximumscenario';
    const quoted = (v: number) => QUOTE.replace('47.000', dutch(v));
    const row = original.match(/^mpp,2025,asylum-inflow-total,,medio,2025,47000,.*$/m)![0];
    if (!row.includes(QUOTE)) throw new Error(`bench: the quote of MPP 2025 medio 2025 total inflow no longer reads "${QUOTE}"`);
    /** The value of the i-th warm build, and of the i-th save under npm run dev. */
    const warmValue = (i: number) => 47100 + 100 * i;
    const devValue = (i: number) => 48100 + 100 * i;
    const benchValues = [...Array.from({ length: RUNS }, (_, i) => warmValue(i)), ...Array.from({ length: RUNS + 1 }, (_, i) => devValue(i))];
    const setValue = (v: number) => writeFile(prognoses, original.replace(row, row.replace(',medio,2025,47000,', `,medio,2025,${v},`).replace(QUOTE, quoted(v))));
    const seeds = path.join(tmp, 'seeds');
    await cp(seedsDir(), seeds, { recursive: true });
    const seed = (await readdir(seeds)).find((f) => f.endsWith('.txt') && readFileSync(path.join(seeds, f), 'utf8').replace(/\s+/g, ' ').includes(QUOTE));
    if (!seed) throw new Error(`bench: no seed prints "${QUOTE}"`);
    await appendFile(path.join(seeds, seed), `\n${benchValues.map(quoted).join('\n')}\n`);
    env.MPP_SEEDS = seeds;
    await buildProcess(warmData, warmOut, warmCache, 'warm-prime');
    const warm: { ms: number; t: Timings }[] = [];
    for (let i = 0; i < RUNS; i++) {
      await setValue(warmValue(i));
      warm.push(await buildProcess(warmData, warmOut, warmCache, `warm-${i}`));
      progress(`warm build ${sec(warm.at(-1)!.ms)}`);
    }
    const warmMs = median(warm.map((w) => w.ms));
    say('## One value changed, cache kept');
    say();
    say(
      `MPP 2025 medio 2025 total inflow set to a new value before each build: the charts and letters that show it are made again, the rest comes from the cache. ` +
        `\`npm run build\`: **${sec(warmMs)}** (${range(warm.map((w) => w.ms))}); target ≤ 2 s: ${verdict(warmMs <= 2000, `by ${sec(warmMs - 2000)}`)}.`,
    );
    say();

    // 3. npm run dev: save → the served page shows the value.
    async function devLoop(): Promise<number[]> {
      const child: ChildProcess = spawn(process.execPath, [RUN, 'dev', '--data', warmData, '--out', path.join(tmp, 'dev-site'), '--port', '0'], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
        env,
      });
      let log = '';
      child.stderr!.on('data', (c: Buffer) => (log += c.toString()));
      try {
        const url = await new Promise<string>((resolve, reject) => {
          child.stdout!.on('data', (c: Buffer) => {
            log += c.toString();
            const m = /serving (http:\/\/\S+) \(watching/.exec(log);
            if (m) resolve(m[1]!);
          });
          child.once('exit', (code) => reject(new Error(`npm run dev exited ${code}:\n${log}`)));
        });
        const reloads: number[] = [];
        await new Promise<void>((resolve) => {
          http.get(new URL('/__mpp-dev/events', url), (res) => {
            res.on('data', (c: Buffer) => String(c).includes('event: reload') && reloads.push(performance.now()));
            resolve();
          });
        });
        const page = new URL('edities/2025/', url);
        const times: number[] = [];
        for (let i = 0; i < RUNS + 1; i++) {
          const v = devValue(i);
          const seen = reloads.length;
          const t0 = performance.now();
          await setValue(v);
          for (;;) {
            while (reloads.length === seen) await new Promise((r) => setTimeout(r, 2));
            if ((await (await fetch(page)).text()).includes(dutch(v))) break;
            throw new Error(`bench: the page did not show ${v} after the reload:\n${log.slice(-2000)}`);
          }
          if (i > 0) times.push(performance.now() - t0); // the first save also warms the builder's code paths
          progress(`dev: save → page shows it ${sec(performance.now() - t0)}`);
          await new Promise((r) => setTimeout(r, 300));
        }
        return times;
      } finally {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
    }
    const dev = await devLoop();
    const devMs = median(dev);
    say('## `npm run dev`: from saving a value to the page showing it');
    say();
    say(
      `MPP 2025 medio 2025 total inflow saved with a new value ${dev.length} times in the running \`npm run dev\` (after one save that is not counted), each time timed from writing the file to fetching the reloaded page with the new figure ` +
        `(the reload event, then the page): **${sec(devMs)}** (${range(dev)}); target ≤ 1 s: ${verdict(devMs <= 1000, `by ${sec(devMs - 1000)}`)}. ` +
        `This includes the 100 ms the dev server waits for an editor's burst of writes to end.`,
    );
    say();

    // 4. Synthetic data.
    say('## Synthetic data');
    say();
    say(`| scale | prognosis rows | pages | PDFs | cold build | × of 1× | peak memory of the build process |`);
    say(`|---:|---:|---:|---:|---:|---:|---:|`);
    const synth: Record<number, { ms: number; rss: number }> = {};
    for (const scale of SCALES) {
      const dir = path.join(tmp, `synth-${scale}`);
      const tables = synthesise(scale);
      await mkdir(dir, { recursive: true });
      for (const [t, text] of Object.entries(tables)) await writeFile(path.join(dir, TABLES[t as TableName].file), text);
      const runs: { ms: number; t: Timings }[] = [];
      for (let i = 0; i < (scale >= 100 ? Math.min(RUNS, 3) : RUNS); i++) {
        runs.push(await buildProcess(dir, path.join(tmp, `synth-${scale}-site`), path.join(tmp, `synth-${scale}-cache-${i}`), `synth-${scale}-${i}`));
        progress(`${scale}×: ${sec(runs.at(-1)!.ms)}`);
      }
      const ms = median(runs.map((r) => r.ms));
      const rss = Math.max(...runs.map((r) => r.t.maxRssKB));
      synth[scale] = { ms, rss };
      const rows = tables.prognoses.split('\n').length - 2;
      const base = synth[SCALES[0]!]!.ms;
      say(`| ${scale}× | ${formatNumber(rows)} | ${runs[0]!.t.summary.pages} | ${runs[0]!.t.summary.pdfs} | ${sec(ms)} | ${formatNumber(ms / base, 1)} | ${mib(rss)} |`);
      await rm(dir, { recursive: true, force: true });
    }
    say();
    const big = synth[100];
    const small = synth[1];
    if (big && small) {
      say(
        `100× ÷ 1×: ${formatNumber(big.ms / small.ms, 1)}; target ≤ 5: ${verdict(big.ms / small.ms <= 5, `by ${formatNumber(big.ms / small.ms - 5, 1)}`)}. ` +
          `Peak memory at 100×: ${mib(big.rss)}; target < 400 MB (${formatNumber(400e6 / 2 ** 20, 0)} MiB): ${verdict(big.rss * 1024 < 400e6, `by ${mib(big.rss - 400e6 / 1024)}`)}. ` +
          `Peak memory is the build process's own maximum resident set (Node, its threads included; Chromium is a process of its own).`,
      );
      say();
    }

    // 5. The test tiers, beside the build: the unit tier (the inner loop) and the whole suite (CI).
    if (!values['skip-tests']) {
      const unit: number[] = [];
      const whole: number[] = [];
      // Interleaved like the builds; the whole suite takes minutes, so it runs at most twice.
      for (let i = 0; i < Math.min(RUNS, 2); i++) {
        unit.push(await timed('npm', ['run', 'test:unit'], { cwd: ROOT }));
        progress(`npm run test:unit ${sec(unit.at(-1)!)}`);
        whole.push(await timed('npm', ['test'], { cwd: ROOT }));
        progress(`npm test ${sec(whole.at(-1)!)}`);
      }
      const unitMs = median(unit);
      const wholeMs = median(whole);
      say('## Tests');
      say();
      say(`| tier | what | wall time | range | target |`);
      say(`|---|---|---:|---:|---|`);
      say(`| \`npm run test:unit\` | every test that needs no browser and no build | **${sec(unitMs)}** | ${range(unit)} | ≤ 30 s: ${verdict(unitMs <= 30_000, `by ${sec(unitMs - 30_000)}`)} |`);
      say(`| \`npm test\` | type check and every test, unit and slow (what CI runs) | **${sec(wholeMs)}** | ${range(whole)} | ≤ 180 s: ${verdict(wholeMs <= 180_000, `by ${sec(wholeMs - 180_000)}`)} |`);
      say();
      say(`Medians of ${unit.length} run(s) each, interleaved, every test passing (a failing run stops the benchmark); beside them, the cold build above: **${sec(coldMs)}**.`);
      say();
    }

    await writeFile(path.join(ROOT, 'bench', 'results.md'), lines.join('\n') + '\n');
    await rm(tmp, { recursive: true, force: true });
    io.err('\nwritten to bench/results.md\n');
  },
});

await main(command, import.meta.url);
