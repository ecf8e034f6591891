/**
 * The `--format json` contract (schemaVersion 1). Other tools rely on it:
 * fields may be added, never renamed or removed without a new schemaVersion.
 */
import type { Analysis, BaseRef, Diagnostic, Edge, SourceRef, Stage } from '../model.ts';

export const SCHEMA_VERSION = 1;

type JsonBase = { image: string } | { stage: number } | { scratch: true };
type JsonSource = { image: string } | { stage: number };

function baseJson(b: BaseRef): JsonBase {
  switch (b.kind) {
    case 'stage':
      return { stage: b.stage };
    case 'scratch':
      return { scratch: true };
    case 'image':
      return { image: b.ref };
  }
}

function sourceJson(s: SourceRef): JsonSource {
  return s.kind === 'stage' ? { stage: s.stage } : { image: s.ref };
}

function stageJson(s: Stage) {
  return {
    index: s.index, name: s.name, displayName: s.displayName, image: s.image, fromText: s.fromText,
    base: baseJson(s.base), platform: s.platform, startLine: s.startLine, endLine: s.endLine,
    instructionCount: s.instructions.length,
    layers: s.layerInfo.layers, history: s.layerInfo.history, baseLayers: s.layerInfo.baseLayers,
    totalLayers: s.layerInfo.totalLayers, reachable: s.reachable, classicBuilt: s.classicBuilt,
    ...(s.replacedBy ? { replacedBy: s.replacedBy } : {}),
    ...(s.baseContext ? { baseContext: s.baseContext } : {}),
    ...(s.description ? { description: s.description } : {}),
  };
}

function edgeJson(e: Edge) {
  return {
    kind: e.kind, stage: e.stage, source: sourceJson(e.source), line: e.line, via: e.via,
    ...(e.paths ? { paths: e.paths } : {}),
    ...(e.mountType ? { mountType: e.mountType } : {}),
    ...(e.trigger ? { trigger: e.trigger } : {}),
    ...(e.mountTarget !== undefined && e.mountTarget !== '' ? { mountTarget: e.mountTarget } : {}),
    ...(e.implicitFrom ? { implicitFrom: true } : {}),
    ...(e.sourceContext ? { sourceContext: e.sourceContext } : {}),
  };
}

function diagnosticJson(d: Diagnostic) {
  return {
    severity: d.severity, code: d.code, line: d.range.start.line, column: d.range.start.column,
    endLine: d.range.end.line, endColumn: d.range.end.column, message: d.message,
    ...(d.stage !== undefined ? { stage: d.stage } : {}),
    ...(d.afterFirstError ? { afterFirstError: true } : {}),
  };
}

/** The JSON document (an object; stringify it yourself or use `formatJson`). */
export function toJson(a: Analysis) {
  return {
    schemaVersion: SCHEMA_VERSION,
    target: a.target,
    targetName: a.target === null ? null : (a.stages[a.target]?.displayName ?? null),
    metaArgs: a.metaArgs.map((m) => ({
      name: m.name, default: m.defaultValue, value: m.value ?? null, overridden: m.overridden, line: m.line,
      ...(m.description ? { description: m.description } : {}),
    })),
    stages: a.stages.map(stageJson),
    edges: a.edges.map(edgeJson),
    diagnostics: a.diagnostics.map(diagnosticJson),
  };
}

export function formatJson(a: Analysis): string {
  return `${JSON.stringify(toJson(a), null, 2)}\n`;
}
