/**
 * The build checks beyond BuildKit's own suite: one row per input, named after it. Where a
 * row asserts BuildKit behaviour, the comment names the Go function it follows.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { runChecks, type CheckOptions, type CheckResult } from '../../src/core/checks/index.ts';
import { parseLintOptions } from '../../src/core/checks/config.ts';
import { suggestSearch } from '../../src/core/checks/suggest.ts';

function check(text: string, options: CheckOptions = {}): CheckResult {
  return runChecks(text, analyze(text, { target: options.target ?? null, buildArgs: options.buildArgs ?? {} }), options);
}
const found = (r: CheckResult) => r.findings.map((f) => `${f.ruleName}@${f.range.start.line}`);

const rows: Record<string, { text: string; options?: CheckOptions; expect: string[]; also?: (r: CheckResult) => void }> = {
  'FROM alpine AS Builder (StageNameCasing, the engine no longer says it)': {
    text: 'FROM alpine AS Builder\n', expect: ['StageNameCasing@1'],
  },
  'FROM alpine:$UNDECLARED (UndefinedArgInFrom, no suggestion; `alpine:` is invalid with defaults)': {
    text: 'FROM alpine:$UNDECLARED\n', expect: ['InvalidDefaultArgInFrom@1', 'UndefinedArgInFrom@1'],
    also: (r) => expect(r.findings[1]?.detail).toBe("FROM argument 'UNDECLARED' is not declared"),
  },
  '# check=skip=JSONArgsRecommended above one CMD only': {
    text: 'FROM alpine\n# check=skip=JSONArgsRecommended\nCMD a\nENTRYPOINT b\n', expect: ['JSONArgsRecommended@4'],
  },
  'an indented # check=skip= (BuildKit keeps its # and never reads it)': {
    text: 'FROM scratch\n  # check=skip=UndefinedVar\n  COPY $X /x\n', expect: ['UndefinedVar@3'],
  },
  'ENV A=1 B=$A (ENV sees the env before the instruction: UndefinedVar)': {
    text: 'FROM scratch\nENV A=1 B=$A\n', expect: ['UndefinedVar@2'],
  },
  'ARG A=1 B=$A (ARG sees the ones before it in the same line)': {
    text: 'FROM scratch\nARG A=1 B=$A\nCOPY $B /\n', expect: [],
  },
  'COPY $GOPATH under FROM golang (the image env: no finding)': {
    text: 'FROM golang:1.22\nCOPY $GOPATH/x /x\n', expect: [],
  },
  'COPY $FOO under an image we do not know (cannot tell: a note, no finding)': {
    text: 'FROM example.com/unknown:1\nCOPY $FOO /x\n', expect: [],
    also: (r) => expect(r.notes).toEqual([{ kind: 'envUnknown', image: 'example.com/unknown:1', line: 1, stage: 0 }]),
  },
  'FROM --platform=windows/amd64 an unknown image AS windows (cannot tell the platform: a note)': {
    text: 'FROM --platform=windows/amd64 example.com/win:1 AS windows\n', expect: [],
    also: (r) => expect(r.notes[0]).toMatchObject({ kind: 'platformUnknown', expected: 'windows/amd64' }),
  },
  'WORKDIR rel after an absolute one in the base stage (workdirSet is inherited)': {
    text: 'FROM alpine AS a\nWORKDIR /app\nFROM a\nWORKDIR rel\n', expect: [],
  },
  'CMD twice in a stage and once in its child (trackers are not inherited)': {
    text: 'FROM alpine AS a\nCMD ["a"]\nCMD ["b"]\nFROM a\nCMD ["c"]\n', expect: ['MultipleInstructionsDisallowed@2'],
  },
  'SHELL in the base stage (JSONArgsRecommended is quiet in the child)': {
    text: 'FROM alpine AS a\nSHELL ["/bin/bash", "-c"]\nFROM a\nCMD run\n', expect: [],
  },
  'EXPOSE 80/TCP 8080:80 (both EXPOSE rules)': {
    text: 'FROM scratch\nEXPOSE 80/TCP 8080:80\n', expect: ['ExposeProtoCasing@2', 'ExposeInvalidFormat@2'],
  },
  '.dockerignore with an exception (CopyIgnoredFile cannot judge: nothing)': {
    text: 'FROM scratch\nCOPY a.txt /\n', options: { dockerignore: '*.txt\n!b.txt\n' }, expect: [],
  },
  'COPY --from=stage an ignored name (the context is not involved)': {
    text: 'FROM alpine AS a\nFROM scratch\nCOPY --from=a secret /\n', options: { dockerignore: 'secret\n' }, expect: [],
  },
  'unreachable stage: check mode reports, build mode does not': {
    text: 'FROM alpine AS unused\nMAINTAINER me\nENV a b\nFROM scratch\n', options: { mode: 'build' }, expect: ['MaintainerDeprecated@2'],
  },
  'BUILDKIT_DOCKERFILE_CHECK=error=true replaces the directive skip=all': {
    text: '# check=skip=all\nFROM alpine as a\n', options: { buildArgs: { BUILDKIT_DOCKERFILE_CHECK: 'error=true' } }, expect: ['FromAsCasing@2'],
    also: (r) => expect(r.buildError?.message).toBe('lint violation found for rules: FromAsCasing'),
  },
  '# check=skip=bogus;nope (a bad directive fails the build)': {
    text: '# check=nope\nFROM alpine\n', expect: [],
    also: (r) => expect(r.buildError?.message).toBe('failed to parse check options: invalid check option "nope"'),
  },
  'syntax 1.3 with COPY --link and a heredoc (our teaching rule)': {
    text: '# syntax=docker/dockerfile:1.3\nFROM alpine\nCOPY --link a /a\nRUN <<EOF\necho\nEOF\n', expect: ['stagecraft/syntax-version@3', 'stagecraft/syntax-version@4'],
    also: (r) => {
      expect(r.findings[0]?.detail).toBe('COPY --link needs docker/dockerfile:1.4 or later; this file pins docker/dockerfile:1.3');
      expect(r.findings.every((f) => f.own)).toBe(true);
    },
  },
  'syntax 1.7-labs with COPY --parents (labs has it)': {
    text: '# syntax=docker/dockerfile:1.7-labs\nFROM alpine\nCOPY --parents a /a\n', expect: [],
  },
  'check=error=true with only our own finding (the build does not fail)': {
    text: '# syntax=docker/dockerfile:1.3\n# check=error=true\nFROM alpine\nCOPY --link a /a\n', expect: ['stagecraft/syntax-version@4'],
    also: (r) => expect(r.buildError).toBeNull(),
  },
  // emptyImage (dockerfile2llb/image.go) gives scratch PATH, except on Windows.
  'FROM scratch / ENV P=$PATH (scratch has PATH: no UndefinedVar)': {
    text: 'FROM scratch\nENV P=$PATH\n', expect: [],
  },
  'FROM --platform=windows/amd64 scratch AS windows / ENV P=$PATH (no PATH on Windows)': {
    text: 'FROM --platform=windows/amd64 scratch AS windows\nENV P=$PATH\n', expect: ['UndefinedVar@2'],
  },
  'FROM --platform=linux/arm64 scratch AS arm64 / ENV P=$PATH (any non-Windows OS has PATH)': {
    text: 'FROM --platform=linux/arm64 scratch AS arm64\nENV P=$PATH\n', expect: [],
  },
  // system.IsAbs through CheckSystemDriveAndRemoveDriveLetter, for the stage's OS.
  'WORKDIR C:\\\\app on windows/amd64 (the drive letter is removed: absolute)': {
    text: 'FROM --platform=windows/amd64 mcr.microsoft.com/windows/servercore:ltsc2022 AS windows\nWORKDIR C:\\\\app\n', expect: [],
  },
  'WORKDIR C:/app and \\\\app on windows (both absolute)': {
    text: 'FROM --platform=windows/amd64 scratch AS windows\nWORKDIR C:/app\nFROM --platform=windows/amd64 scratch AS windows2\nWORKDIR \\\\app\n', expect: [],
  },
  'WORKDIR D:\\\\app on windows (not the system drive: IsAbs is false)': {
    text: 'FROM --platform=windows/amd64 scratch AS windows\nWORKDIR D:\\\\app\n', expect: ['WorkdirRelativePath@2'],
  },
  'WORKDIR C:app on windows (relative to the drive\'s directory)': {
    text: 'FROM --platform=windows/amd64 scratch AS windows\nWORKDIR C:app\n', expect: ['WorkdirRelativePath@2'],
  },
  'WORKDIR C:\\\\app on linux (a relative path there)': {
    text: 'FROM scratch\nWORKDIR C:\\\\app\n', expect: ['WorkdirRelativePath@2'],
  },
  'WORKDIR C:\\\\app in a stage built on a Windows stage (the platform is inherited)': {
    text: 'FROM --platform=windows/amd64 scratch AS windows\nFROM windows\nWORKDIR C:\\\\app\n', expect: [],
  },
  // initOnBuildTriggers: the base's triggers run in the child, located at the child's FROM.
  'ONBUILD ENV A 1 / ONBUILD WORKDIR rel / FROM base (trigger findings at the child\'s FROM)': {
    text: 'FROM alpine AS base\nONBUILD ENV A 1\nONBUILD WORKDIR rel\nFROM base\n', expect: ['LegacyKeyValueFormat@4', 'WorkdirRelativePath@4'],
    also: (r) => expect(r.findings.map((f) => f.onbuildLine)).toEqual([2, 3]),
  },
  'ONBUILD ENV A 1 / FROM base, build mode (the child is built)': {
    text: 'FROM alpine AS base\nONBUILD ENV A 1\nFROM base\n', options: { mode: 'build' }, expect: ['LegacyKeyValueFormat@3'],
  },
  'ONBUILD ENV A 1 in a child nothing builds (resolveStages runs triggers only for reachable stages, check mode too)': {
    text: 'FROM alpine AS base\nONBUILD ENV A 1\nFROM base AS child\nFROM alpine\n', expect: [],
  },
  'ONBUILD ENV A $NOPE / FROM base (UndefinedVar from the trigger, at the child)': {
    text: 'FROM alpine AS base\nONBUILD ENV A=$NOPE\nFROM base\n', expect: ['UndefinedVar@3'],
  },
  'ONBUILD in the grandparent (only the direct base\'s triggers run)': {
    text: 'FROM alpine AS a\nONBUILD ENV A 1\nFROM a AS b\nFROM b\n', expect: ['LegacyKeyValueFormat@3'],
  },
  // resolveBaseImage: containerd's platforms.Only picks what is pulled, validateBaseImagePlatform warns.
  'FROM --platform=linux/amd64 i386/alpine AS amd64 (only 386 published: amd64 falls back to it)': {
    text: 'FROM --platform=linux/amd64 i386/alpine AS amd64\n', expect: ['InvalidBaseImagePlatform@1'],
    also: (r) => expect(r.findings[0]?.detail).toBe('Base image i386/alpine was pulled with platform "linux/386", expected "linux/amd64" for current build'),
  },
  'FROM --platform=linux/arm64 arm32v7/alpine AS arm64 (arm64 falls back to arm/v7)': {
    text: 'FROM --platform=linux/arm64 arm32v7/alpine AS arm64\n', expect: ['InvalidBaseImagePlatform@1'],
    also: (r) => expect(r.findings[0]?.detail).toBe('Base image arm32v7/alpine was pulled with platform "linux/arm/v7", expected "linux/arm64" for current build'),
  },
  'FROM --platform=linux/arm64 alpine AS arm64 (published for arm64: nothing)': {
    text: 'FROM --platform=linux/arm64 alpine AS arm64\n', expect: [], also: (r) => expect(r.notes).toEqual([]),
  },
  'FROM --platform=linux/arm64 amd64/alpine AS arm64 (no match: the pull fails, a note)': {
    text: 'FROM --platform=linux/arm64 amd64/alpine AS arm64\n', expect: [],
    also: (r) => expect(r.notes).toEqual([{ kind: 'platformMissing', image: 'amd64/alpine', expected: 'linux/arm64', line: 1, stage: 0 }]),
  },
  'FROM i386/alpine (no --platform: autoDetectPlatform may accept 386, cannot tell)': {
    text: 'FROM i386/alpine\n', expect: [],
    also: (r) => expect(r.notes).toEqual([{ kind: 'platformFallback', image: 'i386/alpine', expected: 'linux/amd64', actual: 'linux/386', line: 1, stage: 0 }]),
  },
  'FROM --platform=linux/amd64 i386/alpine AS amd64 in a stage nothing builds, build mode (not reachable: no check)': {
    text: 'FROM --platform=linux/amd64 i386/alpine AS amd64\nFROM scratch\n', options: { mode: 'build' }, expect: [],
  },
  'forward COPY --from in an unbuilt stage: check mode fails, build mode does not': {
    text: 'FROM alpine AS a\nCOPY --from=b /x /x\nFROM alpine AS b\nFROM scratch\n', expect: [],
    also: (r) => expect(r.buildError?.message).toMatch(/^cannot copy from stage "b"/),
  },
};

describe('build checks', () => {
  for (const [name, row] of Object.entries(rows)) {
    it(name, () => {
      const r = check(row.text, row.options);
      expect(found(r)).toEqual(row.expect);
      row.also?.(r);
    });
  }
});

describe('ParseLintOptions', () => {
  it.each([
    ['skip=A, B;error=true', { skip: ['A', 'B'], error: true }],
    ['experimental=all', { experimentalAll: true }],
    ['error=1', { error: true }],
  ])('%s', (text, want) => {
    const r = parseLintOptions(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    if ('skip' in want) expect([...r.config.skip]).toEqual(want.skip);
    if ('error' in want) expect(r.config.error).toBe(want.error);
    if ('experimentalAll' in want) expect(r.config.experimentalAll).toBe(true);
  });
  it('error=maybe', () => expect(parseLintOptions('error=maybe')).toMatchObject({ ok: false }));
});

describe('suggest.Search', () => {
  it.each([
    ['BULIDPLATFORM', ['TARGETPLATFORM', 'BUILDPLATFORM'], 'BUILDPLATFORM'],
    ['PAHT', ['PATH'], 'PATH'],
    ['foo', ['foo', 'fo'], ''],
    ['abcdef', ['uvwxyz'], ''],
  ])('%s among %j', (v, options, want) => expect(suggestSearch(v, options)).toBe(want));
});
