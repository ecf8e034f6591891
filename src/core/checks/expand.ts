/**
 * BuildKit's ProcessWordWithMatches, with a fast path: a word without `$`, quotes or escape
 * characters expands to itself and references nothing (the lexer would say the same, slower).
 */
import { processWordWithMatches, type Env, type ExpandResult, type ShellOptions } from '../shell/index.ts';

const SPECIAL = /[$'"\\`]/;
const NONE: readonly string[] = [];

export function expandWord(word: string, env: Env, shell: ShellOptions): ExpandResult {
  if (!SPECIAL.test(word)) return { ok: true, result: word, matched: NONE, unmatched: NONE };
  return processWordWithMatches(word, env, shell);
}
