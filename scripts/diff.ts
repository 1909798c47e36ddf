/**
 * `npm run diff`: what a change to the data means, figure by figure, for a pull request.
 *
 * Compares the data set at a git ref (default: the merge base of HEAD with main, else origin/main)
 * with the data set in the working tree, or two folders, and prints a report (src/diff/run.ts). Git
 * and the folders are taken relative to the current directory, so the script can be run on any checkout.
 * With --visual, both sides are also built and the charts and letter pages that look different are
 * written as images into <dir>, with a review page <dir>/index.html (src/diff/visual/).
 *
 * Exit codes: 0 the report was produced (also when there are differences); 1 the new data does not
 * pass the validator (the report then lists the located errors and stops); 2 usage error; 3 a fault.
 */
import { defineCommand, main } from '../src/cli/command.ts';
import { DIFF_OPTIONS, DIFF_SUMMARY, DIFF_USAGE, diffOptions } from '../src/diff/options.ts';
import { runDiff } from '../src/diff/run.ts';

export const command = defineCommand({
  name: 'diff',
  usage: DIFF_USAGE,
  summary: DIFF_SUMMARY,
  options: DIFF_OPTIONS,
  async run({ values }, io) {
    const { text, exitCode, visual } = await runDiff(diffOptions(values), io.cwd);
    io.out(text);
    if (visual) {
      io.err(
        visual.available
          ? `diff: review page ${visual.dir}/index.html: ${visual.counts.charts} chart(s) and ${visual.counts.pages} letter page(s) look different\n`
          : `diff: review page ${visual.dir}/index.html without images: ${visual.reason}\n`,
      );
    }
    return exitCode;
  },
});

await main(command, import.meta.url);
