/**
 * FILE arguments as the user gave them: paths, '-' for stdin, and globs the shell did not
 * expand (quoted, or from a pre-commit/CI config), matched by tinyglobby, bundled into the
 * command and loaded only when a glob is given. A glob that matches nothing is a usage error.
 */
import { existsSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { UsageError } from './io.ts';

/** Wildcards, or a complete [class] or {alternatives}: a lone '[' or '{' is part of a name. */
const GLOB = /[*?]|\[[^\]]*\]|\{[^}]*\}/;

export async function expandInputs(words: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const w of words) {
    if (w === '-' || !GLOB.test(w) || existsSync(w)) {
      out.push(w);
      continue;
    }
    const { glob } = await import('tinyglobby');
    // Matches are named as the pattern was written: absolute for an absolute pattern, else relative to here.
    const matches = (await glob(w, { onlyFiles: true, expandDirectories: false, dot: false, absolute: isAbsolute(w) })).sort();
    if (matches.length === 0) throw new UsageError(`${w}: no file matches`);
    out.push(...matches);
  }
  if (out.filter((w) => w === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
  // Overlapping globs (`*.Dockerfile` and `**/*.Dockerfile`) name a file once.
  return [...new Set(out)];
}

/** How a FILE argument is named in output: '-' is standard input. */
export const shownName = (file: string): string => (file === '-' ? 'standard input' : file);

/** Text for one file as it is; for several, each under a `==> FILE <==` heading (as head and tail print). */
export function perFileText<T extends { readonly file: string }>(items: readonly T[], render: (item: T) => string): string {
  const several = items.length > 1;
  return items.map((x) => (several ? `==> ${shownName(x.file)} <==\n` : '') + render(x)).join('\n');
}

/** One file's JSON document as it is; several files' as an array, each with the file it describes. */
export function perFileJson<T extends { readonly file: string }>(items: readonly T[], doc: (item: T) => object): string {
  const value = items.length > 1 ? items.map((x) => ({ file: x.file, ...doc(x) })) : doc(items[0]!);
  return `${JSON.stringify(value, null, 2)}\n`;
}
