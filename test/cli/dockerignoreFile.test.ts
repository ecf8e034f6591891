/** readDockerignore with an injected reader: which failures are silent ("not there") and which warn. */
import { describe, expect, it } from 'vitest';
import { readDockerignore } from '../../src/cli/dockerignoreFile.ts';
import { UsageError, type CliIO } from '../../src/cli/io.ts';

function io(files: Record<string, string | Error>) {
  const err: string[] = [];
  const io: CliIO = {
    readStdin: async () => '',
    readFile: async (p) => {
      const v = files[p] ?? Object.assign(new Error('missing'), { code: 'ENOENT' });
      if (v instanceof Error) throw v;
      return v;
    },
    out: () => undefined,
    err: (s) => err.push(s),
  };
  return { io, err };
}
const coded = (code: string) => Object.assign(new Error(code), { code });

const rows: Record<string, { files: Record<string, string | Error>; file?: string; want: string | null; err: string[] }> = {
  'd/Dockerfile with d/Dockerfile.dockerignore': { files: { 'd/Dockerfile.dockerignore': 'a\n', 'd/.dockerignore': 'b\n' }, want: 'a\n', err: [] },
  'd/Dockerfile with only d/.dockerignore': { files: { 'd/.dockerignore': 'b\n' }, want: 'b\n', err: [] },
  'd/Dockerfile with none': { files: {}, want: null, err: [] },
  'd/Dockerfile with d/.dockerignore ENOTDIR': { files: { 'd/.dockerignore': coded('ENOTDIR') }, want: null, err: [] },
  'd/Dockerfile with d/.dockerignore EACCES': { files: { 'd/.dockerignore': coded('EACCES') }, want: null, err: ['stagecraft: warning: d/.dockerignore: permission denied; ignored\n'] },
  'd/Dockerfile with d/.dockerignore EISDIR': { files: { 'd/.dockerignore': coded('EISDIR') }, want: null, err: ['stagecraft: warning: d/.dockerignore: is a directory; ignored\n'] },
  'd/Dockerfile with d/.dockerignore EIO': { files: { 'd/.dockerignore': coded('EIO') }, want: null, err: ['stagecraft: warning: d/.dockerignore: cannot be read; ignored\n'] },
  'd/Dockerfile with d/Dockerfile.dockerignore EACCES and d/.dockerignore': {
    files: { 'd/Dockerfile.dockerignore': coded('EACCES'), 'd/.dockerignore': 'b\n' }, want: null, err: ['stagecraft: warning: d/Dockerfile.dockerignore: permission denied; ignored\n'],
  },
  'd/Dockerfile with d/.dockerignore too large': {
    files: { 'd/.dockerignore': new UsageError('d/.dockerignore: larger than 2 MiB, the most stagecraft reads; stopped reading') }, want: null,
    err: ['stagecraft: warning: d/.dockerignore: larger than 2 MiB, the most stagecraft reads; stopped reading; ignored\n'],
  },
  '- (stdin) with ./.dockerignore': { file: '-', files: { '.dockerignore': 'c\n' }, want: 'c\n', err: [] },
};

describe('readDockerignore', () => {
  for (const [name, row] of Object.entries(rows)) {
    it(name, async () => {
      const x = io(row.files);
      expect(await readDockerignore(x.io, row.file ?? 'd/Dockerfile')).toBe(row.want);
      expect(x.err).toEqual(row.err);
    });
  }
});
