/**
 * The `stagecraft` command line: a thin shell over the core.
 * Exit codes: 0 the command ran; 1 `--strict` found an error diagnostic;
 * 2 usage error or unreadable input (one line on stderr, never a stack trace).
 */
import { analyzeCommand } from './analyzeCommand.ts';
import { builderPatternCommand } from './builderPatternCommand.ts';
import { HELP } from './help.ts';
import { processIO, UsageError, type CliIO } from './io.ts';
import { linkCommand } from './linkCommand.ts';
import { multistageCommand } from './multistageCommand.ts';
import { planCommand } from './planCommand.ts';

type Command = (argv: readonly string[], io: CliIO) => Promise<number>;

/** Subcommands, found by the first word; anything else is a FILE for the analysis. */
const COMMANDS: Record<string, Command> = {
  analyze: analyzeCommand,
  'builder-pattern': builderPatternCommand,
  multistage: multistageCommand,
  link: linkCommand,
  plan: planCommand,
};

export async function main(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(HELP);
    return 0;
  }
  const first = argv[0];
  const command = first !== undefined && Object.prototype.hasOwnProperty.call(COMMANDS, first) ? COMMANDS[first] : undefined;
  try {
    return command ? await command(argv.slice(1), io) : await analyzeCommand(argv, io);
  } catch (e) {
    const message = e instanceof UsageError || isParseArgsError(e) ? (e as Error).message : `internal error: ${String(e)}`;
    io.err(`stagecraft: ${message}\n`);
    return 2;
  }
}

function isParseArgsError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
