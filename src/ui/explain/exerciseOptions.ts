/**
 * What a teacher can ask about this Dockerfile, per kind: the parameters that have an answer
 * (named stages for --target, lines with COPY --from, variables that something expands…).
 */
import { expanderOf, variableTokens } from '../../core/analyze/scope.ts';
import { stageLabel } from '../../core/explain/instruction.ts';
import type { ExerciseKind, ExerciseSpec } from '../../core/exercise/types.ts';
import type { Analysis } from '../../core/model.ts';
import type { ContextIgnore } from '../../core/context/dockerignore.ts';
import { contextSources, leftOut, touches } from '../../core/schedule/index.ts';

export interface Option {
  readonly label: string;
  readonly spec: ExerciseSpec;
  /** cacheRerun: the workspace's `.dockerignore` leaves this path out of the build context. */
  readonly leftOut?: boolean;
}

/** `ignore`: the workspace's `.dockerignore` (cacheRerun marks the paths it leaves out, as the Build tab's what-if counts them). */
export function exerciseOptions(a: Analysis, text: string, kind: ExerciseKind, ignore: ContextIgnore | null = null): Option[] {
  switch (kind) {
    case 'targetBuilds':
      return [
        { label: '', spec: { kind, target: null } },
        ...a.stages.filter((s) => s.originalName !== null).map((s) => ({ label: s.originalName!, spec: { kind, target: s.originalName } })),
      ];
    case 'copySource':
      return a.edges.filter((e) => e.kind === 'copy' && !e.trigger).map((e) => ({
        label: `${e.line}: ${a.parse.instructions.find((i) => i.range.start.line === e.line)?.text ?? e.via}`,
        spec: { kind, line: e.line },
      }));
    case 'layerCount':
      return a.stages.flatMap((s) => [
        { label: stageLabel(s), spec: { kind, stage: s.index, scope: 'own' as const } },
        ...(s.layerInfo.totalLayers === null ? [] : [{ label: stageLabel(s), spec: { kind, stage: s.index, scope: 'total' as const } }]),
      ]);
    case 'buildingLine':
      return a.stages.filter((s) => s.reachable && s.index !== a.target).map((s) => ({ label: stageLabel(s), spec: { kind, stage: s.index } }));
    case 'expand': {
      const lines = text.split(/\r?\n/);
      const out: Option[] = [];
      for (const ins of a.parse.instructions) {
        if (expanderOf(ins) === 'none') continue;
        for (let l = ins.range.start.line; l <= ins.range.end.line; l++) {
          const seen = new Set<string>();
          for (const tok of variableTokens(lines[l - 1] ?? '', a.parse.escapeToken)) {
            if (seen.has(tok.name) || !/^[A-Za-z_]/.test(tok.name)) continue;
            seen.add(tok.name);
            out.push({ label: `${l}: ${tok.text}`, spec: { kind, line: l, variable: tok.name } });
          }
        }
      }
      return out;
    }
    case 'cacheRerun': {
      // Each path a built COPY/ADD takes from the build context (a changed one re-runs something).
      const paths = new Set<string>();
      const sources: string[] = [];
      for (const st of a.stages) {
        if (!st.reachable) continue;
        for (const ins of st.instructions) {
          if ((ins.keyword !== 'copy' && ins.keyword !== 'add') || ins.flags.some((f) => f.name === 'from')) continue;
          for (const p of contextSources(ins.args, ins.heredocs.map((h) => h.name))) if (p.trim() !== '') { paths.add(p); sources.push(p); }
        }
      }
      // And each plain path the .dockerignore leaves out of what those sources take (node_modules
      // under `COPY . .`): the lesson that changing it re-runs nothing.
      const ignores = ignore === null ? () => false : (p: string) => ignore.matcher.ignores(p);
      for (const pattern of ignore?.matcher.patterns ?? []) {
        if (pattern.startsWith('!') || !leftOut(pattern, ignores) || !sources.some((src) => touches(src, pattern))) continue;
        paths.add(pattern);
      }
      return [...paths].map((p) => ({ label: p, spec: { kind, paths: [p] }, ...(leftOut(p, ignores) ? { leftOut: true } : {}) }));
    }
  }
}
