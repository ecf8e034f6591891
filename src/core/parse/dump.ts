/**
 * BuildKit's `Node.Dump()` (parser/parser.go) for our instructions, as used by the
 * upstream `testfiles/*\/result` files: one `(dump)` line per instruction.
 *
 *   dump := lower(keyword) [" " %q(flags)] { " " strconv.Quote(arg) | " (" dump(trigger) ")" }
 *
 * An unknown keyword has `parseIgnore`'s single empty node, which prints as `""`.
 * Heredoc bodies are not part of the dump.
 */
import type { Instruction } from '../model.ts';
import { goQuote, goToLower, goTrimSpace } from './goStrings.ts';
import { isKnownKeyword } from './lineParsers.ts';

/** `Node.Dump()` of one instruction (without the surrounding parentheses). */
export function dumpInstruction(ins: Instruction): string {
  let str = goToLower(ins.keyword);
  if (ins.flags.length > 0) str += ' [' + ins.flags.map((f) => goQuote(f.text)).join(' ') + ']';
  if (ins.trigger !== null) str += ' (' + dumpInstruction(ins.trigger) + ')';
  else if (!isKnownKeyword(ins.keyword)) str += ' ""';
  else for (const arg of ins.args) str += ' ' + goQuote(arg);
  return goTrimSpace(str);
}

/** The whole AST as BuildKit's parser tests print it: `(dump)\n` per instruction. */
export function dumpInstructions(instructions: readonly Instruction[]): string {
  let out = '';
  for (const ins of instructions) out += '(' + dumpInstruction(ins) + ')\n';
  return out;
}
