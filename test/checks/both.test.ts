/**
 * runChecksBoth (what the page runs: the shared phases once, dispatch per mode) gives exactly
 * what two runChecks calls give, on every corpus file and every BuildKit lint case.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { runChecks, runChecksBoth } from '../../src/core/checks/index.ts';
import { readShared, sharedPath } from '../support/shared.ts';

const inputs = [
  ...readdirSync(sharedPath('corpus')).filter((f) => f.endsWith('.Dockerfile')).map((f) => ['corpus', f]),
  ...readdirSync(sharedPath('buildkit', 'lint-cases')).filter((f) => f.endsWith('.Dockerfile')).map((f) => ['buildkit/lint-cases', f]),
];

describe('runChecksBoth = runChecks twice', () => {
  it.each(inputs)('%s/%s', (dir, file) => {
    const text = readShared(...dir.split('/'), file);
    const a = analyze(text);
    const both = runChecksBoth(text, a);
    expect(both.build).toEqual(runChecks(text, a, { mode: 'build' }));
    expect(both.check).toEqual(runChecks(text, a, { mode: 'check' }));
  });
});
