/**
 * The CLI's contact with the outside world, injectable for tests.
 * Reading is capped (MAX_INPUT_BYTES, the most a page link holds), so `- </dev/zero` or a
 * huge FILE ends in one line and exit 2 instead of filling memory; bytes that are not UTF-8
 * are replaced (as the page does) with one warning per input.
 */
import { open } from 'node:fs/promises';
import { MAX_DECOMPRESSED_BYTES } from '../core/share/limits.ts';

export interface CliIO {
  readonly readStdin: () => Promise<string>;
  readonly readFile: (path: string) => Promise<string>;
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
  /** Paint text output with ANSI colours (only on a TTY, never with NO_COLOR). */
  readonly color?: boolean;
}

/** The most one input may hold: the page's own limit (a workspace a link can carry). */
export const MAX_INPUT_BYTES = MAX_DECOMPRESSED_BYTES;

/** A usage or input problem: one clear line on stderr, exit code 2. */
export class UsageError extends Error {}

/** Identities (`dev:ino`) of the regular files read this run: outputs must never replace them. */
export const inputIdentities = new Set<string>();

const tooLarge = (name: string) => new UsageError(`${name}: larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB, the most stagecraft reads; stopped reading`);

/** Colour only when the stream is a terminal and NO_COLOR is unset or empty (no-color.org). */
export function colorWanted(isTTY: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  return isTTY === true && !env.NO_COLOR;
}

function decode(bytes: Buffer, name: string, warn: (s: string) => void): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    warn(`stagecraft: warning: ${name} is not valid UTF-8; invalid bytes are shown as \uFFFD\n`);
    return bytes.toString('utf8');
  }
}

async function readStream(stream: NodeJS.ReadableStream & { destroy?: () => void }, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of stream) {
    const b = typeof c === 'string' ? Buffer.from(c) : (c as Buffer);
    total += b.length;
    if (total > MAX_INPUT_BYTES) {
      stream.destroy?.();
      throw tooLarge(name);
    }
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/** Reads at most MAX_INPUT_BYTES + 1 bytes from a path (regular file, device or FIFO alike). */
async function readCapped(path: string): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const st = await fh.stat();
    if (st.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (st.isFile()) {
      if (st.size > MAX_INPUT_BYTES) throw tooLarge(path);
      inputIdentities.add(`${st.dev}:${st.ino}`);
    }
    const buf = Buffer.alloc(MAX_INPUT_BYTES + 1);
    let n = 0;
    while (n < buf.length) {
      const { bytesRead } = await fh.read(buf, n, buf.length - n, null);
      if (bytesRead === 0) break;
      n += bytesRead;
    }
    if (n > MAX_INPUT_BYTES) throw tooLarge(path);
    return buf.subarray(0, n);
  } finally {
    await fh.close();
  }
}

/** The real process's IO; `warn` receives the non-UTF-8 warnings (dropped under --quiet). */
export function createProcessIO(options: { warn?: (s: string) => void; color?: boolean } = {}): CliIO {
  const warn = options.warn ?? ((s: string) => process.stderr.write(s));
  return {
    readStdin: async () => {
      const { fstatSync } = await import('node:fs');
      const st = fstatSync(0);
      if (st.isFile()) inputIdentities.add(`${st.dev}:${st.ino}`);
      return decode(await readStream(process.stdin, 'standard input'), 'standard input', warn);
    },
    readFile: async (p) => decode(await readCapped(p), p, warn),
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    color: options.color ?? colorWanted(process.stdout.isTTY, process.env),
  };
}

export const processIO: CliIO = createProcessIO();

/** Reads FILE or '-' (stdin); unreadable files become a UsageError with one clear line. */
export async function readInput(io: CliIO, file: string): Promise<string> {
  if (file === '-') return io.readStdin();
  try {
    return await io.readFile(file);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as { code?: string }).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : 'cannot be read';
    throw new UsageError(`${file}: ${why}`);
  }
}
