/**
 * `npm run diff`: what a change to the data means, figure by figure, for a pull request.
 *
 * Usage: tsx scripts/diff.ts [--base <git-ref> | --base-dir <dir>] [--head-dir <dir>] [--format markdown|json]
 *                            [--max-length <chars>]
 *
 * Compares the data set at a git ref (default: the merge base of HEAD with main, else origin/main)
 * with the data set in the working tree, or two folders, and prints a report (src/diff/run.ts). Git
 * and the folders are taken relative to the current directory, so the script can be run on any checkout.
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
    const { text, exitCode } = await runDiff(opts, process.cwd());
    process.stdout.write(text);
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
