/**
 * Measure the advance widths of Fira Sans (400 and 600, the weights the charts use) in Chromium and
 * write them to src/charts/font-widths.json, so that vega lays out chart text by the font the page
 * draws it in instead of its rough estimate. Run again only when the font changes:
 *   npx tsx scripts/font-widths.ts
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { launchBrowser } from '../src/runtime/browser.ts';
import { PROJECT_ROOT } from '../src/runtime/paths.ts';
import { defineCommand, main } from '../src/cli/command.ts';

export const command = defineCommand({
  name: 'font-widths',
  usage: 'npx tsx scripts/font-widths.ts',
  summary: 'Measure the advance widths of Fira Sans in Chromium and write src/charts/font-widths.json.',
  options: {},
  async run(_input, io) {
    const require = createRequire(import.meta.url);
    const files = path.join(path.dirname(require.resolve('@fontsource/fira-sans/package.json')), 'files');
    const out = path.join(PROJECT_ROOT, 'src', 'charts', 'font-widths.json');

    // Printable ASCII, the accented letters of Dutch, and the typography the site prints.
    const CHARS = [...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)), ...'ëïéèêöüäáàóçñÉ€–—…×‘’“”·\u00a0\u2009\u2212'];

    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const font = async (weight: number) => (await readFile(path.join(files, `fira-sans-latin-${weight}-normal.woff2`))).toString('base64');
      const widths = (await page.evaluate(
        async (fonts: (string | number)[][], chars: string[]) => {
          const result: Record<string, Record<string, number>> = {};
          for (const [weight, data] of fonts) {
            const face = new FontFace('Measured', `url(data:font/woff2;base64,${String(data)})`, { weight: String(weight) });
            document.fonts.add(await face.load());
            const ctx = document.createElement('canvas').getContext('2d')!;
            ctx.font = `${weight} 1000px Measured`;
            result[String(weight)] = Object.fromEntries(chars.map((c) => [c, Math.round(ctx.measureText(c).width)]));
          }
          return result;
        },
        [
          [400, await font(400)],
          [600, await font(600)],
        ],
        CHARS,
      )) as Record<string, Record<string, number>>;
      await writeFile(out, JSON.stringify({ unitsPerEm: 1000, widths }, null, 1) + '\n');
      io.out(`wrote ${path.relative(io.cwd, out)}: ${CHARS.length} characters in 2 weights\n`);
    } finally {
      await browser.close();
    }
  },
});

await main(command, import.meta.url);
