/**
 * `stagecraft builder-pattern [FILE|-] [--target NAME] [--build-arg K=V]... [--project NAME] --out DIR`
 * Writes Dockerfile.<stage>…, Dockerfile and build.sh (executable) into DIR;
 * notes (what has no builder-pattern equivalent) go to stderr.
 * Exit 0 files written; 1 nothing to write (an error note); 2 usage.
 */
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { toBuilderPattern } from '../core/builder/index.ts';
import type { Note } from '../core/builder/index.ts';
import { BUILD_OPTIONS, parseBuildArgs } from './options.ts';
import { readInput, UsageError, type CliIO } from './io.ts';

/** One note per line: `file:line: severity: message [Code]`. */
export function formatNote(n: Note): string {
  return `${n.file}${n.line > 0 ? `:${n.line}` : ''}: ${n.severity}: ${n.message} [${n.code}]\n`;
}

export async function builderPatternCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      ...BUILD_OPTIONS,
      project: { type: 'string' },
      out: { type: 'string', short: 'o' },
    },
  });
  if (positionals.length > 1) throw new UsageError(`expected one FILE, got ${positionals.length}`);
  if (!values.out) throw new UsageError('builder-pattern needs --out DIR (the folder to write the files to)');
  const file = positionals[0] ?? '-';
  const text = await readInput(io, file);
  const result = toBuilderPattern(text, {
    target: values.target ?? null,
    buildArgs: parseBuildArgs(values['build-arg'] ?? []),
    keepUndeclaredArgs: true,
    fileName: file === '-' ? 'Dockerfile' : basename(file),
    ...(values.project !== undefined ? { project: values.project } : {}),
  });
  const dir = values.out;
  const input = file === '-' ? null : resolve(file);
  if (input !== null && result.files.some((f) => resolve(dir, f.name) === input)) {
    throw new UsageError(`--out ${dir} would overwrite ${file}: choose another folder`);
  }
  if (result.files.length > 0) {
    try {
      await mkdir(dir, { recursive: true });
      for (const f of result.files) {
        const path = join(dir, f.name);
        await writeFile(path, f.text);
        if (f.name.endsWith('.sh')) await chmod(path, 0o755);
        io.out(`wrote ${path}\n`);
      }
    } catch (e) {
      throw new UsageError(`${dir}: cannot write (${(e as { code?: string }).code ?? String(e)})`);
    }
  }
  for (const n of result.notes) io.err(formatNote(n));
  return result.files.length > 0 ? 0 : 1;
}
