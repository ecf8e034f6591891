/** Helpers shared by the parser tests (not a test file itself). */
import { dumpInstruction, dumpInstructions } from '../../src/core/parse/dump.ts';
import { parseDockerfile } from '../../src/core/parse/parse.ts';
import type { Instruction, ParseResult } from '../../src/core/model.ts';

export { parseDockerfile };

/** A test title that is the literal input, with line breaks and tabs made visible. */
export function title(input: string): string {
  return input.replace(/\\/g, '\\\\').replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}

/** BuildKit's dump of every instruction, one `(…)` line each. */
export function dump(text: string): string {
  return dumpInstructions(parseDockerfile(text).instructions);
}

/** The `(dump)` of the only (or first) instruction. */
export function dumpFirst(text: string): string {
  const first = parseDockerfile(text).instructions[0];
  return first === undefined ? '<none>' : `(${dumpInstruction(first)})`;
}

/** The first instruction, failing loudly when there is none. */
export function first(result: ParseResult): Instruction {
  const ins = result.instructions[0];
  if (ins === undefined) throw new Error('no instruction');
  return ins;
}

/** Codes of the error diagnostics. */
export function errors(result: ParseResult): string[] {
  return result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
}
