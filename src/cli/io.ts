/** The CLI's contact with the outside world, injectable for tests. */
import { readFile } from 'node:fs/promises';

export interface CliIO {
  readonly readStdin: () => Promise<string>;
  readonly readFile: (path: string) => Promise<string>;
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export const processIO: CliIO = {
  readStdin: () => readAll(process.stdin),
  readFile: (p) => readFile(p, 'utf8'),
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
};

/** A usage or input problem: one clear line on stderr, exit code 2. */
export class UsageError extends Error {}

/** Reads FILE or '-' (stdin); unreadable files become a UsageError with one clear line. */
export async function readInput(io: CliIO, file: string): Promise<string> {
  if (file === '-') return io.readStdin();
  try {
    return await io.readFile(file);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : 'cannot be read';
    throw new UsageError(`${file}: ${why}`);
  }
}
