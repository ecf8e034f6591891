/**
 * The store's file actions, as tables named after their input, and one property: whatever the actions,
 * the workspace stays one the codec accepts and `version` moves exactly when the graph's text does.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFragment, encodeWorkspace, validateWorkspace } from '../../src/core/share/index.ts';
import { MAX_FILES } from '../../src/core/share/workspace.ts';
import { initialState, reducer, storeView } from '../../src/ui/state/reducer.ts';
import type { Action, Options, State } from '../../src/ui/state/types.ts';
import { fromWorkspace, toWorkspace } from '../../src/ui/share/bridge.ts';
import { openAsMultistage, openFiles, revealLine } from '../../src/ui/workspace/actions.ts';

const OPTIONS: Options = { target: null, buildArgs: {}, direction: 'DOWN', theme: 'system', language: 'en', classic: false, minimap: true, focus: false, pipeline: false };
const BUILD = 'FROM golang:1.13\nRUN go build -o app .\n';
const RUNTIME = 'FROM alpine:latest\nCOPY app .\n';
const SCRIPT = '#!/bin/sh\ndocker build -t app:build . -f Dockerfile.build\n';

/** The seed 002 shape: Dockerfile.build, Dockerfile, build.sh, with build.sh open. */
function builderPattern(): State {
  return initialState({ files: [{ name: 'Dockerfile.build', text: BUILD }, { name: 'Dockerfile', text: RUNTIME }, { name: 'build.sh', text: SCRIPT }], active: 2, lastDockerfile: null }, OPTIONS);
}
const run = (s: State, ...actions: Action[]): State => actions.reduce(reducer, s);
const names = (s: State): string[] => s.files.map((f) => f.name);
const activeName = (s: State): string | undefined => s.files[s.active]?.name;
const graphName = (s: State): string | null => {
  const v = storeView(s);
  return v.graphIndex === null ? null : (s.files[v.graphIndex]?.name ?? null);
};
const idOf = (s: State, name: string): number => s.files.find((f) => f.name === name)!.id;

interface Case {
  readonly title: string;
  readonly actions: (s: State) => Action[];
  readonly files: string[];
  readonly active: string;
  readonly graph: string | null;
  readonly notice?: string;
}

describe('file actions on Dockerfile.build, Dockerfile, build.sh (build.sh open)', () => {
  const cases: Case[] = [
    { title: '(nothing): the graph shows Dockerfile', actions: () => [], files: ['Dockerfile.build', 'Dockerfile', 'build.sh'], active: 'build.sh', graph: 'Dockerfile' },
    { title: 'selectFile Dockerfile.build', actions: () => [{ type: 'selectFile', name: 'Dockerfile.build' }], files: ['Dockerfile.build', 'Dockerfile', 'build.sh'], active: 'Dockerfile.build', graph: 'Dockerfile.build' },
    { title: 'selectFile Dockerfile.build, then build.sh: the graph stays', actions: () => [{ type: 'selectFile', name: 'Dockerfile.build' }, { type: 'selectFile', name: 'build.sh' }], files: ['Dockerfile.build', 'Dockerfile', 'build.sh'], active: 'build.sh', graph: 'Dockerfile.build' },
    { title: 'selectFile nope.txt (no such file)', actions: () => [{ type: 'selectFile', name: 'nope.txt' }], files: ['Dockerfile.build', 'Dockerfile', 'build.sh'], active: 'build.sh', graph: 'Dockerfile' },
    { title: 'addFile test.sh', actions: () => [{ type: 'addFile', name: 'test.sh' }], files: ['Dockerfile.build', 'Dockerfile', 'build.sh', 'test.sh'], active: 'test.sh', graph: 'Dockerfile' },
    { title: 'addFile dev.Dockerfile', actions: () => [{ type: 'addFile', name: 'dev.Dockerfile' }], files: ['Dockerfile.build', 'Dockerfile', 'build.sh', 'dev.Dockerfile'], active: 'dev.Dockerfile', graph: 'dev.Dockerfile' },
    { title: 'addFile a.Dockerfile at 0, not selected', actions: () => [{ type: 'addFile', name: 'a.Dockerfile', at: 0, select: false }], files: ['a.Dockerfile', 'Dockerfile.build', 'Dockerfile', 'build.sh'], active: 'build.sh', graph: 'Dockerfile' },
    { title: 'addFile Dockerfile (taken)', actions: () => [{ type: 'addFile', name: 'Dockerfile' }], files: ['Dockerfile.build', 'Dockerfile', 'build.sh'], active: 'build.sh', graph: 'Dockerfile', notice: 'refused:duplicate' },
    { title: 'addFile a/b', actions: () => [{ type: 'addFile', name: 'a/b' }], files: ['Dockerfile.build', 'Dockerfile', 'build.sh'], active: 'build.sh', graph: 'Dockerfile', notice: 'refused:invalid' },
    { title: 'renameFile Dockerfile → Dockerfile.run: the graph follows it', actions: () => [{ type: 'renameFile', from: 'Dockerfile', to: 'Dockerfile.run' }], files: ['Dockerfile.build', 'Dockerfile.run', 'build.sh'], active: 'build.sh', graph: 'Dockerfile.run' },
    { title: 'renameFile build.sh → build.txt: now a Dockerfile, and active', actions: () => [{ type: 'renameFile', from: 'build.sh', to: 'build.txt' }], files: ['Dockerfile.build', 'Dockerfile', 'build.txt'], active: 'build.txt', graph: 'build.txt' },
    { title: 'renameFile Dockerfile → Dockerfile.build (taken)', actions: () => [{ type: 'renameFile', from: 'Dockerfile', to: 'Dockerfile.build' }], files: ['Dockerfile.build', 'Dockerfile', 'build.sh'], active: 'build.sh', graph: 'Dockerfile', notice: 'refused:duplicate' },
    { title: 'renameFile Dockerfile → "" (invalid)', actions: () => [{ type: 'renameFile', from: 'Dockerfile', to: '' }], files: ['Dockerfile.build', 'Dockerfile', 'build.sh'], active: 'build.sh', graph: 'Dockerfile', notice: 'refused:invalid' },
    { title: 'deleteFile build.sh (active, last tab): the new last tab opens', actions: () => [{ type: 'deleteFile', name: 'build.sh' }], files: ['Dockerfile.build', 'Dockerfile'], active: 'Dockerfile', graph: 'Dockerfile' },
    { title: 'deleteFile Dockerfile.build (before the active one)', actions: () => [{ type: 'deleteFile', name: 'Dockerfile.build' }], files: ['Dockerfile', 'build.sh'], active: 'build.sh', graph: 'Dockerfile' },
    { title: 'deleteFile Dockerfile (the graph file): the graph moves to Dockerfile.build', actions: () => [{ type: 'deleteFile', name: 'Dockerfile' }], files: ['Dockerfile.build', 'build.sh'], active: 'build.sh', graph: 'Dockerfile.build' },
    { title: 'deleteFile of the last file is ignored', actions: () => [{ type: 'deleteFile', name: 'Dockerfile.build' }, { type: 'deleteFile', name: 'Dockerfile' }, { type: 'deleteFile', name: 'build.sh' }], files: ['build.sh'], active: 'build.sh', graph: null },
    { title: 'openFiles Dockerfile.multistage (openAsMultistage)', actions: () => [openAsMultistage('FROM a AS b\n')], files: ['Dockerfile.build', 'Dockerfile', 'build.sh', 'Dockerfile.multistage'], active: 'Dockerfile.multistage', graph: 'Dockerfile.multistage' },
    { title: 'openAsMultistage twice, different texts: never overwrites', actions: () => [openAsMultistage('FROM a\n'), openAsMultistage('FROM b\n')], files: ['Dockerfile.build', 'Dockerfile', 'build.sh', 'Dockerfile.multistage', 'Dockerfile.multistage-2'], active: 'Dockerfile.multistage-2', graph: 'Dockerfile.multistage-2', notice: 'renamed' },
    { title: 'openAsMultistage twice, same text: reuses the tab', actions: () => [openAsMultistage('FROM a\n'), { type: 'selectFile', name: 'build.sh' }, openAsMultistage('FROM a\n')], files: ['Dockerfile.build', 'Dockerfile', 'build.sh', 'Dockerfile.multistage'], active: 'Dockerfile.multistage', graph: 'Dockerfile.multistage' },
    { title: 'openFiles [Dockerfile (same text), run.sh]', actions: () => [openFiles([{ name: 'Dockerfile', text: RUNTIME }, { name: 'run.sh', text: 'docker run app\n' }])], files: ['Dockerfile.build', 'Dockerfile', 'build.sh', 'run.sh'], active: 'Dockerfile', graph: 'Dockerfile' },
    { title: 'openFiles [Dockerfile (other text)]: opened as Dockerfile-2', actions: () => [openFiles([{ name: 'Dockerfile', text: 'FROM scratch\n' }])], files: ['Dockerfile.build', 'Dockerfile', 'build.sh', 'Dockerfile-2'], active: 'Dockerfile-2', graph: 'Dockerfile-2', notice: 'renamed' },
    { title: 'openFiles [a/b]', actions: () => [openFiles([{ name: 'a/b', text: '' }])], files: ['Dockerfile.build', 'Dockerfile', 'build.sh'], active: 'build.sh', graph: 'Dockerfile', notice: 'refused:invalid' },
    { title: 'reveal line 2 of Dockerfile.build (revealLine): switches tab', actions: () => [revealLine('Dockerfile.build', 2)], files: ['Dockerfile.build', 'Dockerfile', 'build.sh'], active: 'Dockerfile.build', graph: 'Dockerfile.build' },
    { title: 'reveal line 1 of build.sh from Dockerfile: the graph stays on Dockerfile', actions: () => [{ type: 'selectFile', name: 'Dockerfile' }, revealLine('build.sh', 1)], files: ['Dockerfile.build', 'Dockerfile', 'build.sh'], active: 'build.sh', graph: 'Dockerfile' },
    { title: 'gotoProblem (no file): the graph file opens', actions: () => [{ type: 'gotoProblem', range: { start: { line: 1, column: 1 }, end: { line: 1, column: 5 } }, nodeId: 'stage:0' }], files: ['Dockerfile.build', 'Dockerfile', 'build.sh'], active: 'Dockerfile', graph: 'Dockerfile' },
    { title: 'loadWorkspace [Dockerfile] (a single-file example)', actions: () => [{ type: 'loadWorkspace', files: [{ name: 'Dockerfile', text: 'FROM x\n' }], active: 0, example: 'go-scratch' }], files: ['Dockerfile'], active: 'Dockerfile', graph: 'Dockerfile' },
    { title: 'loadWorkspace with a duplicate name: repaired, text kept', actions: () => [{ type: 'loadWorkspace', files: [{ name: 'Dockerfile', text: 'a' }, { name: 'Dockerfile', text: 'b' }], active: 5, example: null }], files: ['Dockerfile', 'untitled'], active: 'untitled', graph: 'untitled' },
  ];
  for (const c of cases) {
    it(c.title, () => {
      const s = run(builderPattern(), ...c.actions(builderPattern()));
      expect(names(s)).toEqual(c.files);
      expect(activeName(s)).toBe(c.active);
      expect(graphName(s)).toBe(c.graph);
      const n = s.notice?.value;
      expect(n === undefined ? undefined : n.kind === 'refused' ? `refused:${n.error.kind}` : n.kind).toBe(c.notice);
    });
  }

  it(`addFile when ${MAX_FILES} files are open → refused (tooMany), nothing added`, () => {
    const full = initialState({ files: Array.from({ length: MAX_FILES }, (_, i) => ({ name: `f${i}.sh`, text: '' })), active: 0, lastDockerfile: null }, OPTIONS);
    const s = reducer(full, { type: 'addFile', name: 'one-more' });
    expect(s.files).toHaveLength(MAX_FILES);
    expect(s.notice?.value).toEqual({ kind: 'refused', name: 'one-more', error: { kind: 'tooMany', max: MAX_FILES } });
    expect(reducer(full, openAsMultistage('FROM a\n')).files).toHaveLength(MAX_FILES);
  });
});

describe('texts, versions and what the editor relies on', () => {
  it('editFile of the graph file bumps version; of build.sh does not; neither is external', () => {
    const s = builderPattern();
    const a = reducer(s, { type: 'editFile', id: idOf(s, 'Dockerfile'), text: `${RUNTIME}CMD ["./app"]\n` });
    expect(a.version).toBe(s.version + 1);
    expect(storeView(a).text).toBe(`${RUNTIME}CMD ["./app"]\n`);
    const b = reducer(a, { type: 'editFile', id: idOf(a, 'build.sh'), text: `${SCRIPT}rm app\n` });
    expect(b.version).toBe(a.version);
    expect(b.files[2]?.text).toBe(`${SCRIPT}rm app\n`);
    expect([a.externalVersion, b.externalVersion]).toEqual([s.externalVersion, s.externalVersion]);
  });

  it('editFile with the same text, or for a deleted id, changes nothing', () => {
    const s = builderPattern();
    expect(reducer(s, { type: 'editFile', id: idOf(s, 'Dockerfile'), text: RUNTIME })).toBe(s);
    expect(reducer(s, { type: 'editFile', id: 999, text: 'x' })).toBe(s);
  });

  it('selectFile of another Dockerfile bumps version (new graph text) and resets the graph view state', () => {
    const s = run(builderPattern(), { type: 'toggleExpanded', stage: 0 }, { type: 'selectNode', id: 'stage:0', range: null });
    const t = reducer(s, { type: 'selectFile', name: 'Dockerfile.build' });
    expect(t.version).toBe(s.version + 1);
    expect([t.expanded, t.selectedNode, t.cursorLine]).toEqual([[], null, null]);
    expect(t.fit).toBe(s.fit + 1);
  });

  it('selectFile build.sh keeps the graph, its version and its view state', () => {
    const s = run(builderPattern(), { type: 'selectFile', name: 'Dockerfile' }, { type: 'toggleExpanded', stage: 0 });
    const t = reducer(s, { type: 'selectFile', name: 'build.sh' });
    expect([t.version, t.expanded]).toEqual([s.version, [0]]);
  });

  it('loadWorkspace bumps externalVersion and keeps the id of a file whose name stays (undoable in the editor)', () => {
    const s = builderPattern();
    const t = reducer(s, { type: 'loadWorkspace', files: [{ name: 'Dockerfile', text: 'FROM x\n' }], active: 0, example: 'go-scratch' });
    expect(t.externalVersion).toBe(s.externalVersion + 1);
    expect(t.version).toBe(s.version + 1);
    expect(t.files[0]?.id).toBe(idOf(s, 'Dockerfile'));
    expect(t.example).toBe('go-scratch');
    expect(reducer(t, { type: 'editFile', id: t.files[0]!.id, text: 'FROM y\n' }).example).toBeNull();
  });

  it('a rename keeps the id (the editor keeps the model and its undo stack)', () => {
    const s = builderPattern();
    const t = reducer(s, { type: 'renameFile', from: 'build.sh', to: 'make.sh' });
    expect(idOf(t, 'make.sh')).toBe(idOf(s, 'build.sh'));
  });

  it('cursor moves count only in the graph file', () => {
    const s = builderPattern();
    expect(reducer(s, { type: 'cursor', id: idOf(s, 'build.sh'), line: 2 }).cursorLine).toBeNull();
    expect(reducer(s, { type: 'cursor', id: idOf(s, 'Dockerfile'), line: 2 }).cursorLine).toBe(2);
    expect(reducer(s, { type: 'cursor', line: 3 }).cursorLine).toBe(3);
  });

  it('a reveal carries the file name, and a node click reveals in the graph file', () => {
    const s = builderPattern();
    const r = reducer(s, revealLine('build.sh', 2));
    expect(r.reveal?.value).toEqual({ file: 'build.sh', range: { start: { line: 2, column: 1 }, end: { line: 2, column: 100_000 } } });
    const n = reducer(s, { type: 'selectNode', id: 'stage:0', range: { start: { line: 1, column: 1 }, end: { line: 2, column: 1 } } });
    expect([n.reveal?.value.file, activeName(n), n.selectedNode]).toEqual(['Dockerfile', 'Dockerfile', 'stage:0']);
    expect(reducer(s, revealLine('gone.sh', 1))).toBe(s);
  });

  it('a deleted file comes back with Undo (addFile at its index, with its text)', () => {
    const s = builderPattern();
    const d = reducer(s, { type: 'deleteFile', name: 'build.sh' });
    const u = reducer(d, { type: 'addFile', name: 'build.sh', text: SCRIPT, at: 2, select: true });
    expect(u.files.map(({ name, text }) => ({ name, text }))).toEqual(s.files.map(({ name, text }) => ({ name, text })));
    expect(activeName(u)).toBe('build.sh');
  });
});

describe('the store and links', () => {
  it('a link made from the store loads back to the same files and active file', () => {
    const s = run(builderPattern(), { type: 'selectFile', name: 'Dockerfile.build' }, { type: 'addFile', name: 'notes 📝.sh', text: 'echo "héllo"\r\n' });
    const snap = { files: s.files, active: s.active, target: null, buildArgs: {}, direction: 'DOWN' as const, selectedStage: null, view: 'graph' as const };
    const decoded = decodeFragment(encodeWorkspace(toWorkspace(snap)));
    if (!decoded.ok) throw new Error(decoded.error.kind);
    const back = fromWorkspace(decoded.workspace);
    const t = reducer(initialState({ files: [], active: 0, lastDockerfile: null }, OPTIONS), { type: 'loadWorkspace', files: back.files, active: back.active, example: null });
    expect(t.files.map(({ name, text }) => ({ name, text }))).toEqual(s.files.map(({ name, text }) => ({ name, text })));
    expect(activeName(t)).toBe(activeName(s));
  });
});

describe('view switches: focus mode and the pipeline', () => {
  const start = () => initialState({ files: [{ name: 'Dockerfile', text: 'FROM a\n' }], active: 0, lastDockerfile: null }, OPTIONS);
  it('setFocus on → the option is on (the switches ask for a fit themselves); the same value again → the same state', () => {
    const s = start();
    const on = reducer(s, { type: 'setFocus', focus: true });
    expect([on.options.focus, on.fit]).toEqual([true, s.fit]);
    expect(reducer(on, { type: 'setFocus', focus: true })).toBe(on);
    expect(reducer(on, { type: 'setFocus', focus: false }).options.focus).toBe(false);
  });
  it('setPipeline on → the option is on, the view is not refitted; the same value again → the same state', () => {
    const s = start();
    const on = reducer(s, { type: 'setPipeline', pipeline: true });
    expect([on.options.pipeline, on.fit]).toEqual([true, s.fit]);
    expect(reducer(on, { type: 'setPipeline', pipeline: true })).toBe(on);
  });
});

describe('invariants under any sequence of actions', () => {
  const name = fc.constantFrom('Dockerfile', 'Dockerfile.build', 'build.sh', 'a.Dockerfile', 'x.sh', '', 'a/b', '..');
  const text = fc.constantFrom('', 'FROM a\n', 'FROM b AS c\n', 'echo hi\n');
  const action: fc.Arbitrary<(s: State) => Action> = fc.oneof(
    fc.tuple(fc.nat(6), text).map(([i, t]) => (s: State): Action => ({ type: 'editFile', id: s.files[i % s.files.length]!.id, text: t })),
    name.map((n) => (): Action => ({ type: 'selectFile', name: n })),
    fc.tuple(name, fc.option(fc.nat(6)), fc.boolean()).map(([n, at, select]) => (): Action => ({ type: 'addFile', name: n, ...(at === null ? {} : { at }), select })),
    fc.tuple(name, name).map(([from, to]) => (): Action => ({ type: 'renameFile', from, to })),
    name.map((n) => (): Action => ({ type: 'deleteFile', name: n })),
    fc.array(fc.record({ name, text }), { maxLength: 3 }).map((files) => (): Action => ({ type: 'openFiles', files })),
    fc.array(fc.record({ name, text }), { maxLength: 3 }).map((files) => (): Action => ({ type: 'loadWorkspace', files, active: 1, example: null })),
  );
  it('the workspace stays valid for the codec, and version moves exactly when the graph text does', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 25 }), (steps) => {
        let s = builderPattern();
        for (const step of steps) {
          const a = step(s);
          const next = reducer(s, a);
          const ws = toWorkspace({ files: next.files, active: next.active, target: null, buildArgs: {}, direction: 'DOWN', selectedStage: null, view: 'graph' });
          expect(validateWorkspace(ws)).toEqual([]);
          expect(new Set(next.files.map((f) => f.id)).size).toBe(next.files.length);
          if (a.type !== 'loadWorkspace') expect(next.version !== s.version).toBe(storeView(next).text !== storeView(s).text);
          s = next;
        }
      }),
    );
  });
});
