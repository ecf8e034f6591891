/**
 * Completion of what may follow `FROM `, `COPY --from=` and `--mount=…,from=`, by BuildKit's
 * rules for each place:
 * - FROM: the names of the stages defined *above* (a FROM never sees a later stage), `scratch`
 *   and the catalog's images. No indexes: `FROM 0` is an image named "0".
 * - COPY --from: the stages defined *above* the current one, by name and by index; then images.
 *   A name resolves to the last stage with that name in the whole file (the final name map), so
 *   a name that a later stage takes again is not offered. BuildKit dispatches stages in file
 *   order and refuses a source not dispatched yet (convert.go dispatchCopy: "cannot copy from
 *   stage %q, it needs to be defined before current stage %q"), so a later stage is never
 *   offered, unless a named build context replaces it (resolveStages dispatches those early).
 * - --mount from=: the same stages by name (numbers are not indexes there; convert_runmount.go:
 *   "cannot mount from stage %q to %q, stage needs to be defined before current command"), then images.
 */
import type { Analysis, Stage } from '../model.ts';
import { lookupImage } from '../catalog/lookup.ts';

export type StageSlot = 'from' | 'copy' | 'mount';

/** What the text before the cursor asks for, and the word typed so far. */
export interface CompletionSlot {
  readonly slot: StageSlot;
  readonly typed: string;
}

export type StageCompletion =
  | { readonly kind: 'stage'; readonly label: string; readonly stage: number; readonly image: string; readonly byIndex: boolean }
  | { readonly kind: 'scratch'; readonly label: 'scratch' }
  | { readonly kind: 'image'; readonly label: string; readonly description: string };

const FROM_SLOT = /^\s*from\s+(?:--\S+\s+)*([^\s$]*)$/i;
const COPY_SLOT = /^\s*(?:onbuild\s+)?copy\s(?:.*\s)?--from=([^\s$]*)$/i;
const MOUNT_SLOT = /^\s*(?:onbuild\s+)?run\s.*--mount=(?:\S*,)?from=([^\s,$"]*)$/i;

/** Common base images, each checked against the catalog (test/core/editor) for its description. */
export const CATALOG_IMAGES: readonly string[] = [
  'alpine', 'busybox', 'debian', 'debian:bookworm-slim', 'ubuntu',
  'golang', 'golang:alpine', 'node', 'node:alpine', 'node:slim', 'python', 'python:slim', 'python:alpine',
  'rust', 'rust:slim', 'eclipse-temurin', 'eclipse-temurin:21-jre', 'nginx', 'nginx:alpine',
  'mcr.microsoft.com/dotnet/sdk', 'mcr.microsoft.com/dotnet/aspnet', 'mcr.microsoft.com/dotnet/runtime', 'mcr.microsoft.com/dotnet/runtime-deps',
  'gcr.io/distroless/static-debian12', 'gcr.io/distroless/base-debian12', 'gcr.io/distroless/cc-debian12',
  'gcr.io/distroless/java21-debian12', 'gcr.io/distroless/nodejs22-debian12', 'gcr.io/distroless/python3-debian12',
];

/** The slot the cursor is in, from the text of its line before the cursor, or null. */
export function completionSlot(before: string): CompletionSlot | null {
  const copy = COPY_SLOT.exec(before);
  if (copy) return { slot: 'copy', typed: copy[1] ?? '' };
  const mount = MOUNT_SLOT.exec(before);
  if (mount) return { slot: 'mount', typed: mount[1] ?? '' };
  const from = FROM_SLOT.exec(before);
  if (from) return { slot: 'from', typed: from[1] ?? '' };
  return null;
}

/** The stage a 1-based line belongs to (the last stage that starts at or above it), or null. */
export function stageAtLine(analysis: Analysis, line: number): number | null {
  let found: number | null = null;
  for (const st of analysis.stages) if (st.startLine <= line) found = st.index;
  return found;
}

/** The candidates for a slot at a line, stages first. */
export function stageCompletions(analysis: Analysis, slot: StageSlot, line: number): StageCompletion[] {
  const here = slot === 'from' ? null : stageAtLine(analysis, line);
  // Dispatched before the current stage: defined above it, or replaced by a named context.
  const ready = (s: Stage): boolean => here !== null && s.index !== here && (s.index < here || s.replacedBy !== undefined);
  const visible = slot === 'from' ? analysis.stages.filter((s) => s.startLine < line) : analysis.stages.filter(ready);
  const named = slot === 'from' ? lastOfEachName(visible) : lastOfEachName(analysis.stages).filter(ready);
  const out: StageCompletion[] = [];
  for (const st of named) {
    out.push({ kind: 'stage', label: st.name ?? '', stage: st.index, image: st.fromText, byIndex: false });
  }
  if (slot === 'copy') {
    for (const st of visible) out.push({ kind: 'stage', label: String(st.index), stage: st.index, image: st.fromText, byIndex: true });
  }
  if (slot === 'from') out.push({ kind: 'scratch', label: 'scratch' });
  for (const image of CATALOG_IMAGES) out.push({ kind: 'image', label: image, description: lookupImage(image)?.label ?? '' });
  return out;
}

/** Named stages, one per name: the last one, which is what a name resolves to. */
function lastOfEachName(stages: readonly Stage[]): Stage[] {
  const byName = new Map<string, Stage>();
  for (const st of stages) if (st.name !== null) byName.set(st.name, st);
  return [...byName.values()].sort((a, b) => a.index - b.index);
}
