/** The seeds' lessons found in the seeds' own examples (and nowhere they do not apply). */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { findLessons, lessonKey } from '../../src/core/explain/lessons.ts';
import { readExample } from '../support/examples.ts';

const found = (text: string) => findLessons(analyze(text)).map((l) => `${l.id}@${l.line}`);

describe('findLessons', () => {
  it.each([
    ['seed000-go-scratch', ['copyFromIndex@9']],
    ['seed000-copy-from-etcd', ['copyFromImage@2']],
    ['seed001-copy-from-nginx', ['copyFromIndex@11', 'copyFromImage@12']],
    ['seed002-multistage', ['copyFromIndex@7']],
    ['seed004-multistage', ['copyFromIndex@11']],
    ['seed003-stage-chain', ['unusedStage@5']],
  ])('%s', (folder, want) => expect(found(readExample(folder, 'Dockerfile'))).toEqual(want));

  it('a single golang stage: the image carries the toolchain', () => {
    expect(found('FROM golang:1.10.3\nCOPY server.go /build/\nRUN go build -o server\n')).toEqual(['fullSdkFinal@1']);
  });
  it('eclipse-temurin:21-jre is a runtime, not the toolchain', () => expect(found('FROM eclipse-temurin:21-jre\n')).toEqual([]));
  it('a final stage FROM a golang stage still carries it', () => {
    expect(found('FROM golang:1.22 AS dev\nFROM dev\nRUN true\n')).toEqual(['fullSdkFinal@2']);
  });
  it('RUN, RUN --mount: a RUN with flags is not merged blindly', () => {
    expect(found('FROM alpine\nRUN a\nRUN --mount=type=cache,target=/c b\n')).toEqual([]);
  });
  it('three RUNs in a row, counted once', () => {
    const l = findLessons(analyze('FROM alpine\nRUN a\nRUN b\nRUN c\nCOPY x y\nRUN d\n'));
    expect(l.map((x) => [x.id, x.line, x.endLine, x.params.count])).toEqual([['consecutiveRuns', 2, 4, 3]]);
  });
  it('the key of a lesson survives a line shift', () => {
    const k1 = findLessons(analyze('FROM golang:1.22\nFROM scratch\nCOPY --from=0 /a /a\n')).map(lessonKey);
    const k2 = findLessons(analyze('\n\nFROM golang:1.22\nFROM scratch\nCOPY --from=0 /a /a\n')).map(lessonKey);
    expect(k2).toEqual(k1);
  });
});
