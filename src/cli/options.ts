/** Options every build-shaped subcommand shares, spelled as `docker build` spells them. */
import { parseContextWord } from '../core/analyze/contexts.ts';
import { UsageError } from './io.ts';

/** `--target NAME`, repeated `--build-arg KEY=VALUE` and `--build-context NAME=VALUE`, for node:util parseArgs. */
export const BUILD_OPTIONS = {
  target: { type: 'string' },
  'build-arg': { type: 'string', multiple: true },
  'build-context': { type: 'string', multiple: true },
} as const;

/** Parses repeated `--build-context NAME=VALUE` words, as `docker buildx build --build-context` takes them. */
export function parseBuildContexts(words: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const w of words) {
    const c = parseContextWord(w);
    if (c === null) throw new UsageError(`--build-context expects NAME=VALUE (docker-image://REF, a directory, a git URL, oci-layout://PATH), got "${w}"`);
    out[c.name] = c.value;
  }
  return out;
}

/** Parses repeated `--build-arg KEY=VALUE` words (a bare KEY is a usage error: there is no environment to take it from). */
export function parseBuildArgs(words: readonly string[]): Record<string, string> {
  // No prototype: BuildKit accepts any name, `__proto__` and `constructor` included.
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const w of words) {
    const eq = w.indexOf('=');
    if (eq <= 0) throw new UsageError(`--build-arg expects KEY=VALUE, got "${w}"`);
    out[w.slice(0, eq)] = w.slice(eq + 1);
  }
  return out;
}
