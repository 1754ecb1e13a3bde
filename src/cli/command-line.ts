import { parseArgs } from 'node:util';

/** A command of the `pacta` CLI: its words, a one-line summary and its flags. */
export interface CommandSpec {
  readonly words: readonly string[];
  readonly summary: string;
  readonly options: NonNullable<Parameters<typeof parseArgs>[0]>['options'];
  /** Names of the command's required positional arguments, given to it under those names. */
  readonly arguments?: readonly string[];
}

/** What the user asked for, or why the command line is wrong (exit code 2). */
export type ParsedCommandLine =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'command'; name: string; values: Record<string, string | boolean | undefined> }
  | { kind: 'usage_error'; message: string };

/** Finds the longest matching command words, then parses that command's flags strictly. */
export function parseCommandLine(
  argv: readonly string[],
  commands: readonly CommandSpec[],
): ParsedCommandLine {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    return { kind: 'help' };
  }
  if (argv[0] === '--version' || argv[0] === '-v') return { kind: 'version' };
  const matches = commands
    .filter((command) => command.words.every((word, index) => argv[index] === word))
    .sort((a, b) => b.words.length - a.words.length);
  const command = matches[0];
  if (!command) return { kind: 'usage_error', message: `unknown command: ${argv.join(' ')}` };
  try {
    const { values, positionals } = parseArgs({
      args: argv.slice(command.words.length),
      options: command.options ?? {},
      strict: true,
      allowPositionals: true,
    });
    const names = command.arguments ?? [];
    if (positionals.length > names.length) {
      const extra = positionals.slice(names.length);
      return { kind: 'usage_error', message: `unexpected argument: ${extra.join(' ')}` };
    }
    const missing = names[positionals.length];
    if (missing !== undefined) {
      return { kind: 'usage_error', message: `missing argument: ${missing.toUpperCase()}` };
    }
    const given = Object.fromEntries(names.map((name, index) => [name, positionals[index]]));
    return {
      kind: 'command',
      name: command.words.join(' '),
      values: { ...flatten(values), ...given },
    };
  } catch (error) {
    return { kind: 'usage_error', message: (error as Error).message };
  }
}

/** The text of `pacta --help`. */
export function usage(commands: readonly CommandSpec[]): string {
  const width = Math.max(...commands.map((command) => synopsis(command).length));
  const lines = commands.map(
    (command) => `  ${synopsis(command).padEnd(width)}  ${command.summary}`,
  );
  return [
    'Usage: pacta <command> [flags]',
    '',
    'Commands:',
    ...lines,
    '',
    'Flags: --help, --version',
  ].join('\n');
}

function synopsis(command: CommandSpec): string {
  const names = (command.arguments ?? []).map((name) => name.toUpperCase());
  return [...command.words, ...names].join(' ');
}

function flatten(values: Record<string, unknown>): Record<string, string | boolean | undefined> {
  const flat: Record<string, string | boolean | undefined> = {};
  for (const [key, value] of Object.entries(values)) {
    flat[key] = typeof value === 'string' || typeof value === 'boolean' ? value : undefined;
  }
  return flat;
}
