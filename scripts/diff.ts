/**
 * `npm run diff`: what a change to the data means, figure by figure, for a pull request.
 *
 * Usage: tsx scripts/diff.ts [--base <git-ref> | --base-dir <dir>] [--head-dir <dir>] [--format markdown|json]
 *                            [--max-length <chars>] [--visual <dir> [--visual-href <url>] [--cache <dir>]]
 *
 * Compares the data set at a git ref (default: the merge base of HEAD with main, else origin/main)
 * with the data set in the working tree, or two folders, and prints a report (src/diff/run.ts). Git
 * and the folders are taken relative to the current directory, so the script can be run on any checkout.
 * With --visual, both sides are also built and the charts and letter pages that look different are
 * written as images into <dir>, with a review page <dir>/index.html (src/diff/visual/).
 *
 * Exit codes: 0 the report was produced (also when there are differences); 1 the new data does not
 * pass the validator (the report then lists the located errors and stops); 2 usage error; 3 an
 * unexpected failure.
 */
import { UsageError } from '../src/diff/git.ts';
import { parseOptions, USAGE } from '../src/diff/options.ts';
import { runDiff } from '../src/diff/run.ts';

try {
  const opts = parseOptions(process.argv.slice(2));
  if (opts === 'help') {
    console.log(USAGE);
  } else {
    const { text, exitCode, visual } = await runDiff(opts, process.cwd());
    process.stdout.write(text);
    if (visual) {
      console.error(
        visual.available
          ? `diff: review page ${visual.dir}/index.html: ${visual.counts.charts} chart(s) and ${visual.counts.pages} letter page(s) look different`
          : `diff: review page ${visual.dir}/index.html without images: ${visual.reason}`,
      );
    }
    process.exitCode = exitCode;
  }
} catch (e) {
  if (e instanceof UsageError) {
    console.error(`diff: ${e.message}\n(npm run diff -- --help for the options)`);
    process.exitCode = 2;
  } else {
    console.error(e);
    process.exitCode = 3;
  }
}
