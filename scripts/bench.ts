/**
 * `npm run bench`: measures the full build (site and PDFs) against the floor, and at 1×, 10× and
 * 100× synthetic data. Prints a report and writes it to bench/results.md.
 *
 *   --runs N     builds per measurement (median; default 3, the 100× scale uses fewer)
 *   --scales L   synthetic scales, comma-separated (default 1,10,100)
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import { BROWSER_ENDPOINT_ENV, launchBrowser, sharedEndpoint } from '../src/runtime/browser.ts';
import { synthesise } from './lib/synth.ts';
import { TABLES, type TableName } from '../src/data/schema.ts';

const run = promisify(execFile);
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, scales: { type: 'string', default: '1,10,100' } },
});
const RUNS = Number(values.runs);
const SCALES = values.scales!.split(',').map(Number);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const tmp = await mkdtemp(path.join(os.tmpdir(), 'mpp-bench-'));

interface RunResult {
  timings: { name: string; ms: number }[];
  summary: { pages: number; pdfs: number; ms: number };
  maxRssKB: number;
  cpuMs: { node: number; chromium: number };
  wallMs: number;
}

async function measure(dataDir: string, outDir: string, cacheDir: string, env: NodeJS.ProcessEnv = process.env): Promise<RunResult> {
  const start = performance.now();
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'scripts', 'bench-run.ts'), '--data', dataDir, '--out', outDir, '--cache', cacheDir],
    { cwd: ROOT, maxBuffer: 1 << 24, env },
  );
  const result = JSON.parse(stdout.trim().split('\n').pop()!) as Omit<RunResult, 'wallMs'>;
  return { ...result, wallMs: performance.now() - start };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const lines: string[] = [];
const say = (s = '') => {
  lines.push(s);
  console.log(s);
};

/** Cold builds (fresh cache each run): median per phase. */
async function coldBuilds(dataDir: string, runs: number, label: string) {
  const results: RunResult[] = [];
  for (let i = 0; i < runs; i++) {
    const cache = await mkdtemp(path.join(tmp, 'cache-'));
    results.push(await measure(dataDir, path.join(tmp, `${label}-site`), cache));
    process.stderr.write(`  ${label}: run ${i + 1}/${runs} ${fmt(results.at(-1)!.summary.ms)}\n`);
  }
  const phases = results[0]!.timings.map((t) => t.name);
  const perPhase = phases.map((name) => ({
    name,
    ms: median(results.map((r) => r.timings.find((t) => t.name === name)?.ms ?? 0)),
  }));
  return {
    perPhase,
    total: median(results.map((r) => r.summary.ms)),
    process: median(results.map((r) => r.wallMs)),
    cpuNode: median(results.map((r) => r.cpuMs.node)),
    cpuChromium: median(results.map((r) => r.cpuMs.chromium)),
    maxRssKB: Math.max(...results.map((r) => r.maxRssKB)),
    pages: results[0]!.summary.pages,
    pdfs: results[0]!.summary.pdfs,
    out: path.join(tmp, `${label}-site`),
  };
}

/** The floor: the same PDFs (same page counts) printed by one warm Chromium from plain HTML, plus writing the same HTML bytes from Node. */
async function floor(site: string) {
  const files = (await readdir(site, { recursive: true })).map(String);
  const pdfFiles = files.filter((f) => f.endsWith('.pdf'));
  const htmlFiles = files.filter((f) => f.endsWith('.html'));
  const pageCounts = await Promise.all(
    pdfFiles.map(async (f) => (await PDFDocument.load(await readFile(path.join(site, f)))).getPageCount()),
  );
  const browser = await launchBrowser();
  const pool = Math.max(1, Math.min(os.availableParallelism(), pageCounts.length));
  const pages = await Promise.all(Array.from({ length: pool }, () => browser.newPage()));
  const html = (n: number) =>
    `<!doctype html><html lang="nl"><body>${Array.from({ length: n }, (_, i) => `<div style="page-break-after:always"><h1>Pagina ${i + 1}</h1><p>${'Tekst '.repeat(400)}</p></div>`).join('')}</body></html>`;
  await pages[0]!.setContent(html(1));
  await pages[0]!.pdf({ format: 'A4' }); // warm up
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    pages.map(async (page) => {
      while (next < pageCounts.length) {
        const n = pageCounts[next++]!;
        await page.setContent(html(n));
        await page.pdf({ format: 'A4', tagged: true });
      }
    }),
  );
  const pdfMs = performance.now() - t0;
  await browser.close();
  const contents = await Promise.all(htmlFiles.map((f) => readFile(path.join(site, f))));
  const dir = await mkdtemp(path.join(tmp, 'floor-'));
  const t1 = performance.now();
  await Promise.all(contents.map((c, i) => writeFile(path.join(dir, `${i}.html`), c)));
  const writeMs = performance.now() - t1;
  return { pdfMs, writeMs, total: pdfMs + writeMs, pdfs: pageCounts.length, pdfPages: pageCounts.reduce((a, b) => a + b, 0), htmlFiles: htmlFiles.length };
}

say(`# Benchmark`);
say();
say(`Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}. Median of ${RUNS} cold builds (fresh cache, own process) unless said otherwise.`);
say();

// 1. The shipped data, cold.
const shipped = await coldBuilds(path.join(ROOT, 'data'), RUNS, 'shipped');
say(`## Shipped data: full build, site and PDFs`);
say();
say(`| phase | wall time | share |`);
say(`|---|---:|---:|`);
for (const p of shipped.perPhase) say(`| ${p.name} | ${fmt(p.ms)} | ${((100 * p.ms) / shipped.total).toFixed(0)} % |`);
say(`| **build total** | **${fmt(shipped.total)}** | |`);
say();
say(`Process wall time including Node start-up: ${fmt(shipped.process)}. Peak memory (max RSS): ${(shipped.maxRssKB / 1024).toFixed(0)} MiB.`);
const cores = os.availableParallelism();
const cpuTotal = shipped.cpuNode + shipped.cpuChromium;
say(`CPU time used during the build: ${fmt(cpuTotal)} (Node ${fmt(shipped.cpuNode)}, all threads; Chromium ${Number.isNaN(shipped.cpuChromium) ? 'not measured' : fmt(shipped.cpuChromium)}, all processes). On ${cores} cores no schedule finishes in less than ${fmt(cpuTotal / cores)}.`);
const pdfPhase = shipped.perPhase.find((p) => p.name === 'letters')?.ms ?? 0;
const pagePhase = shipped.perPhase.find((p) => p.name === 'pages')?.ms ?? 0;
say(`Pages: ${shipped.pages} (${(shipped.pages / (pagePhase / 1000)).toFixed(0)} per second in the pages phase); PDFs: ${shipped.pdfs}${pdfPhase ? ` (${(shipped.pdfs / (pdfPhase / 1000)).toFixed(1)} per second in the letters phase)` : ''}.`);
say();

// 2. The floor.
const f = await floor(shipped.out);
say(`## Floor`);
say();
say(`One warm Chromium printing ${f.pdfs} PDFs with the same page counts (${f.pdfPages} pages) from plain HTML: ${fmt(f.pdfMs)}; Node writing the same ${f.htmlFiles} HTML files: ${fmt(f.writeMs)}. Floor: ${fmt(f.total)}.`);
say();
say(`**Build ÷ floor: ${(shipped.total / f.total).toFixed(2)}** (target ≤ 1.5). The CPU time of the build alone sets a bound of ${(cpuTotal / cores / f.total).toFixed(2)}: the build cannot reach the target without doing less work.`);
say();

// 3. Warm cache after one changed CSV value: every build sees a value the cache has not seen, so
// the charts and the letters that show it are made again (a letter is reprinted each time). Once
// as `npm run build` runs (its own browser), once as `npm run dev` rebuilds (one browser kept).
async function warmRebuilds(env: NodeJS.ProcessEnv): Promise<RunResult[]> {
  const data = await mkdtemp(path.join(tmp, 'warm-data-'));
  await cp(path.join(ROOT, 'data'), data, { recursive: true });
  const cache = await mkdtemp(path.join(tmp, 'warm-cache-'));
  const out = path.join(tmp, 'warm-site');
  await measure(data, out, cache, env);
  const file = path.join(data, 'prognoses.csv');
  const text = await readFile(file, 'utf8');
  if (!text.includes(',47000,')) throw new Error('bench: the MPP 2025 medio inflow (47000) is no longer in data/prognoses.csv');
  const runs: RunResult[] = [];
  for (let i = 0; i < RUNS; i++) {
    await writeFile(file, text.replace(',47000,', `,${47100 + 100 * i},`));
    runs.push(await measure(data, out, cache, env));
  }
  return runs;
}
{
  const standalone = await warmRebuilds(process.env);
  const kept = await launchBrowser({ shared: true });
  const dev = await warmRebuilds({ ...process.env, [BROWSER_ENDPOINT_ENV]: await sharedEndpoint(kept) });
  await kept.close();
  const line = (runs: RunResult[]) =>
    `**${fmt(median(runs.map((r) => r.summary.ms)))}** (process wall time including Node start-up ${fmt(median(runs.map((r) => r.wallMs)))})`;
  say(`## Warm cache, one CSV value changed`);
  say();
  say(`MPP 2025 medio 2025 total inflow set to a new value before each build, cache kept; the charts and the letters that show it are made again. Target < 2 s.`);
  say();
  say(`- as \`npm run build\` runs it, starting its own browser: ${line(standalone)}`);
  say(`- as \`npm run dev\` rebuilds, with the one browser it keeps running: ${line(dev)}`);
  say();
}

// 4. Synthetic data at several scales.
say(`## Synthetic data`);
say();
say(`| scale | prognosis rows | pages | PDFs | build | × of 1× | peak memory |`);
say(`|---:|---:|---:|---:|---:|---:|---:|`);
let base = 0;
for (const scale of SCALES) {
  const dir = path.join(tmp, `synth-${scale}`);
  const tables = synthesise(scale);
  await mkdir(dir, { recursive: true });
  for (const [t, text] of Object.entries(tables)) await writeFile(path.join(dir, TABLES[t as TableName].file), text);
  const rows = tables.prognoses.split('\n').length - 2;
  const r = await coldBuilds(dir, scale >= 100 ? Math.max(1, Math.min(RUNS, 2)) : RUNS, `synth-${scale}`);
  if (scale === SCALES[0]) base = r.total;
  say(`| ${scale}× | ${rows} | ${r.pages} | ${r.pdfs} | ${fmt(r.total)} | ${(r.total / base).toFixed(1)} | ${(r.maxRssKB / 1024).toFixed(0)} MiB |`);
  await rm(dir, { recursive: true, force: true });
}
say();
say(`Targets: full build < 5 s; warm rebuild < 2 s; build ÷ floor ≤ 1.5; 100× at most 60× the 1× time, peak memory < 1.5 GiB.`);

await writeFile(path.join(ROOT, 'bench', 'results.md'), lines.join('\n') + '\n');
await rm(tmp, { recursive: true, force: true });
console.error(`\nwritten to bench/results.md`);
