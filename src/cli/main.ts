/**
 * The `stagecraft` command line: a thin shell over the core.
 * Exit codes: 0 the command ran; 1 `--strict` found an error diagnostic (or a subcommand's
 * own "not clean"); 2 usage error or unreadable input (one line on stderr, never a stack trace).
 *
 * Subcommands are loaded on demand (one line each in COMMANDS), so a run parses only the code
 * it uses; the bundler splits each into its own chunk. --output, --quiet, --version and --help
 * work for every subcommand (./globals.ts).
 */
import { neutralizeControls as neutralize } from '../core/format/controls.ts';
import { splitGlobals } from './globals.ts';
import { createProcessIO, UsageError, type CliIO } from './io.ts';

export type Command = (argv: readonly string[], io: CliIO) => Promise<number>;

/** Subcommands, found by the first word; anything else is a FILE for the analysis. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  analyze: async () => (await import('./analyzeCommand.ts')).analyzeCommand,
  'builder-pattern': async () => (await import('./builderPatternCommand.ts')).builderPatternCommand,
  multistage: async () => (await import('./multistageCommand.ts')).multistageCommand,
  link: async () => (await import('./linkCommand.ts')).linkCommand,
  'readme-sync': async () => (await import('./readmeSyncCommand.ts')).readmeSyncCommand,
  check: async () => (await import('./checkCommand.ts')).checkCommand,
  plan: async () => (await import('./planCommand.ts')).planCommand,
};

/** The subcommands' names, for the package test that runs each one from an installed tarball. */
export const SUBCOMMANDS: readonly string[] = Object.keys(COMMANDS);

export async function main(argv: readonly string[], given?: CliIO): Promise<number> {
  // Errors name files and targets the user typed: neutralised like every line on stderr.
  const fail = (message: string) => {
    (given ?? createProcessIO()).err(`stagecraft: ${neutralize(message)}\n`);
    return 2;
  };
  try {
    const g = splitGlobals(argv);
    const base = given ?? createProcessIO({ warn: g.quiet ? () => undefined : (s) => process.stderr.write(neutralize(s)) });
    if (g.help) {
      base.out((await import('./help.ts')).HELP);
      return 0;
    }
    if (g.version) {
      base.out(`stagecraft ${await (await import('./version.ts')).version()}\n`);
      return 0;
    }
    const chunks: string[] = [];
    const io: CliIO = {
      ...base,
      out: g.output !== null ? (s) => chunks.push(s) : g.quiet ? () => undefined : base.out,
      err: g.quiet ? () => undefined : (s) => base.err(neutralize(s)),
      color: g.output === null && base.color === true,
    };
    const first = g.rest[0];
    const load = first !== undefined && Object.prototype.hasOwnProperty.call(COMMANDS, first) ? COMMANDS[first] : undefined;
    const command = await (load ?? COMMANDS.analyze!)();
    const code = await command(load ? g.rest.slice(1) : g.rest, io);
    if (g.output !== null) await (await import('./safeWrite.ts')).writeFileAtomic(g.output, chunks.join(''));
    return code;
  } catch (e) {
    if (e instanceof UsageError || isParseArgsError(e)) return fail((e as Error).message);
    return fail(`internal error: ${String(e)}`);
  }
}

function isParseArgsError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
