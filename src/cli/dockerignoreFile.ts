/**
 * The workspace's `.dockerignore` for a Dockerfile on the command line, read the way dockerui
 * picks it: `<FILE>.dockerignore` beside FILE, else `.dockerignore` in FILE's folder (for stdin,
 * in the current folder); `--dockerignore PATH` names one outright. Shared by `check` and `plan`.
 * Only "not there" is silent. A candidate that exists but cannot be used (a directory, unreadable,
 * larger than the input cap, e.g. a link to /dev/zero) is the one BuildKit would read, so it is
 * not skipped for the next one: one warning line on stderr, and the command goes on without it.
 */
import { dirname, join } from 'node:path';
import { readInput, UsageError, type CliIO } from './io.ts';

const NOT_THERE = new Set(['ENOENT', 'ENOTDIR']);

function why(e: unknown, path: string): string {
  if (e instanceof UsageError) return e.message.startsWith(`${path}: `) ? e.message.slice(path.length + 2) : e.message;
  const code = (e as { code?: string }).code;
  return code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : code === 'ELOOP' ? 'too many levels of symbolic links' : 'cannot be read';
}

/** The candidates for FILE, in dockerui's order. */
export function dockerignoreCandidates(file: string): string[] {
  return file === '-' ? ['.dockerignore'] : [`${file}.dockerignore`, join(dirname(file), '.dockerignore')];
}

/**
 * The `.dockerignore` text for FILE, or null when there is none (or the one found is unusable,
 * after a warning). An explicit `--dockerignore` that cannot be read is a usage error (exit 2).
 */
export async function readDockerignore(io: CliIO, file: string, explicit?: string): Promise<string | null> {
  if (explicit !== undefined) return readInput(io, explicit);
  for (const path of dockerignoreCandidates(file)) {
    try {
      return await io.readFile(path);
    } catch (e) {
      if (!(e instanceof UsageError) && NOT_THERE.has((e as { code?: string }).code ?? '')) continue;
      io.err(`stagecraft: warning: ${path}: ${why(e, path)}; ignored\n`);
      return null;
    }
  }
  return null;
}
