/**
 * `stagecraft builder-pattern [FILE|-] [--target NAME] [--build-arg K=V]... [--project NAME] --out DIR`
 * Writes Dockerfile.<stage>…, Dockerfile and build.sh (executable) into DIR, which must be new
 * or empty unless --force (see ./safeWrite.ts: atomic, never through a link, never over an input);
 * notes (what has no builder-pattern equivalent) go to stderr.
 * Exit 0 files written; 1 nothing to write (an error note); 2 usage.
 */
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { toBuilderPattern } from '../core/builder/index.ts';
import type { Note } from '../core/builder/index.ts';
import { BUILD_OPTIONS, parseBuildArgs, parseBuildContexts } from './options.ts';
import { readInput, UsageError, type CliIO } from './io.ts';
import { prepareOutDir, refuseInput, writeFileAtomic } from './safeWrite.ts';

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
      force: { type: 'boolean', default: false },
    },
  });
  if (positionals.length > 1) throw new UsageError(`expected one FILE, got ${positionals.length}`);
  if (!values.out) throw new UsageError('builder-pattern needs --out DIR (the folder to write the files to)');
  const file = positionals[0] ?? '-';
  const text = await readInput(io, file);
  const result = toBuilderPattern(text, {
    target: values.target ?? null,
    buildArgs: parseBuildArgs(values['build-arg'] ?? []),
    buildContexts: parseBuildContexts(values['build-context'] ?? []),
    keepUndeclaredArgs: true,
    fileName: file === '-' ? 'Dockerfile' : basename(file),
    ...(values.project !== undefined ? { project: values.project } : {}),
  });
  const dir = values.out;
  if (result.files.length > 0) {
    const real = await prepareOutDir(dir, values.force === true);
    // Check every name before writing any, so a refusal leaves the folder as it was.
    for (const f of result.files) await refuseInput(join(real, f.name), join(dir, f.name));
    for (const f of result.files) {
      await writeFileAtomic(join(real, f.name), f.text, { executable: f.name.endsWith('.sh') });
      io.out(`wrote ${join(dir, f.name)}\n`);
    }
  }
  for (const n of result.notes) io.err(formatNote(n));
  return result.files.length > 0 ? 0 : 1;
}
