/**
 * Property tests: generated multi-stage graphs survive multi-stage → builder
 * pattern → multi-stage; random scripts never crash and no line is dropped silently.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOTE_MESSAGES, toBuilderPattern, toMultistage } from '../../src/core/builder/index.ts';
import { accountedLines, graphSignature, scriptLines } from './helpers.ts';

const IMAGES = ['alpine:3.19', 'golang:1.22', 'debian:12', 'scratch', 'node:20-slim'];
const PATHS = ['/out/app', '/out/lib/', '/etc/conf.d', '/usr/local/bin/tool', '/out/*.txt', '/srv/data/*.json', 'rel/path', '/'];
const DESTS = ['/app/', '/dst', '.'];

const stageArb = fc.record({
  named: fc.boolean(),
  base: fc.nat(20),
  ctx: fc.boolean(),
  copies: fc.array(fc.record({ from: fc.nat(10), path: fc.constantFrom(...PATHS), dest: fc.constantFrom(...DESTS) }), { maxLength: 3 }),
});

/** A multi-stage Dockerfile from a generated spec: image or stage bases, COPY --from stages (by name or index) and an image. */
interface StageSpec {
  readonly named: boolean;
  readonly base: number;
  readonly ctx: boolean;
  readonly copies: readonly { readonly from: number; readonly path: string; readonly dest: string }[];
}

function dockerfileOf(spec: readonly StageSpec[]): string {
  const out: string[] = [];
  spec.forEach((s, i) => {
    const k = s.base % (IMAGES.length + i);
    const j = k - IMAGES.length;
    const base = k < IMAGES.length ? IMAGES[k]! : spec[j]!.named ? `s${j}` : IMAGES[0]!;
    out.push(`FROM ${base}${s.named ? ` AS s${i}` : ''}`, `RUN echo stage ${i}`);
    if (s.ctx) out.push(`COPY src${i}.txt /ctx/`);
    for (const c of s.copies) {
      const f = c.from % (i + 1);
      const ref = f === i ? 'busybox:1.36' : spec[f]!.named ? `s${f}` : String(f);
      out.push(`COPY --from=${ref} ${c.path} ${c.dest}`);
    }
  });
  return `${out.join('\n')}\n`;
}

describe('multi-stage → builder pattern → multi-stage (property)', () => {
  it('keeps stages, bases and copy edges', () => {
    fc.assert(
      fc.property(fc.array(stageArb, { minLength: 1, maxLength: 6 }), (spec) => {
        const text = dockerfileOf(spec);
        const there = toBuilderPattern(text, { project: 'prop' });
        const back = toMultistage(there.files);
        expect(graphSignature(back.analysis, { names: true })).toEqual(graphSignature(there.analysis, { names: true }));
        expect(back.analysis.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(back.notes.filter((n) => n.severity !== 'info')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

const FRAGMENTS = [
  '#!/bin/sh', 'set -e', '# comment', 'echo "Building $TAG"', 'TAG=1.0', 'X=$(date)', 'export IMAGE=a/b',
  'docker build -t a:build -f Dockerfile.build .', 'docker build -t a:latest .', 'docker build --build-arg V=$V -t a:$TAG .',
  'docker create --name c a:build', 'docker container create --name=c a:build', 'docker cp c:/out/app ./app', 'docker cp ./x c:/y',
  'docker rm -f c', 'docker rmi a:build', 'rm ./app', 'rm -rf /tmp/x', 'for f in a b; do', 'done', 'if true; then', 'fi', 'else',
  'while read l; do echo $l; done < list', 'case $1 in', 'x) docker build . ;;', 'esac', 'f() {', '}', '{ echo a; }', 'cat file | grep x',
  '(cd sub; make)', 'make &', 'a && b', 'a || exit 1', 'docker build . > log 2>&1', 'cat <<EOF', 'EOF', 'docker \\', '  build .', 'echo a \\  ',
  "echo 'unterminated", 'echo "open', '`date`', 'sudo docker build -t s .', 'docker', 'docker cp', 'docker cp nope:/x .', '> out', ';', '&& x', 'cd ..',
];

describe('random build scripts (property)', () => {
  it('never crash, and every command or comment line is in a link or a note', () => {
    const line = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 20 }) });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 25 }), (lines) => {
        const script = `${lines.join('\n')}\n`;
        const r = toMultistage([
          { name: 'build.sh', text: script },
          { name: 'Dockerfile.build', text: 'FROM golang\nRUN go build -o /out/app\n' },
          { name: 'Dockerfile', text: 'FROM alpine\nCOPY app /app\n' },
        ]);
        const seen = accountedLines('build.sh', r.notes, r.links);
        expect(scriptLines(script).filter((l) => !seen.has(l))).toEqual([]);
        for (const n of r.notes) {
          // Every placeholder of the note's template is filled from its params.
          const wanted = [...NOTE_MESSAGES[n.code].matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
          expect(wanted.filter((k) => !(k in n.params))).toEqual([]);
        }
      }),
      { numRuns: 500 },
    );
  });
});
