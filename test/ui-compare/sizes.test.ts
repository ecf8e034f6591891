/** Sizes typed in MB: parsed, validated (numbers ≥ 0), never thrown; the session copy is validated too. */
import { describe, expect, it } from 'vitest';
import { artifactText, decodeDraft, EMPTY_DRAFT, megabytes, parseMegabytes, sizeInputs } from '../../src/ui/compare/model.ts';

describe('parseMegabytes', () => {
  it.each([
    ['7.5', { kind: 'ok', bytes: 7_500_000 }],
    [' 819 ', { kind: 'ok', bytes: 819_000_000 }],
    ['1,200', { kind: 'ok', bytes: 1_200_000_000 }],
    ['1,200.5', { kind: 'ok', bytes: 1_200_500_000 }],
    ['7,5', { kind: 'invalid', reason: 'notNumber' }],
    ['1,20', { kind: 'invalid', reason: 'notNumber' }],
    ['.5', { kind: 'ok', bytes: 500_000 }],
    ['0', { kind: 'ok', bytes: 0 }],
    ['1e3', { kind: 'ok', bytes: 1_000_000_000 }],
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    ['-1', { kind: 'invalid', reason: 'negative' }],
    ['abc', { kind: 'invalid', reason: 'notNumber' }],
    ['7.5 MB', { kind: 'invalid', reason: 'notNumber' }],
    ['NaN', { kind: 'invalid', reason: 'notNumber' }],
    ['Infinity', { kind: 'invalid', reason: 'notNumber' }],
    ['1e400', { kind: 'invalid', reason: 'tooLarge' }],
    ['2000000', { kind: 'invalid', reason: 'tooLarge' }],
    ['0x10', { kind: 'invalid', reason: 'notNumber' }],
  ])('%j', (raw, expected) => {
    expect(parseMegabytes(raw)).toEqual(expected);
  });
});

describe('sizeInputs', () => {
  const binary = '/go/src/github.com/wilhelmguo/multi-stage-demo/http-server';

  it('starts seed 002\'s binary at the 7.4 MB its log implies; a typed value wins; cleared means not counted', () => {
    expect(artifactText(EMPTY_DRAFT, binary)).toBe('7.4');
    expect(sizeInputs(EMPTY_DRAFT, [binary]).artifactBytes[binary]).toBe(7_400_000);
    expect(sizeInputs({ ...EMPTY_DRAFT, artifacts: { [binary]: '7.5' } }, [binary]).artifactBytes[binary]).toBe(7_500_000);
    expect(sizeInputs({ ...EMPTY_DRAFT, artifacts: { [binary]: '' } }, [binary]).artifactBytes[binary]).toBeUndefined();
  });

  it('keeps only valid values, in records without a prototype (image names are user text)', () => {
    const s = sizeInputs({ images: { a: '1', b: 'x', c: '-2' }, artifacts: {}, context: 'oops' }, []);
    expect({ ...s.imageBytes }).toEqual({ a: 1_000_000 });
    expect(s.contextBytes).toBeNull();
    expect(s.imageBytes['constructor']).toBeUndefined();
  });

  it('megabytes prints what an input shows', () => {
    expect([megabytes(7_400_000), megabytes(819_000_000), megabytes(96_260)]).toEqual(['7.4', '819', '0.09626']);
  });
});

describe('decodeDraft (sessionStorage)', () => {
  it.each([
    [null, EMPTY_DRAFT],
    ['', EMPTY_DRAFT],
    ['{', EMPTY_DRAFT],
    ['null', EMPTY_DRAFT],
    ['[1,2]', { images: {}, artifacts: {}, context: '' }],
    ['{"images":{"a":"1"},"artifacts":{"/x":2},"context":5}', { images: { a: '1' }, artifacts: {}, context: '' }],
    ['{"images":{"a":"1"},"artifacts":{"/x":"2"},"context":"3"}', { images: { a: '1' }, artifacts: { '/x': '2' }, context: '3' }],
  ])('%j', (json, expected) => {
    expect(decodeDraft(json)).toEqual(expected);
  });
});
