/**
 * Per-instruction argument parsing (line_parsers.go), checked through BuildKit's dump
 * and the `json` attribute; errors where BuildKit's parser fails.
 */
import { describe, expect, it } from 'vitest';
import { dumpFirst, errors, first, parseDockerfile, title } from './util.ts';

describe('arguments in the dump', () => {
  const cases: Array<[string, string, boolean]> = [
    // parseMaybeJSON
    ['CMD []', '(cmd)', true],
    ['CMD [""]', '(cmd "")', true],
    ['CMD ["a", "b"]', '(cmd "a" "b")', true],
    ['CMD ["a"] x', '(cmd "[\\"a\\"] x")', false],
    ['CMD ["a",', '(cmd "[\\"a\\",")', false],
    ["CMD ['a']", '(cmd "[\'a\']")', false],
    ['CMD [1e400]', '(cmd "[1e400]")', false],
    ['ENTRYPOINT ["/bin/sh", "-c"]', '(entrypoint "/bin/sh" "-c")', true],
    ['SHELL ["pwsh", "-Command"]', '(shell "pwsh" "-Command")', true],
    ['RUN echo "a  b"  ', '(run "echo \\"a  b\\"")', false],
    ['RUN', '(run)', false],
    ['CMD ["\\u0000\\t♥"]', '(cmd "\\x00\\t♥")', true],
    // parseMaybeJSONToList
    ['COPY ["a b", "c"]', '(copy "a b" "c")', true],
    ['COPY a  b\tc', '(copy "a" "b" "c")', false],
    ['VOLUME /a /b', '(volume "/a" "/b")', false],
    ['VOLUME ["/a"]', '(volume "/a")', true],
    ['ADD', '(add)', false],
    // parseStringsWhitespaceDelimited: quotes kept
    ['FROM "" AS foo', '(from "\\"\\"" "AS" "foo")', false],
    ['FROM alpine:3.19 AS Build', '(from "alpine:3.19" "AS" "Build")', false],
    ['EXPOSE 80/tcp 443', '(expose "80/tcp" "443")', false],
    ['FROM', '(from)', false],
    // parseString
    ['USER app:app', '(user "app:app")', false],
    ['WORKDIR /a b', '(workdir "/a b")', false],
    ['STOPSIGNAL SIGTERM', '(stopsignal "SIGTERM")', false],
    ['MAINTAINER Jane <j@x>', '(maintainer "Jane <j@x>")', false],
    // parseNameVal
    ['ENV a=1 b="x y"', '(env "a" "1" "=" "b" "\\"x y\\"" "=")', false],
    ['ENV A b c', '(env "A" "b c" "")', false],
    ['ENV A=', '(env "A" "" "=")', false],
    ['LABEL "a b"=c', '(label "\\"a b\\"" "c" "=")', false],
    ['ENV', '(env)', false],
    // parseNameOrNameVal
    ['ARG a=1 b', '(arg "a=1" "b")', false],
    ['ARG a="x y" b=\'1 2\'', '(arg "a=\\"x y\\"" "b=\'1 2\'")', false],
    // parseHealthConfig
    ['HEALTHCHECK NONE', '(healthcheck "NONE")', false],
    ['HEALTHCHECK CMD ["curl", "-f", "x"]', '(healthcheck "CMD" "curl" "-f" "x")', true],
    ['HEALTHCHECK --interval=5s CMD curl -f x', '(healthcheck ["--interval=5s"] "CMD" "curl -f x")', false],
    // parseSubCommand
    ['ONBUILD RUN echo hi', '(onbuild (run "echo hi"))', false],
    ['ONBUILD', '(onbuild)', false],
    ['ONBUILD ONBUILD RUN x', '(onbuild (onbuild (run "x")))', false],
    // parseIgnore: unknown instructions keep only their name
    ['frobnicate x y', '(frobnicate "")', false],
    ['Copy a b', '(copy "a" "b")', false],
  ];
  for (const [input, expected, json] of cases) {
    it(title(input), () => {
      const result = parseDockerfile(input);
      expect(dumpFirst(input)).toBe(expected);
      expect(first(result).json).toBe(json);
      expect(errors(result)).toEqual([]);
    });
  }
});

describe('instruction fields', () => {
  it('frobnicate x y', () => {
    const ins = first(parseDockerfile('frobnicate x y'));
    expect([ins.keyword, ins.original, ins.args, ins.text]).toEqual(['frobnicate', 'frobnicate', [], 'frobnicate x y']);
  });

  it('ONBUILD COPY --from=build /a /b', () => {
    const ins = first(parseDockerfile('ONBUILD COPY --from=build /a /b'));
    expect(ins.args).toEqual([]);
    expect(ins.trigger?.keyword).toBe('copy');
    expect(ins.trigger?.args).toEqual(['/a', '/b']);
    expect(ins.trigger?.text).toBe('COPY --from=build /a /b');
    expect(ins.trigger?.range.end).toEqual(ins.range.end);
  });

  it('HEALTHCHECK CMD ["a"]', () => {
    const ins = first(parseDockerfile('HEALTHCHECK CMD ["a"]'));
    expect([ins.args, ins.json]).toEqual([['CMD', 'a'], true]);
  });
});

describe('errors of the line parsers', () => {
  const cases: Array<[string, string, string]> = [
    ['CMD [ "echo", [ "nested json" ] ]', 'JsonNotStrings', 'when using JSON array syntax, arrays must be comprised of strings only.'],
    ['COPY ["a", null]', 'JsonNotStrings', 'when using JSON array syntax, arrays must be comprised of strings only.'],
    ['ENV PATH', 'MissingArguments', 'ENV must have two arguments'],
    ['LABEL x', 'MissingArguments', 'LABEL must have two arguments'],
    ['ENV a=1 b', 'MissingArguments', 'Syntax error - can\'t find = in "b". Must be of the form: name=value'],
    ['ONBUILD ENV x', 'MissingArguments', 'ENV must have two arguments'],
  ];
  for (const [input, code, message] of cases) {
    it(title(input), () => {
      const result = parseDockerfile(input);
      expect(result.diagnostics.map((d) => [d.severity, d.code, d.message])).toEqual([['error', code, message]]);
      expect(result.instructions).toHaveLength(1);
    });
  }

  it(title('FROM a\nCMD [1]\nRUN b'), () => {
    const result = parseDockerfile('FROM a\nCMD [1]\nRUN b');
    expect(result.instructions.map((i) => [i.keyword, i.args])).toEqual([
      ['from', ['a']],
      ['cmd', []],
      ['run', ['b']],
    ]);
    expect(result.diagnostics[0]?.range).toEqual({ start: { line: 2, column: 1 }, end: { line: 2, column: 8 } });
  });

  it('JSON nested deeper than Go allows falls back to the shell form', () => {
    const deep = '['.repeat(10001) + ']'.repeat(10001);
    const result = parseDockerfile(`CMD ${deep}`);
    expect(errors(result)).toEqual([]);
    expect(first(result).args).toEqual([deep]);
    expect(errors(parseDockerfile(`CMD ${'['.repeat(10000)}${']'.repeat(10000)}`))).toEqual(['JsonNotStrings']);
  });
});
