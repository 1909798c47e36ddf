/**
 * The floor of `npm run bench`: the least a build of the same output could take as a whole process.
 * One Chromium, launched inside the timing with the build's flags, prints as many PDFs as the build
 * with the same page counts, from plain HTML with one of the build's chart SVGs on each page, with
 * one reused page per core; and Node writes as many HTML files as the build does, of the size of
 * the build's pages. Nothing is read from the data, nothing is laid out by Eleventy or vega.
 *
 * Usage: node scripts/run.mjs bench-floor --pages 12,8,3 --html 117 --html-bytes 20000 --svg FILE --out DIR
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser } from '../src/runtime/browser.ts';
import { defineCommand, main } from '../src/cli/command.ts';

export const command = defineCommand({
  name: 'bench-floor',
  usage: 'node scripts/run.mjs bench-floor --pages 12,8,3 --html 117 --html-bytes 20000 --svg FILE --out DIR',
  summary: 'The floor npm run bench compares a build against (started by npm run bench).',
  options: {
    pages: { type: 'string', default: '', help: 'the page count of each PDF, comma-separated' },
    html: { type: 'string', default: '0', help: 'how many HTML files' },
    'html-bytes': { type: 'string', default: '0', help: 'the size of each HTML file' },
    svg: { type: 'string', default: '', help: 'a chart SVG to put on every PDF page' },
    out: { type: 'string', default: '', help: 'the output folder' },
  },
  async run({ values }) {
    const pageCounts = values.pages.split(',').map(Number);
    const svg = await readFile(values.svg, 'utf8');
    const out = values.out;

    const letter = (n: number) =>
      `<!doctype html><html lang="nl"><head><title>Brief</title></head><body>` +
      Array.from({ length: n }, (_, i) => `<section style="break-after:page"><h1>Pagina ${i + 1}</h1>${svg}<p>${'Tekst van de brief. '.repeat(120)}</p></section>`).join('') +
      `</body></html>`;

    const browser = await launchBrowser();
    try {
      const pool = Math.max(1, Math.min(os.availableParallelism(), pageCounts.length));
      const tabs = await Promise.all(Array.from({ length: pool }, () => browser.newPage()));
      await mkdir(path.join(out, 'brieven'), { recursive: true });
      let next = 0;
      await Promise.all(
        tabs.map(async (tab) => {
          while (next < pageCounts.length) {
            const i = next++;
            await tab.setContent(letter(pageCounts[i]!), { waitUntil: 'load' });
            await writeFile(path.join(out, 'brieven', `${i}.pdf`), await tab.pdf({ format: 'a4', tagged: true, outline: true }));
          }
        }),
      );
      const page = 'x'.repeat(Number(values['html-bytes']));
      await Promise.all(Array.from({ length: Number(values.html) }, (_, i) => writeFile(path.join(out, `${i}.html`), page)));
    } finally {
      await browser.close();
    }
  },
});

await main(command, import.meta.url);
