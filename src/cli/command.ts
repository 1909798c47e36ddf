/**
 * What every command of scripts/ shares: its options parsed strictly (node:util parseArgs), a wrong
 * command line answered with one line and the usage (exit 2), `--help`, and every error turned into
 * its message and exit code (src/errors.ts): invalid data 1, usage 2, a fault in the program 3 with
 * one line, the stack only with `--debug`. A command is a value (`defineCommand`), run by `invoke`
 * with an `Io`: the process's streams for a real command (`main`), strings for a test that calls the
 * command in-process.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DataValidationError, EXIT, type ExitCode, exitCodeOf, MppError, UsageError } from '../errors.ts';
import * as message from '../messages.ts';
import { showControls } from '../format/escape.ts';

/** Where a command reads and writes. */
export interface Io {
  /** Standard output: the command's result (a report, a line saying what was written). */
  out(text: string): void;
  /** Standard error: messages, errors. */
  err(text: string): void;
  /** Where progress lines go (a terminal redraws a bar), or null for none. */
  progress: NodeJS.WritableStream | null;
  /** The working directory the command's relative paths are taken from. */
  cwd: string;
}

/** The process's own streams and working directory. */
export function processIo(): Io {
  return {
    out: (t) => void process.stdout.write(t),
    err: (t) => void process.stderr.write(t),
    progress: process.stderr,
    cwd: process.cwd(),
  };
}

/** An Io that keeps what is written, for tests and for commands that call commands. */
export function bufferIo(cwd: string): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out: (t: string) => void (io.stdout += t),
    err: (t: string) => void (io.stderr += t),
    progress: null,
    cwd,
  };
  return io;
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  default?: string | boolean;
  short?: string;
  /** One line for --help. */
  help: string;
}

type ValueOf<S extends OptionSpec> = S['type'] extends 'boolean' ? boolean : string;
export type Values<O extends Record<string, OptionSpec>> = {
  [K in keyof O]: O[K] extends { default: string | boolean } ? ValueOf<O[K]> : ValueOf<O[K]> | undefined;
} & { debug: boolean };

export interface Command<O extends Record<string, OptionSpec> = Record<string, OptionSpec>> {
  /** As the user types it after `npm run`: `build`, `letter:draft`. */
  name: string;
  /** The command line in one line, after "usage: ". */
  usage: string;
  /** What the command does, for --help. */
  summary: string;
  options: O;
  /** The names of the positional arguments, all required; none when absent. */
  positionals?: readonly string[];
  run(input: { values: Values<O>; positionals: string[] }, io: Io): Promise<ExitCode | void>;
}

/** A command, with its option types inferred from its options. */
export function defineCommand<const O extends Record<string, OptionSpec>>(command: Command<O>): Command<O> {
  return command;
}

/** The options every command takes. */
const COMMON = {
  debug: { type: 'boolean', help: 'on a fault in the program, print its stack trace' },
  help: { type: 'boolean', short: 'h', help: 'print this help' },
} as const satisfies Record<string, OptionSpec>;

/** --help: the usage, what the command does and its options. */
export function helpText(command: Command): string {
  const options = { ...command.options, ...COMMON } as Record<string, OptionSpec>;
  const rows = Object.entries(options).map(([name, o]) => {
    const flag = `--${name}${o.type === 'string' ? ' <value>' : ''}`;
    const dflt = o.default !== undefined && o.default !== false ? ` (default: ${String(o.default)})` : '';
    return `  ${flag.padEnd(22)} ${o.help}${dflt}`;
  });
  return `${message.cli.usage(command.usage)}\n\n${command.summary}\n\n${rows.join('\n')}\n`;
}

/** The usage error for a parseArgs error, in the catalogue's words. */
function usageOf(e: unknown): UsageError {
  const text = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: string }).code;
  const option = /'(-[^' ]+)/.exec(text)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(message.cli.unknownOption(option), { cause: e });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/argument missing/.test(text)) return new UsageError(message.cli.missingValue(option), { cause: e });
    if (/does not take an argument/.test(text)) return new UsageError(message.cli.noValue(option), { cause: e });
    const value = /use '[^=]+=(-[^']*)'/.exec(text)?.[1] ?? '';
    if (/ambiguous/.test(text)) return new UsageError(message.cli.valueLooksLikeOption(option, value.replace(/XYZ$/, '…')), { cause: e });
  }
  return new UsageError(text.split('.')[0] ?? text, { cause: e });
}

/** The whole text of an error for the user: the message, the usage for a usage error, the stack with --debug. */
export function describeError(command: Command, e: unknown, debug: boolean): string {
  const lines: string[] = [];
  if (e instanceof DataValidationError) lines.push(e.message);
  else if (e instanceof UsageError) lines.push(`${command.name}: ${e.message}`, message.cli.usage(command.usage));
  else if (e instanceof MppError) lines.push(`${command.name}: ${e.message}`);
  else lines.push(`${command.name}: ${message.cli.fault(e instanceof Error ? e.message.split('\n')[0]! : String(e))}`);
  if (debug) {
    for (let c: unknown = e; c !== undefined; c = c instanceof Error ? c.cause : undefined) {
      lines.push(c instanceof Error ? (c.stack ?? String(c)) : String(c));
      if (!(c instanceof Error)) break;
    }
  }
  // A message may quote what the user typed or the data holds: never a control character raw.
  return lines.map((l) => showControls(l, { keepLineBreaks: true })).join('\n') + '\n';
}

/** The command line `argv` read as `command` takes it, or 'help'; a mistake throws a UsageError. */
export function parseCommandLine<O extends Record<string, OptionSpec>>(
  command: Command<O>,
  argv: string[],
): { values: Values<O>; positionals: string[] } | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...command.options, ...COMMON } as Record<string, OptionSpec>,
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw usageOf(e);
  }
  if (parsed.values.help) return 'help';
  const names = command.positionals ?? [];
  const given = parsed.positionals;
  if (names.length === 0 && given.length > 0) throw new UsageError(message.cli.unexpectedArgument(given[0]!));
  if (given.length < names.length) throw new UsageError(message.cli.missingArguments(names));
  if (given.length > names.length && names.length > 0) throw new UsageError(message.cli.tooManyArguments(names, given[names.length]!));
  return { values: { debug: false, ...parsed.values } as Values<O>, positionals: given };
}

/** Run `command` with the arguments `argv` (the command line after the command's name); resolves with the exit code. */
export async function invoke<O extends Record<string, OptionSpec>>(command: Command<O>, argv: string[], io: Io): Promise<ExitCode> {
  const debug = argv.includes('--debug');
  try {
    const input = parseCommandLine(command, argv);
    if (input === 'help') {
      io.out(helpText(command as unknown as Command));
      return EXIT.ok;
    }
    return (await command.run(input, io)) ?? EXIT.ok;
  } catch (e) {
    io.err(describeError(command as unknown as Command, e, debug));
    return exitCodeOf(e);
  }
}

/**
 * Run `command` as this process, when `moduleUrl` (the command file's import.meta.url) is the file
 * the process was started with (directly, through tsx, or compiled by scripts/run.mjs). A fault
 * outside the command's own work (an unhandled rejection) ends the process in the same way: one
 * line and exit 3.
 */
export async function main<O extends Record<string, OptionSpec>>(command: Command<O>, moduleUrl: string): Promise<void> {
  const entry = process.argv[1];
  if (!entry || pathToFileURL(path.resolve(entry)).href !== moduleUrl) return;
  const argv = process.argv.slice(2);
  const debug = argv.includes('--debug');
  const fatal = (e: unknown) => {
    process.stderr.write(`${command.name}: ${message.cli.faultOutside(e instanceof Error ? e.message : String(e))}\n`);
    if (debug && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    process.exit(EXIT.fault);
  };
  process.on('unhandledRejection', fatal);
  process.on('uncaughtException', fatal);
  process.exitCode = await invoke(command, argv, processIo());
}
