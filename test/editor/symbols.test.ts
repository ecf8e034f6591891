/** The outline (document symbols): meta ARGs, stages named as BuildKit names them, their ARGs and ENVs. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { outline } from '../../src/core/editor/symbols.ts';

describe('outline', () => {
  it('ARG VERSION=1 / FROM golang AS build + ARG, ENV / FROM alpine: meta ARG, then stages with their variables', () => {
    const text = 'ARG VERSION=1\nFROM golang AS build\nARG GOOS GOARCH=amd64\nENV CGO_ENABLED=0 A=b\nRUN make\nFROM alpine\n';
    const o = outline(analyze(text), text);
    const flat = o.map((s) => `${s.kind}:${s.name}=${s.detail}@${s.selectionRange.start.line}:${s.selectionRange.start.column}[${s.children.map((c) => `${c.kind}:${c.name}=${c.detail}`).join(' ')}]`);
    expect(flat).toEqual([
      'arg:VERSION=1@1:1[]',
      'stage:build=golang@2:16[arg:GOOS= arg:GOARCH=amd64 env:CGO_ENABLED=0 env:A=b]',
      'stage:stage-1=alpine@6:1[]',
    ]);
    expect(o[1]?.range.end.line).toBe(5);
  });
});
