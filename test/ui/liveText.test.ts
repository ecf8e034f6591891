/** Saving on leaving reads the editor's model: withLiveText puts a not-yet-rendered keystroke into the state saved. */
import { afterEach, describe, expect, it } from 'vitest';
import { provideLiveText, withLiveText, type LiveText } from '../../src/ui/state/liveText.ts';

const state = { externalVersion: 2, files: [{ id: 1, name: 'Dockerfile', text: 'FROM a\n' }, { id: 2, name: 'build.sh', text: 'docker build .\n' }] };
const live = (l: LiveText | null) => provideLiveText(() => l);

afterEach(() => provideLiveText(null));

describe('withLiveText', () => {
  it('no editor: the rendered state as it is', () => {
    expect(withLiveText(state)).toBe(state);
  });
  it('a keystroke not yet rendered in Dockerfile: saved with it, the other file untouched', () => {
    live({ id: 1, text: 'FROM a\nX', externalVersion: 2 });
    const out = withLiveText(state);
    expect(out.files.map((f) => f.text)).toEqual(['FROM a\nX', 'docker build .\n']);
    expect(out.files[1]).toBe(state.files[1]);
    expect(state.files[0]!.text).toBe('FROM a\n'); // the rendered state is not mutated
  });
  it('the model holds what was rendered: the same state object', () => {
    live({ id: 1, text: 'FROM a\n', externalVersion: 2 });
    expect(withLiveText(state)).toBe(state);
  });
  it('a model that has not yet adopted a newer external text (a restore, a link): the store wins', () => {
    live({ id: 1, text: 'old text', externalVersion: 1 });
    expect(withLiveText(state)).toBe(state);
  });
  it('the model of a file no longer in the store: the store as it is', () => {
    live({ id: 9, text: 'gone', externalVersion: 2 });
    expect(withLiveText(state)).toBe(state);
  });
  it('an editor that throws when read: the store as it is, no throw', () => {
    provideLiveText(() => { throw new Error('disposed'); });
    expect(withLiveText(state)).toBe(state);
  });
});
