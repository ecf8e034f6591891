/**
 * Syntax the classic builder cannot build at all (moby daemon/builder/dockerfile):
 * RUN --mount / --network / --security / --device and COPY/ADD --link, --parents,
 * --exclude, --chmod, ADD --checksum / --keep-git-dir / --unpack stop it with
 * "the --<flag> option requires BuildKit"; heredocs are BuildKit parser syntax the
 * classic builder does not run. For such a file "what the classic builder builds"
 * is moot, and the analysis says so once per kind of syntax (at its first use).
 */
import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic, Instruction } from '../model.ts';

const BUILDKIT_FLAGS: Readonly<Record<string, readonly string[]>> = {
  run: ['mount', 'network', 'security', 'device'],
  copy: ['link', 'parents', 'exclude', 'chmod'],
  add: ['link', 'parents', 'exclude', 'chmod', 'checksum', 'keep-git-dir', 'unpack'],
};

/** The BuildKit-only features of one instruction (an ONBUILD's trigger included), e.g. `RUN --mount`. */
export function buildkitOnlyFeatures(ins: Instruction): string[] {
  const target = ins.keyword === 'onbuild' && ins.trigger !== null ? ins.trigger : ins;
  const found: string[] = [];
  const flags = BUILDKIT_FLAGS[target.keyword] ?? [];
  for (const f of target.flags) if (flags.includes(f.name)) found.push(`${target.keyword.toUpperCase()} --${f.name}`);
  if (target.heredocs.length > 0 || ins.heredocs.length > 0) found.push(`${target.keyword.toUpperCase()} <<${(target.heredocs[0] ?? ins.heredocs[0])?.name ?? 'EOF'} (heredoc)`);
  return found;
}

/** One `ClassicBuilderCannotBuild` note per kind of BuildKit-only syntax, at its first use. */
export function classicBlockers(instructions: readonly Instruction[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  let stage = -1;
  for (const ins of instructions) {
    if (ins.keyword === 'from') stage++;
    for (const feature of buildkitOnlyFeatures(ins)) {
      const kind = feature.replace(/<<\S+/, '<<');
      if (seen.has(kind)) continue;
      seen.add(kind);
      out.push(diagnostic('info', 'ClassicBuilderCannotBuild', ins.range, { feature }, stage < 0 ? undefined : stage));
    }
  }
  return out;
}
