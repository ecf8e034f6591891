/**
 * `stagecraft multistage build.sh [DOCKERFILE...]`
 * Prints the multi-stage Dockerfile on stdout; notes and the docker build
 * command that replaces the script on stderr. Dockerfiles the script reads
 * with -f (or from its context) are read relative to build.sh's folder when
 * not listed. Exit 0 converted; 1 an error note (e.g. a Dockerfile is missing); 2 usage.
 */
import { basename, dirname, join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { referencedDockerfiles, toMultistage, type WorkspaceFile } from '../core/builder/index.ts';
import { formatNote } from './builderPatternCommand.ts';
import { readInput, UsageError, type CliIO } from './io.ts';

export async function multistageCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { positionals } = parseArgs({ args: [...argv], allowPositionals: true, options: {} });
  const [scriptPath, ...dockerfiles] = positionals;
  if (scriptPath === undefined || scriptPath === '-') throw new UsageError('multistage needs the build script: stagecraft multistage build.sh [DOCKERFILE...]');
  const root = dirname(scriptPath);
  const script = basename(scriptPath);
  const files: WorkspaceFile[] = [{ name: script, text: await readInput(io, scriptPath) }];
  const nameOf = (p: string) => relative(root, p).split(sep).join('/');
  for (const p of dockerfiles) files.push({ name: nameOf(p), text: await readInput(io, p) });
  for (const wanted of referencedDockerfiles(files[0]!.text, script)) {
    if (files.some((f) => f.name === wanted)) continue;
    try {
      files.push({ name: wanted, text: await io.readFile(join(root, wanted)) });
    } catch {
      // Not there: the conversion reports it (DockerfileNotFound) and goes on.
    }
  }
  const result = toMultistage(files, { script });
  io.out(result.dockerfile);
  for (const n of result.notes) io.err(formatNote(n));
  if (result.commands.length > 0) io.err(`build with:\n${result.commands.map((c) => `  ${c}\n`).join('')}`);
  return result.notes.some((n) => n.severity === 'error') ? 1 : 0;
}
