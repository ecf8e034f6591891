/**
 * Flags (`extractBuilderFlags`, split_command.go): leading `--` words of every
 * instruction; quotes removed, `\` escapes, a bare `--` ends them.
 * Expectations are BuildKit's `Node.Flags` / `Node.Dump()`.
 */
import { describe, expect, it } from 'vitest';
import { dumpFirst, first, parseDockerfile, title } from './util.ts';

describe('flags in the dump', () => {
  const cases: Array<[string, string]> = [
    ['COPY --chown=a --from=b src dst', '(copy ["--chown=a" "--from=b"] "src" "dst")'],
    ['COPY --from="build stage" a b', '(copy ["--from=build stage"] "a" "b")'],
    ["COPY --from='x y' a b", '(copy ["--from=x y"] "a" "b")'],
    ['COPY -- --notaflag b', '(copy "--notaflag" "b")'],
    ['COPY --link=true -- a b', '(copy ["--link=true"] "a" "b")'],
    ['COPY --a\\ b=c d e', '(copy ["--a b=c"] "d" "e")'],
    ['COPY --from=x', '(copy ["--from=x"])'],
    ['COPY --from=x --', '(copy ["--from=x"])'],
    ['COPY --from="" a b', '(copy ["--from="] "a" "b")'],
    ['COPY -x a b', '(copy "-x" "a" "b")'],
    ['COPY a --from=x b', '(copy "a" "--from=x" "b")'],
    ['FROM --platform=$BUILDPLATFORM golang:1.22 AS build', '(from ["--platform=$BUILDPLATFORM"] "golang:1.22" "AS" "build")'],
    ['RUN --mount=type=cache,target=/root/.cache go build', '(run ["--mount=type=cache,target=/root/.cache"] "go build")'],
    ['RUN --network=none --  echo hi', '(run ["--network=none"] "echo hi")'],
    ['CMD --doit [ "a", "b" ]', '(cmd ["--doit"] "a" "b")'],
    ['FOO --bar baz', '(foo ["--bar"] "")'],
    ['COPY --chown=é a b', '(copy ["--chown=Ã©"] "a" "b")'],
    ['COPY --x="a\\"b" c d', '(copy ["--x=a\\"b"] "c" "d")'],
    // With a backtick escape, a trailing `\` is no continuation and reaches the flags,
    // which always use `\` and drop it at the end of the line.
    ['# escape=`\nCOPY --x=a\\', '(copy ["--x=a"])'],
  ];
  for (const [input, expected] of cases) {
    it(title(input), () => {
      expect(dumpFirst(input)).toBe(expected);
    });
  }
});

describe('flag fields and ranges', () => {
  it('COPY --chown=a --from=b src dst', () => {
    const ins = first(parseDockerfile('COPY --chown=a --from=b src dst'));
    expect(ins.flags.map((f) => [f.text, f.name, f.value])).toEqual([
      ['--chown=a', 'chown', 'a'],
      ['--from=b', 'from', 'b'],
    ]);
    expect(ins.flags[0]?.range).toEqual({ start: { line: 1, column: 6 }, end: { line: 1, column: 15 } });
    expect(ins.flags[1]?.range).toEqual({ start: { line: 1, column: 16 }, end: { line: 1, column: 24 } });
    expect(ins.args).toEqual(['src', 'dst']);
  });

  it('COPY --link a b', () => {
    const ins = first(parseDockerfile('COPY --link a b'));
    expect(ins.flags.map((f) => [f.name, f.value])).toEqual([['link', null]]);
  });

  it(title('COPY \\\n  --from=builder /a /b'), () => {
    const ins = first(parseDockerfile('COPY \\\n  --from=builder /a /b'));
    expect(ins.flags[0]?.text).toBe('--from=builder');
    expect(ins.flags[0]?.range).toEqual({ start: { line: 2, column: 3 }, end: { line: 2, column: 17 } });
    expect(ins.args).toEqual(['/a', '/b']);
  });

  it(title('  From --platform=linux/arm64 alpine'), () => {
    const ins = first(parseDockerfile('  From --platform=linux/arm64 alpine'));
    expect(ins.keyword).toBe('from');
    expect(ins.original).toBe('From');
    expect(ins.keywordRange).toEqual({ start: { line: 1, column: 3 }, end: { line: 1, column: 7 } });
    expect(ins.flags[0]?.range.start).toEqual({ line: 1, column: 8 });
  });

  it('ONBUILD COPY --from=x a b', () => {
    const ins = first(parseDockerfile('ONBUILD COPY --from=x a b'));
    expect(ins.flags).toEqual([]);
    expect(ins.trigger?.flags.map((f) => f.text)).toEqual(['--from=x']);
    expect(ins.trigger?.flags[0]?.range.start).toEqual({ line: 1, column: 14 });
    expect(ins.trigger?.keywordRange).toEqual({ start: { line: 1, column: 9 }, end: { line: 1, column: 13 } });
  });
});
