/**
 * Simulated logs timed by the schedule: BuildKit's progress lines, the classic `Step i/n` log.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { buildkitProgress, cacheWhatIf, classicProgress, schedule } from '../../src/core/schedule/index.ts';
import { readExample } from '../support/examples.ts';

describe('progress logs', () => {
  const a = analyze(readExample('seed002-multistage', 'Dockerfile'));

  it('seed002-multistage (BuildKit): parallel stages interleaved, numbered as they start', () => {
    const lines = buildkitProgress(a, schedule(a)).map((l) => `${l.tick} ${l.text}`);
    expect(lines.slice(8, 16)).toEqual([
      '0 #5 [stage-0 1/4] FROM golang:1.13',
      '0 #6 [stage-1 1/3] FROM alpine:latest',
      '1 #5 DONE 1.0s',
      '1 #6 DONE 1.0s',
      '1 #7 [stage-0 2/4] WORKDIR /go/src/github.com/wilhelmguo/multi-stage-demo/',
      '1 #8 [stage-1 2/3] WORKDIR /root/',
      '2 #7 DONE 1.0s',
      '2 #8 DONE 1.0s',
    ]);
    expect(lines).toContain('4 #11 [stage-1 3/3] COPY --from=0 /go/src/github.com/wilhelmguo/multi-stage-demo/http-server .');
    expect(lines.at(-2)).toBe('5 #12 exporting to image');
  });

  it('seed002-multistage (BuildKit, main.go changed): unchanged steps say CACHED', () => {
    const s = schedule(a);
    const text = buildkitProgress(a, s, cacheWhatIf(a, s, { changedPaths: ['main.go'] })).map((l) => l.text);
    expect(text).toContain('#5 CACHED');
    expect(text).toContain('#9 DONE 1.0s');
  });

  it('seed002-multistage (classic): the Step i/n log, each line at its step\'s tick', () => {
    const lines = classicProgress(a, schedule(a, 'classic'));
    expect(lines.filter((l) => l.text.startsWith('Step ')).map((l) => `${l.tick} ${l.text}`)).toEqual([
      '0 Step 1/8 : FROM golang:1.13',
      '1 Step 2/8 : WORKDIR /go/src/github.com/wilhelmguo/multi-stage-demo/',
      '2 Step 3/8 : COPY main.go .',
      '3 Step 4/8 : RUN CGO_ENABLED=0 GOOS=linux go build -o http-server .',
      '4 Step 5/8 : FROM alpine:latest',
      '5 Step 6/8 : WORKDIR /root/',
      '6 Step 7/8 : COPY --from=0 /go/src/github.com/wilhelmguo/multi-stage-demo/http-server .',
      '7 Step 8/8 : CMD ["./http-server"]',
    ]);
    expect(lines.at(-1)!.tick).toBe(8);
  });
});
