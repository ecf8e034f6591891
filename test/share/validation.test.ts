/**
 * Table tests for the decoder's validation, each named after the JSON inside the link. Unknown keys are
 * rejected (not dropped), and every field is checked for type, range and, for names, the name rules.
 */
import { describe, expect, it } from 'vitest';
import { decodeFragment, encodeWorkspace, WorkspaceEncodeError } from '../../src/core/share/codec.ts';
import { singleFileWorkspace, type Workspace } from '../../src/core/share/workspace.ts';
import { payloadFromJsonText } from './helpers.ts';

function problemsOf(json: string): string[] {
  const result = decodeFragment(payloadFromJsonText(json));
  if (result.ok) throw new Error(`expected ${json} to be rejected`);
  if (result.error.kind !== 'invalidWorkspace') throw new Error(`expected invalidWorkspace, got ${result.error.kind}`);
  return result.error.problems;
}

const names = (n: number, make: (i: number) => string): string => Array.from({ length: n }, (_, i) => make(i)).join(',');

describe('rejected', () => {
  const cases: [json: string, problem: RegExp][] = [
    ['null', /expected an object, got null/],
    ['[]', /expected an object, got an array/],
    ['"FROM alpine"', /expected an object, got a string/],
    ['{}', /f: expected an array of files, got nothing/],
    ['{"f":{}}', /f: expected an array/],
    ['{"f":[]}', /at least one file is required/],
    ['{"f":[1]}', /f\[0\]: expected a string or a \[name, text\] pair/],
    ['{"f":[null]}', /f\[0\]:.*got null/],
    ['{"f":[["a"]]}', /f\[0\]: expected a string or a \[name, text\] pair/],
    ['{"f":[["a","x","y"]]}', /f\[0\]: expected a string or a \[name, text\] pair/],
    ['{"f":[["a",1]]}', /f\[0\]: expected a string or a \[name, text\] pair/],
    ['{"f":["x","y"]}', /files\[1\]\.name duplicates "Dockerfile"/],
    ['{"f":[["a","x"],["a","y"]]}', /files\[1\]\.name duplicates "a"/],
    ['{"f":[["","x"]]}', /files\[0\]\.name is empty/],
    ['{"f":[["a/b","x"]]}', /contains '\/' or '\\'/],
    ['{"f":[["a\\\\b","x"]]}', /contains '\/' or '\\'/],
    ['{"f":[[".","x"]]}', /is '\.'/],
    ['{"f":[["..","x"]]}', /is '\.\.'/],
    ['{"f":[["a\\u0000","x"]]}', /contains a control character/],
    ['{"f":[["a\\nb","x"]]}', /contains a control character/],
    ['{"f":[["a\\u0085","x"]]}', /contains a control character/],
    ['{"f":[["evil\\u202Eelif","x"]]}', /bidirectional control/],
    ['{"f":[["\\ud800","x"]]}', /unpaired surrogate/],
    ['{"f":["x"],"a":1}', /active: 1 is not a file index/],
    ['{"f":["x"],"a":-1}', /active: -1 is not a file index/],
    ['{"f":["x","y"],"a":0.5}', /active: 0.5 is not a file index/],
    ['{"f":["x"],"a":1e999}', /active: Infinity is not a file index/],
    ['{"f":["x"],"a":"0"}', /a: expected a number, got a string/],
    ['{"f":["x"],"a":null}', /a: expected a number, got null/],
    ['{"f":["x"],"t":5}', /t: expected a string, got a number/],
    ['{"f":["x"],"t":""}', /target is empty/],
    ['{"f":["x"],"t":"a b"}', /target contains whitespace/],
    ['{"f":["x"],"t":"a\\tb"}', /target contains a control character/],
    ['{"f":["x"],"b":[]}', /b: expected an object, got an array/],
    ['{"f":["x"],"b":"A=1"}', /b: expected an object, got a string/],
    ['{"f":["x"],"b":{"A":1}}', /b\."A": expected a string, got a number/],
    ['{"f":["x"],"b":{"A":null}}', /b\."A": expected a string, got null/],
    ['{"f":["x"],"b":{"":"v"}}', /buildArgs name "" is empty/],
    ['{"f":["x"],"b":{"A=B":"v"}}', /buildArgs name "A=B" contains '='/],
    ['{"f":["x"],"b":{"A B":"v"}}', /buildArgs name "A B" contains whitespace/],
    ['{"f":["x"],"b":{"__proto__":"v"}}', /buildArgs name "__proto__" is '__proto__'/],
    ['{"f":["x"],"d":"RL"}', /d: expected one of TB, LR, got "RL"/],
    ['{"f":["x"],"d":"tb"}', /d: expected one of TB, LR, got "tb"/],
    ['{"f":["x"],"d":null}', /d: expected one of TB, LR, got null/],
    ['{"f":["x"],"v":"timeline"}', /v: expected one of graph, compare, presentation, got "timeline"/],
    ['{"f":["x"],"v":["graph"]}', /v: expected one of .*, got an array/],
    ['{"f":["x"],"s":-1}', /selectedStage: -1 is not an integer in 0\.\.9999/],
    ['{"f":["x"],"s":10000}', /selectedStage: 10000 is not an integer/],
    ['{"f":["x"],"s":1.5}', /selectedStage: 1.5 is not an integer/],
    ['{"f":["x"],"s":"1"}', /s: expected a number, got a string/],
    ['{"f":["x"],"s":true}', /s: expected a number, got a boolean/],
    ['{"f":["x"],"z":1}', /unknown key "z"/],
    ['{"f":["x"],"x":1}', /x: expected an object/],
    ['{"f":["x"],"x":{"k":"copySource","l":0}}', /x.l: expected a line number/],
    ['{"f":["x"],"x":{"k":"expand","l":2,"n":"A","q":1}}', /x: unknown key "q"/],
    ['{"f":["x"],"files":[]}', /unknown key "files"/],
    ['{"f":["x"],"__proto__":{"a":1}}', /unknown key "__proto__"/],
  ];
  it.each(cases)('%s', (json, problem) => {
    const problems = problemsOf(json);
    expect(problems.some((p) => problem.test(p)), problems.join('\n')).toBe(true);
  });

  // Generated inputs, named by what they hold rather than spelled out.
  const generated: [label: string, json: string, problem: RegExp][] = [
    ['{"f":[["n"×256,"x"]]}', `{"f":[["${'n'.repeat(256)}","x"]]}`, /is longer than 255 characters/],
    ['{"f":[["f0",""],…51 files]}', `{"f":[${names(51, (i) => `["f${i}",""]`)}]}`, /f: 51 files, at most 50 allowed/],
    ['{"f":[0,0,…1,000,000 entries]}', `{"f":[${names(1_000_000, () => '0')}]}`, /f: 1000000 files, at most 50 allowed/],
    ['{"f":["x"],"b":{"A0":"",…101 entries}}', `{"f":["x"],"b":{${names(101, (i) => `"A${i}":""`)}}}`, /b: 101 entries, at most 100 allowed/],
  ];
  it.each(generated)('%s', (_label, json, problem) => {
    const problems = problemsOf(json);
    expect(problems.some((p) => problem.test(p)), problems.join('\n')).toBe(true);
  });

  it(`{"f":["x"],"k0":0,…,"k999":0} → the first 20 problems and a count`, () => {
    const problems = problemsOf(`{"f":["x"],${names(1000, (i) => `"k${i}":0`)}}`);
    expect(problems).toHaveLength(21);
    expect(problems.at(-1)).toBe('and 980 more problems');
  });
});

describe('accepted', () => {
  const base = singleFileWorkspace('x');
  const cases: [json: string, expected: Workspace][] = [
    ['{"f":["x"]}', base],
    ['{"f":["x"],"a":0,"t":null,"b":{},"d":"TB","s":null,"v":"graph"}', base],
    ['{"f":[["Dockerfile","x"]]}', base],
    ['{"f":["x"],"a":-0}', base],
    ['{"f":[["🐳.Dockerfile",""]]}', { ...base, files: [{ name: '🐳.Dockerfile', text: '' }] }],
    ['{"f":["x"],"s":9999}', { ...base, selectedStage: 9999 }],
    ['{"f":["x"],"b":{"HTTP_PROXY":"http://p:3128","EMPTY":"","MULTI":"a\\nb"}}', {
      ...base,
      buildArgs: { HTTP_PROXY: 'http://p:3128', EMPTY: '', MULTI: 'a\nb' },
    }],
  ];
  it.each(cases)('%s', (json, expected) => {
    expect(decodeFragment(payloadFromJsonText(json))).toStrictEqual({ ok: true, workspace: expected });
  });

  it('{"f":[["é"×255,""]]} (255 code points is the limit)', () => {
    const name = 'é'.repeat(255);
    expect(decodeFragment(payloadFromJsonText(`{"f":[["${name}",""]]}`))).toStrictEqual({
      ok: true,
      workspace: { ...base, files: [{ name, text: '' }] },
    });
  });
});

describe('the encoder refuses what the decoder would', () => {
  const base = singleFileWorkspace('x');
  it.each<[string, Workspace]>([
    ['no files', { ...base, files: [] }],
    ['duplicate names', { ...base, files: [{ name: 'a', text: '' }, { name: 'a', text: '' }] }],
    ['active out of range', { ...base, active: 3 }],
    ['a view this build does not know', { ...base, view: 'timeline' as Workspace['view'] }],
  ])('%s → WorkspaceEncodeError', (_name, ws) => {
    expect(() => encodeWorkspace(ws)).toThrow(WorkspaceEncodeError);
  });

  it('more than 2 MiB of JSON → WorkspaceEncodeError', () => {
    expect(() => encodeWorkspace(singleFileWorkspace('x'.repeat(2 * 1024 * 1024)))).toThrow(/at most 2097152/);
  });
});

describe('build contexts in links (optional "c", added to v1 later)', () => {
  it('a link without "c" decodes with no buildContexts (older links)', () => {
    const ws = { files: [{ name: 'Dockerfile', text: 'FROM alpine\n' }], active: 0, target: null, buildArgs: {}, direction: 'TB' as const, selectedStage: null, view: 'graph' as const };
    const r = decodeFragment(encodeWorkspace(ws));
    expect(r.ok && r.workspace.buildContexts).toBe(undefined);
  });
  it('buildContexts round-trip, and a bad name is refused', () => {
    const ws = { files: [{ name: 'Dockerfile', text: 'FROM alpine AS base\n' }], active: 0, target: null, buildArgs: {}, direction: 'TB' as const, selectedStage: null, view: 'graph' as const, buildContexts: { base: 'docker-image://alpine:3.20' } };
    const r = decodeFragment(encodeWorkspace(ws));
    expect(r.ok && r.workspace.buildContexts).toEqual({ base: 'docker-image://alpine:3.20' });
    expect(() => encodeWorkspace({ ...ws, buildContexts: { 'a=b': 'x' } })).toThrow(/buildContexts name "a=b"/);
  });
});

describe('view switches in links (optional "g" focus, "p" pipeline and "k" classic builder, added to v1 later)', () => {
  const base = singleFileWorkspace('FROM alpine AS a\nFROM alpine AS b\n');
  const decoded = (json: string) => decodeFragment(payloadFromJsonText(json));
  it('a link without "g", "p" or "k" decodes with all three off (older links)', () => {
    const r = decodeFragment(encodeWorkspace(base));
    expect(r.ok && [r.workspace.focus, r.workspace.pipeline, r.workspace.classic]).toEqual([undefined, undefined, undefined]);
  });
  it('focus, pipeline and classic on round-trip, each written as one short key', () => {
    const ws: Workspace = { ...base, focus: true, pipeline: true, classic: true };
    const r = decodeFragment(encodeWorkspace(ws));
    expect(r.ok && r.workspace).toStrictEqual(ws);
    expect(encodeWorkspace(ws)).not.toBe(encodeWorkspace(base));
  });
  it.each([
    ['{"f":["x"],"g":true,"p":true}', { focus: true, pipeline: true }],
    ['{"f":["x"],"g":false}', {}],
    ['{"f":["x"],"p":false,"g":true}', { focus: true }],
    ['{"f":["x"],"k":true}', { classic: true }],
  ])('%s decodes', (json, flags) => {
    const r = decoded(json);
    expect(r.ok && r.workspace).toStrictEqual({ ...singleFileWorkspace('x'), ...flags });
  });
  it.each([
    ['{"f":["x"],"g":1}', /g: expected true or false, got a number/],
    ['{"f":["x"],"p":"yes"}', /p: expected true or false, got a string/],
    ['{"f":["x"],"g":null}', /g: expected true or false, got null/],
    ['{"f":["x"],"k":"on"}', /k: expected true or false, got a string/],
  ])('%s is refused', (json, problem) => {
    expect(problemsOf(json).join('\n')).toMatch(problem);
  });
  it('a workspace with a switch set to false is refused by the encoder (it would not round-trip)', () => {
    expect(() => encodeWorkspace({ ...base, focus: false as unknown as true })).toThrow(/focus: expected true or absent/);
  });
});
