/**
 * `--format outline` / `--format targets` against BuildKit's own expectations
 * (frontend/dockerfile/dockerfile_outline_test.go, dockerfile_targets_test.go: same
 * Dockerfiles, same build args, same asserted fields), the JSON shape of
 * frontend/subrequests/outline and targets, and goldens for the seeds' examples and
 * corpus files with ARG and stage descriptions.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { formatOutline, formatTargets, outlineOf, targetsOf } from '../../src/core/format/buildx.ts';
import { base64Utf8, goMarshalIndent } from '../../src/core/format/goJson.ts';
import { REPO_ROOT, readShared } from '../support/shared.ts';

const line = (x: { location?: { ranges: { start: { line: number } }[] } }) => x.location?.ranges[0]?.start.line;

describe('outline (dockerfile_outline_test.go)', () => {
  it('testOutlineArgs: args of the target, its base and the stage it copies from, with descriptions', () => {
    const text = '\nARG inherited=box\nARG inherited2=box2\nARG unused=abc${inherited2}\n# sfx is a suffix\nARG sfx="usy${inherited}"\n\nFROM b${sfx} AS first\n# this is not assigned to anything\nARG FOO=123\n# BAR is a number\nARG BAR=456\nRUN true\n\nFROM alpine${unused} AS second\nARG BAZ\nRUN true\n\nFROM scratch AS third\nARG ABC=a\n# check=skip=all\nARG password\n# alternate_password will show up in the outline\n# check=skip=all\nARG alternate_password\n\n# target defines build target\nFROM third AS target\nCOPY --from=first /etc/passwd /\n\nFROM second\n';
    const buildArgs = { BAR: '678' };
    const o = outlineOf(analyze(text, { target: 'target', buildArgs }), text, buildArgs)!;
    expect(o.name).toBe('target');
    expect(o.description).toBe('defines build target');
    expect(o.sources).toEqual([base64Utf8(text)]);
    expect(o.args?.map((a) => [a.name, a.value ?? '', a.description ?? '', line(a)])).toEqual([
      ['inherited', 'box', '', 2],
      ['sfx', 'usybox', 'is a suffix', 6],
      ['FOO', '123', '', 10],
      ['BAR', '678', 'is a number', 12],
      ['ABC', 'a', '', 20],
      ['password', '', '', 22],
      ['alternate_password', '', 'will show up in the outline', 25],
    ]);
  });

  it('testOutlineSecrets: secret and ssh ids (expanded), required, lines', () => {
    const text = '\nFROM busybox AS first\nRUN --mount=type=secret,target=/etc/passwd,required=true --mount=type=ssh true\nFROM alpine AS second\nRUN --mount=type=secret,id=unused --mount=type=ssh,id=ssh2 true\nFROM scratch AS third\nARG BAR\nRUN --mount=type=secret,id=second${BAR} true\nFROM third AS target\nCOPY --from=first /foo /\nRUN --mount=type=ssh,id=ssh3,required true\nFROM second\n';
    const buildArgs = { BAR: '678' };
    const o = outlineOf(analyze(text, { target: 'target', buildArgs }), text, buildArgs)!;
    expect(o.secrets?.map((s) => [s.name, s.required ?? false, line(s)])).toEqual([['passwd', true, 3], ['second678', false, 8]]);
    expect(o.ssh?.map((s) => [s.name, s.required ?? false, line(s)])).toEqual([['default', false, 3], ['ssh3', true, 11]]);
  });

  it('testOutlineRecursiveArgs: a redefined meta ARG and the ARGs its default reads', () => {
    const text = '\nARG FOO=123\nARG ABC=abc\nARG DEF=def\nARG FOO=${FOO}${ABC}\nARG BAR=${FOO}456\nARG FOO=${FOO}456${BAR}\nFROM scratch\nARG FOO\nARG INFOO=123\nARG INBAR=${INFOO}456\nARG INFOO=${INFOO}456${INBAR}\n';
    const o = outlineOf(analyze(text), text)!;
    expect(o.args?.map((a) => [a.name, a.value])).toEqual([
      ['ABC', 'abc'], ['BAR', '123abc456'], ['FOO', '123abc456123abc456'], ['INBAR', '123456'], ['INFOO', '123456123456'],
    ]);
  });
});

describe('targets (dockerfile_targets_test.go)', () => {
  it('testTargetsList: every stage, unnamed included; description; base as written; the last is default', () => {
    const text = '\n# build defines stage for compiling the binary\nFROM alpine AS build\nRUN true\n\nFROM busybox as second\nRUN false\n\nFROM alpine\nRUN false\n\n# binary returns the compiled binary\nFROM second AS binary\n';
    const l = targetsOf(analyze(text), text);
    expect(l.sources).toEqual([base64Utf8(text)]);
    expect(l.targets.map((t) => [t.name ?? '', t.description ?? '', t.base, t.default ?? false, line(t)])).toEqual([
      ['build', 'defines stage for compiling the binary', 'alpine', false, 3],
      ['second', '', 'busybox', false, 6],
      ['', '', 'alpine', false, 9],
      ['binary', 'returns the compiled binary', 'second', true, 13],
    ]);
  });
});

describe('JSON as Go marshals it (json.MarshalIndent, omitempty, pb.Location)', () => {
  it('FROM --platform=$BUILDPLATFORM golang:1.22 AS build (fields in struct order, no empty fields)', () => {
    const text = 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n';
    expect(formatTargets(analyze(text), text)).toBe(`${[
      '{', '  "targets": [', '    {', '      "name": "build",', '      "default": true,', '      "base": "golang:1.22",',
      '      "platform": "$BUILDPLATFORM",', '      "location": {', '        "ranges": [', '          {',
      '            "start": {', '              "line": 1', '            },', '            "end": {', '              "line": 1',
      '            }', '          }', '        ]', '      }', '    }', '  ],', '  "sources": [', `    "${base64Utf8(text)}"`, '  ]', '}',
    ].join('\n')}\n`);
  });
  it('"<a & b>" is escaped as Go does', () => expect(goMarshalIndent('<a & b>')).toBe('"\\u003ca \\u0026 b\\u003e"'));
  it('base64 of "FROM ü\\n" (UTF-8 bytes, padded)', () => expect(base64Utf8('FROM ü\n')).toBe('RlJPTSDDvAo='));
  it('a RUN over two lines has one range per line', () => {
    const text = 'FROM alpine\nRUN --mount=type=secret,id=npm \\\n    true\n';
    expect(outlineOf(analyze(text), text)?.secrets?.[0]?.location?.ranges.map((r) => r.start.line)).toEqual([2, 3]);
  });
});

const GOLDEN = resolve(REPO_ROOT, 'test/golden/buildx');
const update = process.env.UPDATE_GOLDEN === '1';
const CORPUS = [
  'docker__cli__Dockerfile.Dockerfile', 'moby__buildkit__Dockerfile.Dockerfile', 'moby__moby__Dockerfile.Dockerfile',
  'tonistiigi__xx__src__ld__Dockerfile.Dockerfile', 'dotnet__dotnet-docker__samples__complexapp__Dockerfile.Dockerfile',
];
const examples = readdirSync(resolve(REPO_ROOT, 'examples'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(resolve(REPO_ROOT, 'examples', d.name, 'Dockerfile')))
  .map((d) => ({ name: `example-${d.name}`, text: readFileSync(resolve(REPO_ROOT, 'examples', d.name, 'Dockerfile'), 'utf8') }));
const inputs = [...examples, ...CORPUS.map((f) => ({ name: f.replace(/\.Dockerfile$/, ''), text: readShared('corpus', f) }))];

describe('goldens: the seeds\' examples and corpus files with descriptions', () => {
  for (const { name, text } of inputs) {
    it(name, () => {
      const a = analyze(text);
      const got = `${formatOutline(a, text).trimEnd()}\n---\n${formatTargets(a, text)}`;
      const file = resolve(GOLDEN, `${name}.txt`);
      if (update) {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(file, got);
      }
      expect(existsSync(file), `missing ${file}: UPDATE_GOLDEN=1 and review`).toBe(true);
      expect(got).toBe(readFileSync(file, 'utf8'));
    });
  }
  it('docker/cli: the binary target lists the documented ARGs of the stages it needs', () => {
    const text = readShared('corpus', 'docker__cli__Dockerfile.Dockerfile');
    const o = outlineOf(analyze(text), text)!;
    expect(o.args?.find((x) => x.name === 'XX_VERSION')).toMatchObject({ value: '1.9.0', description: 'specifies the version of the xx utility to use.' });
    expect(o.args?.find((x) => x.name === 'GO_STRIP')).toEqual({ name: 'GO_STRIP', description: 'strips debugging symbols if set', location: { ranges: [{ start: { line: 77 }, end: { line: 77 } }] } });
    // BUILDX_VERSION only feeds the e2e stages, which binary does not need.
    expect(o.args?.some((x) => x.name === 'BUILDX_VERSION')).toBe(false);
  });
});
