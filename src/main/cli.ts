#!/usr/bin/env node
/**
 * The `pacta` command. Only the command line's data is loaded up front: `--help`, `--version` and
 * usage errors answer without loading the server; a command loads what it runs.
 */
import { parseCommandLine, usage } from '../cli/command-line.js';
import { commands } from '../cli/commands.js';
import { version } from './version.js';

const print = (line: string) => process.stdout.write(`${line}\n`);

async function main(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(argv, commands);
  switch (parsed.kind) {
    case 'help':
      print(usage(commands));
      return 0;
    case 'version':
      print(version);
      return 0;
    case 'usage_error':
      process.stderr.write(`pacta: ${parsed.message}\n\n${usage(commands)}\n`);
      return 2;
    case 'command': {
      // the calendar evaluator needs none of the server: a batch pays only for what it runs
      if (parsed.name === 'calendar eval') {
        const { runCalendarEval } = await import('../cli/calendar-eval.js');
        await runCalendarEval(process.stdin, process.stdout);
        return 0;
      }
      const { runCommand } = await import('./run-command.js');
      return runCommand(parsed.name, parsed.values, print);
    }
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`pacta: ${String((error as Error).stack ?? error)}\n`);
    process.exitCode = 1;
  },
);
