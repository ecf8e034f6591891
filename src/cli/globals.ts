/**
 * Options every subcommand takes, taken out of the arguments before the subcommand parses
 * the rest: --output FILE, --quiet, --version, --help. Words after `--` are left alone.
 */
import { UsageError } from './io.ts';

export interface Globals {
  readonly output: string | null;
  readonly quiet: boolean;
  readonly version: boolean;
  readonly help: boolean;
  readonly rest: string[];
}

export function splitGlobals(argv: readonly string[]): Globals {
  let output: string | null = null;
  let quiet = false;
  let version = false;
  let help = false;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const w = argv[i]!;
    if (w === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (w === '--output' || w.startsWith('--output=')) {
      const value = w === '--output' ? argv[++i] : w.slice('--output='.length);
      if (value === undefined || value === '') throw new UsageError('--output needs a FILE');
      if (value === '-') throw new UsageError('--output - is standard output: leave --output out');
      if (output !== null) throw new UsageError('--output given twice');
      output = value;
    } else if (w === '--quiet' || w === '-q') quiet = true;
    else if (w === '--version' || w === '-V') version = true;
    else if (w === '--help' || w === '-h') help = true;
    else rest.push(w);
  }
  return { output, quiet, version, help, rest };
}
