/**
 * Names that must stay one line. A name or path written into build.sh, a Dockerfile or a comment
 * with a line break in it would start a new command there; the converters refuse such names with a
 * `ControlCharacterInName` note instead of writing anything from them.
 */

// C0, DEL and C1 controls, and the Unicode line and paragraph separators.
const CONTROL = /[\p{Cc}\u2028\u2029]/u;
const CONTROL_ALL = /[\p{Cc}\u2028\u2029]/gu;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Whether `s` holds a control character or a line separator. */
export const hasControlCharacter = (s: string): boolean => CONTROL.test(s);

/** `s` with every control character shown as an escape (`\n`, `\u001b`): one visible line, safe in a comment. */
export function showControlCharacters(s: string): string {
  return s.replace(CONTROL_ALL, (c) => NAMED[c] ?? `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}
