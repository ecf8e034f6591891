/**
 * The Build tab's pure helpers: the changed-files field, its suggestions, the build args offered,
 * the player's keys, and the editor's line marks.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { toDecorations } from '../../src/ui/editor/lineMarks.ts';
import { splitPaths } from '../../src/ui/player/PlayerContext.tsx';
import { copySources, declaredArgs } from '../../src/ui/player/WhatIf.tsx';
import { readExample } from '../support/examples.ts';

describe('Build tab helpers', () => {
  it('splitPaths: commas and new lines, blanks dropped', () => {
    expect(splitPaths(' src/app.js, package.json\n\n,src/*.ts ')).toEqual(['src/app.js', 'package.json', 'src/*.ts']);
    expect(splitPaths('')).toEqual([]);
  });

  it('copySources of seed001-copy-from-nginx: context sources only (no --from, no `.`)', () => {
    expect(copySources(analyze(readExample('seed001-copy-from-nginx', 'Dockerfile')))).toEqual(['app.go']);
    expect(copySources(analyze('FROM a\nCOPY . .\nCOPY package*.json yarn.lock ./\nADD https://x.example/f /f\nCOPY <<EOF /x\nhi\nEOF\n'))).toEqual(['package*.json', 'yarn.lock']);
  });

  it('declaredArgs of seed003-arg-scope: meta and stage ARGs, once each', () => {
    expect(declaredArgs(analyze(readExample('seed003-arg-scope', 'Dockerfile')))).toEqual(['DOCKER_USERNAME']);
    expect(declaredArgs(analyze('ARG A=1\nFROM a\nARG B C=2\nARG A\n'))).toEqual(['A', 'B', 'C']);
  });

  it('toDecorations: lines outside the model are dropped; hover text is escaped markdown', () => {
    const d = toDecorations([{ line: 0, className: 'x' }, { line: 2, className: 'pl-line-rerun', hover: 'src/*.js changed' }, { line: 9, className: 'x' }], 3);
    expect(d).toHaveLength(1);
    expect(d[0]!.range.startLineNumber).toBe(2);
    expect(d[0]!.options).toMatchObject({ isWholeLine: true, className: 'pl-line-rerun', linesDecorationsClassName: 'pl-line-rerun-bar', hoverMessage: { value: 'src/\\*\\.js changed' } });
  });
});
