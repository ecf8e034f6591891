/** Flag and flag-value completion: what BuildKit accepts at each place. */
import { describe, expect, it } from 'vitest';
import { flagSlot } from '../../src/core/editor/completeFlags.ts';

const labels = (before: string): string[] | null => flagSlot(before)?.items.map((i) => i.label) ?? null;

describe('flag completion', () => {
  const cases: [string, string[] | null][] = [
    ['RUN --', ['--mount', '--network', '--security', '--device']],
    ['run --mount=type=cache,target=/c --', ['--mount', '--network', '--security', '--device']],
    ['RUN --network=none --', ['--mount', '--security', '--device']],
    ['COPY --', ['--from', '--chown', '--chmod', '--link', '--parents', '--exclude']],
    ['COPY --link --', ['--from', '--chown', '--chmod', '--parents', '--exclude']],
    ['FROM --', ['--platform']],
    ['ONBUILD RUN --', ['--mount', '--network', '--security', '--device']],
    ['ENV --', []],
    ['RUN --network=', ['default', 'none', 'host']],
    ['RUN --security=', ['sandbox', 'insecure']],
    ['FROM --platform=', ['$BUILDPLATFORM', '$TARGETPLATFORM', 'linux/amd64', 'linux/arm64', 'linux/arm/v7']],
    ['RUN --mount=', ['type=', 'target=', 'source=', 'from=', 'rw']],
    ['RUN --mount=type=', ['bind', 'cache', 'tmpfs', 'secret', 'ssh']],
    ['RUN --mount=type=secret,', ['id=', 'target=', 'env=', 'required', 'mode=', 'uid=', 'gid=']],
    ['RUN --mount=type=cache,sharing=', ['shared', 'private', 'locked']],
    ['RUN --mount=type=cache,from=', null],
    ['COPY --from=', null],
    ['RUN echo --', null],
    ['RUN --unknown=', null],
  ];
  for (const [before, expected] of cases) it(JSON.stringify(before), () => expect(labels(before)).toEqual(expected));

  it('a flag with values offers them as a snippet choice', () => {
    expect(flagSlot('RUN --')?.items.find((i) => i.label === '--network')?.snippet).toBe('--network=${1|default,none,host|}');
    expect(flagSlot('FROM --')?.items[0]?.snippet).toBe('--platform=${1|\\$BUILDPLATFORM,\\$TARGETPLATFORM,linux/amd64,linux/arm64,linux/arm/v7|}');
  });
});
