/**
 * The engine's semantics, one table row per input (named after the input).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import type { Analysis, AnalyzeOptions } from '../../src/core/model.ts';

const codes = (a: Analysis) => a.diagnostics.map((d) => `${d.severity}:${d.code}@${d.range.start.line}`);
const edges = (a: Analysis) =>
  a.edges.map((e) => `${e.kind} ${e.stage}<-${e.source.kind === 'stage' ? e.source.stage : e.source.ref} @${e.line}`);

interface Row { text: string; opts?: AnalyzeOptions; check: (a: Analysis) => void }

const rows: Record<string, Row> = {
  'FROM alpine AS Builder\nFROM Builder': {
    text: 'FROM alpine AS Builder\nFROM Builder\n',
    check: (a) => {
      expect(a.stages[1]?.base).toEqual({ kind: 'image', ref: 'Builder' });
      expect(codes(a)).toEqual(expect.arrayContaining(['error:InvalidImageReference@2', 'warning:FromStageCaseMismatch@2']));
      // StageNameCasing is a build check: src/core/checks owns it (test/checks).
      expect(codes(a)).not.toContain('warning:StageNameCasing@1');
    },
  },
  'FROM alpine AS builder\nFROM scratch\nCOPY --from=buidler /a /b': {
    text: 'FROM alpine AS builder\nFROM scratch\nCOPY --from=buidler /a /b\n',
    check: (a) => {
      expect(edges(a)).toEqual(['copy 1<-buidler @3']);
      expect(codes(a)).toEqual(['warning:FromLikelyStageTypo@3']);
      expect(a.stages[0]?.reachable).toBe(false);
    },
  },
  'RUN --mount=from=0 ls (a mount never takes an index)': {
    text: 'FROM alpine\nFROM scratch\nRUN --mount=from=0 ls\n',
    check: (a) => {
      expect(edges(a)).toEqual(['mount 1<-0 @3']);
      expect(codes(a)).toContain('warning:NumericMountFrom@3');
    },
  },
  'COPY --from=+1 and --from=-1': {
    text: 'FROM alpine\nFROM alpine\nFROM scratch\nCOPY --from=+1 /a /a\nCOPY --from=-1 /b /b\nCOPY --from=7 /c /c\n',
    check: (a) => {
      expect(edges(a)).toEqual(['copy 2<-1 @4']);
      expect(codes(a)).toEqual(['error:InvalidStageIndex@5', 'error:InvalidStageIndex@6']);
    },
  },
  'COPY --chown=a --from=b (several flags)': {
    text: 'FROM alpine AS b\nFROM scratch\nCOPY --chown=1:1 --from=b /x /y\n',
    check: (a) => expect(edges(a)).toEqual(['copy 1<-0 @3']),
  },
  'WORKDIR / adds no layer; WORKDIR /app does; ONBUILD adds nothing': {
    text: 'FROM scratch AS base\nWORKDIR /\nWORKDIR /app/..\nONBUILD RUN x\nENV A=1\nFROM base\nWORKDIR app\nRUN y\n',
    check: (a) => {
      expect(a.stages[0]?.layerInfo).toMatchObject({ layers: 0, history: 3, baseLayers: 0, totalLayers: 0 });
      // The child runs the inherited trigger (RUN x) before its own WORKDIR app and RUN y.
      expect(a.stages[1]?.layerInfo).toMatchObject({ layers: 3, history: 3, baseLayers: 0, totalLayers: 3 });
    },
  },
  'FROM --platform on a stage-based FROM is ignored (inherited)': {
    text: 'FROM --platform=linux/arm64 alpine AS a\nFROM --platform=linux/amd64 a\n',
    check: (a) => expect(a.stages.map((s) => s.platform)).toEqual(['linux/arm64', 'linux/arm64']),
  },
  'FROM --platform=$BUILDPLATFORM golang': {
    text: 'FROM --platform=$BUILDPLATFORM golang AS b\n',
    opts: { buildArgs: { BUILDPLATFORM: 'linux/riscv64' } },
    check: (a) => expect(a.stages[0]?.platform).toBe('linux/riscv64'),
  },
  'ARG VARIANT=cpu + FROM app-${VARIANT} (build-arg switches the base stage)': {
    text: 'ARG VARIANT=cpu\nFROM alpine AS app-cpu\nFROM alpine AS app-gpu\nFROM app-${VARIANT}\n',
    opts: { buildArgs: { VARIANT: 'gpu' } },
    check: (a) => {
      expect(a.stages[2]?.base).toEqual({ kind: 'stage', stage: 1 });
      expect(a.stages.map((s) => s.reachable)).toEqual([false, true, true]);
      expect(a.metaArgs).toEqual([{ name: 'VARIANT', defaultValue: 'cpu', value: 'gpu', overridden: true, line: 1 }]);
    },
  },
  'FROM busybox:${TAG:-1.36} (modifier expanded)': {
    text: 'ARG TAG\nFROM busybox:${TAG:-1.36}\n',
    check: (a) => {
      expect(a.stages[0]?.image).toBe('busybox:1.36');
      expect(codes(a)).toEqual([]);
    },
  },
  'FROM alpine:$UNDECLARED': {
    text: 'FROM alpine:$UNDECLARED\n',
    // UndefinedArgInFrom is a build check: src/core/checks owns it (test/checks).
    check: (a) => expect(a.diagnostics.map((d) => d.code)).not.toContain('UndefinedArgInFrom'),
  },
  'FROM ${TARGETSTAGE}-base (TARGETSTAGE is the target)': {
    text: 'FROM alpine AS prod-base\nFROM ${TARGETSTAGE}-base AS prod\n',
    check: (a) => expect(a.stages[1]?.base).toEqual({ kind: 'stage', stage: 0 }),
  },
  'AS scratch (reserved; shadows FROM scratch)': {
    text: 'FROM alpine AS scratch\nFROM scratch\n',
    check: (a) => {
      expect(a.stages[1]?.base).toEqual({ kind: 'stage', stage: 0 });
      // ReservedStageName is a build check: src/core/checks owns it (test/checks).
      expect(codes(a)).not.toContain('warning:ReservedStageName@1');
    },
  },
  'RUN --mount=type=secret,id=x,from=a (secret mount with from)': {
    text: 'FROM alpine AS a\nFROM alpine\nRUN --mount=type=secret,id=x,from=a cat /run/secrets/x\n',
    check: (a) => expect(codes(a)).toContain('error:SecretMountFrom@3'),
  },
  'ENV before FROM': {
    text: 'ENV A=1\nFROM alpine\n',
    check: (a) => expect(codes(a)).toContain('error:InstructionBeforeFrom@1'),
  },
  'FROMM alpine (unknown instruction, suggestion)': {
    text: 'FROM alpine\nCOPPY a b\n',
    check: (a) => expect(a.diagnostics.find((d) => d.code === 'UnknownInstruction')?.message).toContain('did you mean COPY?'),
  },
  'COPY --form=a (unknown flag)': {
    text: 'FROM alpine\nCOPY --form=a x y\n',
    check: (a) => expect(codes(a)).toContain('error:UnknownFlag@2'),
  },
  'FROM inside a heredoc body is not a stage': {
    text: 'FROM alpine\nRUN <<EOF\nFROM busybox AS fake\nEOF\nFROM scratch\n',
    check: (a) => expect(a.stages.map((s) => s.image)).toEqual(['alpine', 'scratch']),
  },
  'ONBUILD COPY --from=src in base stage (edge belongs to the child)': {
    text: 'FROM alpine AS src\nFROM busybox AS base\nONBUILD COPY --from=src /a /b\nFROM base AS child\n',
    check: (a) => {
      expect(a.edges).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'onbuild', stage: 2, source: { kind: 'stage', stage: 0 }, line: 4, trigger: { kind: 'copy', declaredLine: 3 } })]));
      expect(a.stages.every((s) => s.reachable)).toBe(true);
    },
  },
  'forward reference in an unreachable stage is only a warning': {
    text: 'FROM alpine AS a\nCOPY --from=b / /\nFROM alpine AS b\nFROM scratch AS final\n',
    check: (a) => expect(codes(a)).toEqual(['warning:StageUsedBeforeDefined@2']),
  },
  'COPY --from=nginx:latest (external image, with paths)': {
    text: 'FROM alpine\nCOPY --from=nginx:latest /etc/nginx/nginx.conf /nginx.conf\n',
    check: (a) => expect(a.edges[0]).toMatchObject({ kind: 'copy', source: { kind: 'image', ref: 'nginx:latest' }, paths: { sources: ['/etc/nginx/nginx.conf'], dest: '/nginx.conf' } }),
  },
  'empty text': { text: '', check: (a) => expect(codes(a)).toEqual(['error:EmptyDockerfile@1']) },
  'comments only': { text: '# nothing\n\n', check: (a) => expect(codes(a)).toEqual(['error:EmptyDockerfile@1']) },
  'ARG only': { text: 'ARG foo=bar\n', check: (a) => expect(codes(a)).toEqual(['error:NoStages@1']) },
};

describe('engine', () => {
  for (const [name, row] of Object.entries(rows)) it(name, () => row.check(analyze(row.text, row.opts)));
});
