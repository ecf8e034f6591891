/**
 * Where the CLI may write, and how. Every file is written whole or not at all: into a new
 * temporary file beside the target (created exclusively, so never through a planted link),
 * then renamed over it. Rename replaces a symbolic link itself and never follows it, so
 * nothing is written outside the folder the user named. A target that is one of this run's
 * inputs (same device and inode, whatever path or link led to it, stdin included) is refused.
 */
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readdir, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { inputIdentities, UsageError } from './io.ts';

const code = (e: unknown) => (e as { code?: string }).code ?? String(e);

async function identity(path: string): Promise<string | null> {
  try {
    const st = await stat(path);
    return `${st.dev}:${st.ino}`;
  } catch {
    return null;
  }
}

/** Throws when `path` (followed through links) is a file this run read. */
export async function refuseInput(path: string, shown = path): Promise<void> {
  const id = await identity(path);
  if (id !== null && inputIdentities.has(id)) throw new UsageError(`${shown} is an input of this run: not replacing it (choose another name)`);
}

/** Writes `text` to `path` atomically: mode 0755 when `executable`, else a replaced file's own mode, else 0644. */
export async function writeFileAtomic(path: string, text: string, options: { executable?: boolean; allowInput?: boolean } = {}): Promise<void> {
  const existing = await lstat(path).catch(() => null);
  if (existing?.isDirectory()) throw new UsageError(`${path} is a directory`);
  if (!options.allowInput) await refuseInput(path);
  const dir = await realpath(dirname(path)).catch((e) => {
    throw new UsageError(`${dirname(path)}: cannot write there (${code(e)})`);
  });
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const mode = options.executable ? 0o755 : existing?.isFile() ? existing.mode & 0o777 : 0o644;
    const fh = await open(temp, 'wx', mode);
    try {
      await fh.writeFile(text);
      if (options.executable || existing?.isFile()) await fh.chmod(mode);
    } finally {
      await fh.close();
    }
    await rename(temp, join(dir, basename(path)));
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${path}: cannot write (${code(e)})`);
  }
}

/**
 * Prepares `dir` for a set of new files: creates it when missing; an existing folder must be
 * empty unless `force`. Returns the folder's real path (files are written there by name only).
 */
export async function prepareOutDir(dir: string, force: boolean): Promise<string> {
  const st = await stat(dir).catch(() => null);
  if (st === null) {
    await mkdir(dir, { recursive: true }).catch((e) => {
      throw new UsageError(`${dir}: cannot create the folder (${code(e)})`);
    });
  } else if (!st.isDirectory()) {
    throw new UsageError(`--out ${dir} is not a folder`);
  } else if (!force && (await readdir(dir)).length > 0) {
    throw new UsageError(`--out ${dir} is not empty: choose a new or empty folder, or add --force to replace files in it`);
  }
  return realpath(dir);
}
