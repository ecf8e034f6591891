/**
 * `stagecraft readme-sync README.md [--file Dockerfile] [--target NAME] [--build-arg K=V]... [--check]`
 * Keeps a README's diagram in step with its Dockerfile: replaces what lies between
 * `<!-- stagecraft:begin -->` and `<!-- stagecraft:end -->` with a Mermaid block.
 * Exit 0 already up to date; 1 the diagram changed (rewritten, unless --check), so a
 * pre-commit hook or CI step fails on a stale diagram; 2 usage, unreadable file or missing markers.
 */
import { parseArgs } from 'node:util';
import { analyze } from '../core/analyze/analyze.ts';
import { formatMermaid } from '../core/format/mermaid.ts';
import { readInput, UsageError, type CliIO } from './io.ts';
import { BUILD_OPTIONS, parseBuildArgs } from './options.ts';
import { writeFileAtomic } from './safeWrite.ts';

export const BEGIN = '<!-- stagecraft:begin -->';
export const END = '<!-- stagecraft:end -->';

/** The README with the block between the markers replaced, or null when the markers are missing or out of order. */
export function syncBlock(readme: string, mermaid: string): string | null {
  const begin = readme.indexOf(BEGIN);
  const end = begin < 0 ? -1 : readme.indexOf(END, begin + BEGIN.length);
  if (begin < 0 || end < 0) return null;
  const eol = readme.includes('\r\n') ? '\r\n' : '\n';
  const block = ['', '```mermaid', ...mermaid.trimEnd().split('\n'), '```', ''].join(eol);
  return readme.slice(0, begin + BEGIN.length) + block + readme.slice(end);
}

export async function readmeSyncCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { ...BUILD_OPTIONS, file: { type: 'string', default: 'Dockerfile' }, check: { type: 'boolean', default: false } },
  });
  if (positionals.length !== 1 || positionals[0] === '-') throw new UsageError('readme-sync needs one README: stagecraft readme-sync README.md --file Dockerfile');
  const readmePath = positionals[0]!;
  const dockerfile = values.file ?? 'Dockerfile';
  const readme = await readInput(io, readmePath);
  const analysis = analyze(await readInput(io, dockerfile), { target: values.target ?? null, buildArgs: parseBuildArgs(values['build-arg'] ?? []) });
  const next = syncBlock(readme, formatMermaid(analysis));
  if (next === null) {
    throw new UsageError(`${readmePath}: no diagram markers; put the two lines ${BEGIN} and ${END} where the diagram of ${dockerfile} should go`);
  }
  if (next === readme) {
    io.out(`${readmePath}: the diagram of ${dockerfile} is up to date\n`);
    return 0;
  }
  if (values.check) {
    io.out(`${readmePath}: the diagram of ${dockerfile} is out of date (run without --check to update it)\n`);
    return 1;
  }
  await writeFileAtomic(readmePath, next, { allowInput: true });
  io.out(`${readmePath}: updated the diagram of ${dockerfile}\n`);
  return 1;
}
