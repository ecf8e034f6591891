import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fragmentToRestore } from '../../src/ui/share/reloadGuard.ts';

describe('reload guard', () => {
  it('a reload of the URL this tab wrote restores the fresher pending state', () => {
    expect(fragmentToRestore('#v1=old', 'v1=old', 'v1=new')).toBe('v1=new');
  });
  it('any other URL is a link and wins', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string()), fc.option(fc.string()), (hash, written, pending) => {
        const out = fragmentToRestore(hash, written, pending);
        const own = hash.startsWith('#') ? hash.slice(1) : hash;
        expect(out).toBe(written !== null && pending !== null && own === written ? pending : hash);
      }),
    );
    expect(fragmentToRestore('#v1=link', 'v1=mine', 'v1=new')).toBe('#v1=link');
    expect(fragmentToRestore('#v1=old', 'v1=old', null)).toBe('#v1=old');
  });
});
