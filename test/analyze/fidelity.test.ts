/**
 * BuildKit fidelity, round two: the corners. One row per input (named after the
 * input); each row names the BuildKit function whose behaviour it checks.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { formatText } from '../../src/core/format/text.ts';
import type { Analysis, AnalyzeOptions } from '../../src/core/model.ts';

const codes = (a: Analysis) => a.diagnostics.map((d) => `${d.severity}:${d.code}@${d.range.start.line}`);
const errors = (a: Analysis) => a.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
const edges = (a: Analysis) =>
  a.edges.filter((e) => e.kind !== 'base').map((e) => `${e.kind} ${e.stage}<-${e.source.kind === 'stage' ? e.source.stage : e.source.ref}`);
const built = (a: Analysis) => a.stages.filter((s) => s.reachable).map((s) => s.index);

interface Row { buildkit: string; opts?: AnalyzeOptions; check: (a: Analysis) => void }

const rows: Record<string, Row> = {
  // --- RUN --mount without from= and a stage named scratch -------------------------------------
  'FROM alpine AS scratch / FROM alpine / RUN --mount=type=cache,target=/c true': {
    buildkit: 'convert_runmount.go detectRunMount: a mount without from= is findStateByName("scratch")',
    check: (a) => {
      expect(edges(a)).toEqual(['mount 1<-0']);
      expect(a.edges.find((e) => e.kind === 'mount')).toMatchObject({ implicitFrom: true, mountTarget: '/c', mountType: 'cache' });
      expect(built(a)).toEqual([0, 1]);
      expect(codes(a)).toContain('info:ScratchStageMount@3');
      expect(errors(a)).toEqual([]);
    },
  },
  'FROM alpine AS app / RUN --mount=type=cache,target=/c true / FROM alpine AS scratch (--target app)': {
    buildkit: 'dispatchRunMounts: a cache mount without from= reads "scratch", which is not dispatched yet',
    opts: { target: 'app' },
    check: (a) => {
      expect(built(a)).toEqual([0, 1]);
      expect(errors(a)).toEqual([
        'cannot mount from stage "scratch" to "/c", stage needs to be defined before current command. BuildKit builds stages in file order, so a stage can only mount from stages defined above it.',
      ]);
    },
  },
  'FROM alpine AS app / RUN --mount=target=/src true / FROM alpine AS scratch (--target app)': {
    buildkit: 'dispatchRunMounts: a bind mount without from= uses the build context, no dispatch check; the edge still builds scratch',
    opts: { target: 'app' },
    check: (a) => {
      expect(built(a)).toEqual([0, 1]);
      expect(errors(a)).toEqual([]);
    },
  },
  'FROM alpine AS scratch / RUN --mount=type=tmpfs,target=/t true': {
    buildkit: 'validations.go validateCircularDependency: the stage named scratch depends on itself',
    check: (a) => expect(errors(a)).toEqual(['circular dependency detected on stage: scratch. Stages that copy from each other can never be built.']),
  },
  'FROM alpine / RUN --mount=type=cache,target=/c true (no stage named scratch)': {
    buildkit: 'detectRunMount: an unregistered scratch pseudo-state, no stage edge',
    check: (a) => {
      expect(edges(a)).toEqual([]);
      expect(errors(a)).toEqual([]);
    },
  },
  // --- ONBUILD triggers: parsed only for built stages, after the cycle check ----------------------
  'FROM alpine AS base / ONBUILD COPY --from=child /a /b / FROM base AS child': {
    buildkit: 'resolveStages → initOnBuildTriggers after validateCircularDependency; dispatchStages marks the child dispatched first',
    check: (a) => {
      expect(edges(a)).toEqual(['onbuild 1<-1']);
      expect(errors(a)).toEqual([]);
    },
  },
  'FROM alpine AS base / ONBUILD COPY --from=$X /a /b / FROM base AS child / FROM alpine AS final': {
    buildkit: 'initOnBuildTriggers runs only for reachable stages: an unbuilt child never parses the trigger',
    check: (a) => {
      expect(errors(a)).toEqual([]);
      expect(codes(a).filter((c) => c.includes('FromFlagVariable'))).toEqual([]);
    },
  },
  'FROM alpine AS base / ONBUILD COPY --from=$X /a /b / FROM base AS child / FROM alpine AS final (--target child)': {
    buildkit: 'initOnBuildTriggers → toCommand: the trigger of a built child fails the --from expansion check',
    opts: { target: 'child' },
    // convert.go initOnBuildTriggers: node.StartLine, node.EndLine = rangeStartEnd(d.stage.Location).
    check: (a) => {
      expect(codes(a)).toContain('error:FromFlagVariable@3');
      expect(codes(a)).toContain('info:OnbuildTriggerFailsInChild@2');
    },
  },
  'FROM alpine AS base / ONBUILD COPY --from=9 /a /b / FROM base AS child / FROM alpine': {
    buildkit: 'findStateByIndex is reached only when the trigger is parsed (built child)',
    check: (a) => expect(errors(a)).toEqual([]),
  },
  'FROM alpine AS base / ONBUILD FOO bar / FROM base AS child / FROM alpine': {
    buildkit: 'parse.go parseOnBuild checks only the trigger keyword; instructions.ParseCommand runs in a built child',
    check: (a) => expect(codes(a).filter((c) => c.startsWith('error'))).toEqual([]),
  },
  'FROM alpine AS base / ONBUILD FOO bar / FROM base AS child': {
    buildkit: 'initOnBuildTriggers → instructions.ParseCommand: unknown instruction in a built child',
    check: (a) => {
      expect(codes(a)).toContain('error:UnknownInstruction@3');
      expect(codes(a)).toContain('info:OnbuildTriggerFailsInChild@2');
    },
  },
  'FROM alpine AS base / ONBUILD COPY --from=c /x /y / FROM base AS d / FROM alpine AS c / COPY --from=d /y /z': {
    buildkit: 'validateCircularDependency ignores triggers; dispatch then fails the forward copy in d',
    check: (a) => {
      expect(errors(a)).toEqual([
        'cannot copy from stage "c", it needs to be defined before current stage "d". BuildKit builds stages in file order, so a stage can only copy from stages defined above it.',
      ]);
      expect(built(a)).toEqual([0, 1, 2]);
    },
  },
  // --- WORKDIR: expanded and normalised before the layer decision --------------------------------
  'FROM scratch / ENV D=/ / WORKDIR $D': {
    buildkit: 'dispatchWorkdir: system.NormalizeWorkdir of the expanded path is "/", so no mkdir and no layer',
    check: (a) => expect(a.stages[0]?.layerInfo).toMatchObject({ layers: 0, history: 2 }),
  },
  'FROM scratch / WORKDIR $NOPE/': {
    buildkit: 'dispatch → Expand: an undefined variable expands to nothing, "/" adds no layer',
    check: (a) => expect(a.stages[0]?.layerInfo).toMatchObject({ layers: 0, history: 1 }),
  },
  'FROM scratch / ARG APP=/srv/app / WORKDIR ${APP}/../.. (ARG value is in the env)': {
    buildkit: 'dispatchArg adds the value to the state env; dispatchWorkdir normalises /srv/app/../.. to /',
    check: (a) => expect(a.stages[0]?.layerInfo).toMatchObject({ layers: 0, history: 2 }),
  },
  'FROM scratch AS base / ENV D=/opt / FROM base / WORKDIR $D (env inherited from the base stage)': {
    buildkit: 'dispatchState.init copies the base state (its env)',
    check: (a) => expect(a.stages[1]?.layerInfo).toMatchObject({ layers: 1 }),
  },
  // --- platforms (containerd platforms.Parse) ----------------------------------------------------
  'FROM --platform=windows(10.0.17763)/amd64 mcr.microsoft.com/windows/servercore:ltsc2019': {
    buildkit: 'platforms.Parse accepts an OS version in brackets',
    check: (a) => expect(errors(a)).toEqual([]),
  },
  'FROM --platform=foo alpine': {
    buildkit: 'buildDispatchStates: errors.Wrapf(platforms.Parse error, "failed to parse platform %s", v)',
    check: (a) => expect(errors(a)).toEqual(['failed to parse platform foo: "foo": unknown operating system or architecture: invalid argument']),
  },
  'ARG P=linux/amd64/v2/extra / FROM --platform=$P alpine': {
    buildkit: 'platforms.Parse: four parts "cannot parse platform specifier"; the message prints the raw flag value',
    check: (a) => expect(errors(a)).toEqual(['failed to parse platform $P: "linux/amd64/v2/extra": cannot parse platform specifier: invalid argument']),
  },
  'FROM --platform=$BUILDPLATFROM alpine': {
    buildkit: 'buildDispatchStates → wrapSuggestAny: "did you mean" for the unmatched variable',
    check: (a) => expect(errors(a)).toEqual(['empty platform value from expression $BUILDPLATFROM (did you mean BUILDPLATFORM?)']),
  },
  // --- numeric --from over implicit states ------------------------------------------------------
  'FROM alpine AS a / FROM scratch / COPY --from=busybox /bin/sh /sh / COPY --from=2 /bin/ls /ls': {
    buildkit: 'buildStageDependencyGraph appends the unregistered busybox state; findStateByIndex(2) finds it',
    check: (a) => {
      expect(edges(a)).toEqual(['copy 1<-busybox', 'copy 1<-busybox']);
      expect(codes(a)).toEqual(['warning:ImplicitStateIndex@4']);
    },
  },
  'FROM alpine / RUN --mount=type=cache,target=/c true / COPY --from=1 /a /b': {
    buildkit: 'detectRunMount appends a scratch pseudo-state for the mount; index 1 is that state',
    check: (a) => {
      expect(edges(a)).toEqual(['copy 0<-scratch']);
      expect(errors(a)).toEqual([]);
    },
  },
  'FROM alpine / COPY --from=1 /a /b / COPY --from=busybox /c /d': {
    buildkit: 'toCommand resolves the index before the later COPY appends its state',
    check: (a) => expect(codes(a)).toContain('error:InvalidStageIndex@2'),
  },
  // --- BuildKit's exact words --------------------------------------------------------------------
  'FROM alpine AS a / COPY --from=Later /x /y / FROM alpine AS later (--target a)': {
    buildkit: 'dispatch: "cannot copy from stage %q" with c.From as written',
    opts: { target: 'a' },
    check: (a) => expect(errors(a)[0]).toMatch(/^cannot copy from stage "Later", it needs to be defined before current stage "a"\./),
  },
  'FROM alpine AS a / RUN --mount=from=Later,target=/mnt true / FROM alpine AS later (--target a)': {
    buildkit: 'dispatchRunMounts: "cannot mount from stage %q to %q" with mount.From and mount.Target',
    opts: { target: 'a' },
    check: (a) => expect(errors(a)[0]).toMatch(/^cannot mount from stage "Later" to "\/mnt", stage needs to be defined before current command\./),
  },
  'FROM alpine AS Builder / FROM Builder': {
    buildkit: 'resolveBaseImage → reference.ParseNormalizedNamed names the normalised repository',
    check: (a) => expect(errors(a)[0]).toMatch(/^failed to parse stage name "Builder": invalid reference format: repository name \(library\/Builder\) must be lowercase\./),
  },
  'FROM alpine / COPY --from=Ghcr.io/Org/Tool /a /b': {
    buildkit: 'ParseNormalizedNamed: an upper-case first part is a domain; the remote name must be lowercase',
    check: (a) => expect(errors(a)[0]).toMatch(/repository name \(Org\/Tool\) must be lowercase/),
  },
  // --- which error BuildKit stops at ---------------------------------------------------------------
  'FROM alpine AS a / COPY --from=9 /x /y / FROM Builder / FROM --platform=foo alpine': {
    buildkit: 'toDispatchState: buildDispatchStates (platform) runs before buildStageDependencyGraph (index) and resolveStages (reference)',
    check: (a) => {
      expect(a.firstError?.code).toBe('InvalidPlatform');
      const next = a.diagnostics.filter((d) => d.afterFirstError).map((d) => d.code);
      expect(next).toEqual(['InvalidStageIndex', 'InvalidImageReference']);
    },
  },
  'FROM alpine / RUN --mount=from=$X,target=/a true / COPY --from=$Y /a /b': {
    buildkit: "instructions.Parse ('from' expansion in a mount) comes before toCommand (--from expansion)",
    check: (a) => {
      expect(a.firstError?.message).toMatch(/^'from' doesn't support variable expansion/);
      expect(a.diagnostics.filter((d) => d.afterFirstError).map((d) => d.range.start.line)).toEqual([3]);
    },
  },
  // --- the classic builder cannot build BuildKit-only syntax -------------------------------------------
  'FROM alpine / RUN --mount=type=cache,target=/c true / COPY --link a b / RUN <<EOF … EOF': {
    buildkit: 'moby classic builder: "the --mount option requires BuildKit"; heredocs are BuildKit syntax',
    check: (a) => {
      const found = a.diagnostics.filter((d) => d.code === 'ClassicBuilderCannotBuild').map((d) => d.params.feature);
      expect(found).toEqual(['RUN --mount', 'COPY --link', 'RUN <<EOF (heredoc)']);
      expect(formatText(a)).toContain('Classic builder cannot build this file: RUN --mount needs BuildKit (line 2)');
    },
  },
  'FROM alpine / COPY a b (nothing BuildKit-only)': {
    buildkit: 'the classic builder builds it',
    check: (a) => {
      expect(a.diagnostics.some((d) => d.code === 'ClassicBuilderCannotBuild')).toBe(false);
      expect(formatText(a)).toContain('Classic builder builds: stage-0');
    },
  },
};

/** The row name is the input: " / " separates lines, "(…)" notes are dropped, "…" joins a heredoc. */
function textOf(name: string): string {
  const body = name.replace(/\s\([^)]*\)$/, '').replace(/\s\([^)]*\)$/, '');
  return `${body.split(' / ').map((l) => (l.includes('<<EOF …') ? l.replace(' … EOF', '\necho hi\nEOF') : l)).join('\n')}\n`;
}

describe('BuildKit fidelity (round two)', () => {
  for (const [name, row] of Object.entries(rows)) {
    it(`${name}  [${row.buildkit}]`, () => row.check(analyze(textOf(name), row.opts)));
  }
});

describe('"did you mean" suffixes (suggest.WrapError)', () => {
  const cases: Record<string, string> = {
    'FROM alpine\nCOPY --form=a b c\n': 'unknown flag: --form (did you mean from?).',
    'FROM alpine\nRUN --mout=type=cache,target=/c true\n': 'unknown flag: --mout (did you mean mount?).',
    'FROM alpine\nCOPY --nothinglike=1 a b\n': 'unknown flag: --nothinglike.',
  };
  for (const [text, want] of Object.entries(cases)) {
    it(JSON.stringify(text), () => expect(analyze(text).diagnostics.find((d) => d.code === 'UnknownFlag')?.message).toBe(want));
  }
});
