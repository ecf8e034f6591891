/** ARG/ENV completion in scope and $VAR → definition, by BuildKit's scoping (core/analyze/scope.ts). */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { variableCompletions, variableDefinition, variableSlot } from '../../src/core/editor/variables.ts';
import { at } from './at.ts';

describe('variable slot', () => {
  const cases: [string, { typed: string; braced: boolean } | null][] = [
    ['RUN echo ${', { typed: '', braced: true }],
    ['RUN echo ${VER', { typed: 'VER', braced: true }],
    ['RUN echo $VER', { typed: 'VER', braced: false }],
    ['RUN echo $', null],
    ['RUN echo ${VER}', null],
  ];
  for (const [before, expected] of cases) it(JSON.stringify(before), () => expect(variableSlot(before)).toEqual(expected));
});

describe('variables in scope', () => {
  const text = 'ARG VERSION=1\nARG BASE=alpine\nFROM ${BASE} AS a\nARG VERSION\nENV HOME=/root\nRUN echo ${VERSION}\nFROM alpine\nRUN echo ${}\n';
  const names = (line: number) => variableCompletions(analyze(text), line).filter((c) => c.origin !== 'builtin').map((c) => `${c.name}@${c.line}`);

  it('on a FROM line: the meta ARGs', () => expect(names(3)).toEqual(['VERSION@1', 'BASE@2']));
  it('in stage a after ARG VERSION and ENV HOME: those two, the meta value through the stage ARG', () => expect(names(6)).toEqual(['HOME@5', 'VERSION@1']));
  it('in a stage that declared nothing: nothing (meta ARGs are not in scope)', () => expect(names(8)).toEqual([]));
  it('builtins are offered on FROM lines', () => {
    expect(variableCompletions(analyze(text), 3).some((c) => c.name === 'BUILDPLATFORM' && c.origin === 'builtin')).toBe(true);
  });
});

describe('go to a variable definition', () => {
  const def = (text: string, needle: string, nth = 0) => variableDefinition(analyze(text), text, at(text, needle, nth))?.start ?? null;
  it('${VERSION} after ARG VERSION=2 in the stage → that ARG', () => {
    const text = 'ARG VERSION=1\nFROM alpine\nARG VERSION=2\nRUN echo ${VERSION}\n';
    expect(def(text, '${VERSION')).toEqual({ line: 3, column: 5 });
  });
  it('${VERSION} after a valueless ARG VERSION → the meta ARG that gives the value', () => {
    const text = 'ARG VERSION=1\nFROM alpine\nARG VERSION\nRUN echo ${VERSION}\n';
    expect(def(text, '${VERSION')).toEqual({ line: 1, column: 5 });
  });
  it('$HOME after ENV HOME=/x in the parent stage → that ENV', () => {
    const text = 'FROM alpine AS p\nENV HOME=/x\nFROM p\nRUN echo $HOME\n';
    expect(def(text, '$HOM')).toEqual({ line: 2, column: 5 });
  });
  it('$VERSION in a stage that did not redeclare it → nothing', () => {
    const text = 'ARG VERSION=1\nFROM alpine\nRUN echo $VERSION\n';
    expect(def(text, '$VERS')).toBeNull();
  });
  it('${BASE} on a FROM line → the meta ARG', () => {
    const text = 'ARG BASE=alpine\nFROM ${BASE}\n';
    expect(def(text, '${BAS')).toEqual({ line: 1, column: 5 });
  });
});
