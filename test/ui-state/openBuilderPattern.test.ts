/**
 * "Add these files to the workspace" from the comparison view: the generated builder-pattern files
 * keep their names (build.sh refers to them), a current file in their way moves aside, nothing is dropped.
 */
import { describe, expect, it } from 'vitest';
import { toBuilderPattern } from '../../src/core/builder/index.ts';
import { MAX_FILES } from '../../src/core/share/workspace.ts';
import { openBuilderPattern } from '../../src/ui/workspace/actions.ts';
import { fixture } from '../builder/helpers.ts';

const MULTI = fixture('seed002-multistage/Dockerfile.named');
const generated = toBuilderPattern(MULTI, { project: 'http-server' }).files;

describe('openBuilderPattern', () => {
  it('seed 002 multi-stage Dockerfile: the generated Dockerfile takes the name, the multi-stage one moves to Dockerfile.multistage', () => {
    const a = openBuilderPattern([{ name: 'Dockerfile', text: MULTI }], generated);
    expect(a.type).toBe('loadWorkspace');
    if (a.type !== 'loadWorkspace') return;
    expect(a.files.map((f) => f.name)).toEqual([...generated.map((g) => g.name), 'Dockerfile.multistage']);
    expect(a.files.find((f) => f.name === 'Dockerfile.multistage')?.text).toBe(MULTI);
    expect(a.files[a.active]?.name).toBe('build.sh');
  });

  it('an unrelated file and an identical file: the first stays, the second is not doubled', () => {
    const same = generated[0]!;
    const a = openBuilderPattern([{ name: 'main.go.Dockerfile', text: 'FROM x\n' }, { name: same.name, text: same.text }], generated);
    if (a.type !== 'loadWorkspace') throw new Error(a.type);
    expect(a.files.map((f) => f.name)).toEqual([...generated.map((g) => g.name), 'main.go.Dockerfile']);
  });

  it('Dockerfile.multistage already taken: the moved file gets a free variant', () => {
    const a = openBuilderPattern([{ name: 'Dockerfile', text: MULTI }, { name: 'Dockerfile.multistage', text: 'FROM old\n' }], generated);
    if (a.type !== 'loadWorkspace') throw new Error(a.type);
    expect(a.files.slice(generated.length).map((f) => f.name)).toEqual(['Dockerfile.multistage-2', 'Dockerfile.multistage']);
  });

  it(`more than ${MAX_FILES} files together: opened beside the current ones (refused there with a notice), never truncated`, () => {
    const many = Array.from({ length: MAX_FILES }, (_, i) => ({ name: `f${i}.Dockerfile`, text: 'FROM a\n' }));
    expect(openBuilderPattern(many, generated)).toEqual({ type: 'openFiles', files: generated });
  });
});
