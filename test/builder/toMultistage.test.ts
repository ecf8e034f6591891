/** Builder pattern → multi-stage: scripts beyond the seeds, and what is not translated. */
import { describe, expect, it } from 'vitest';
import { toMultistage, type WorkspaceFile } from '../../src/core/builder/index.ts';
import { referencedDockerfiles } from '../../src/core/builder/referenced.ts';
import { accountedLines, graphSignature, scriptLines } from './helpers.ts';

const ws = (script: string, files: Record<string, string>): WorkspaceFile[] => [{ name: 'build.sh', text: script }, ...Object.entries(files).map(([name, text]) => ({ name, text }))];
const at = (r: ReturnType<typeof toMultistage>) => r.notes.filter((n) => n.file === 'build.sh').map((n) => `${n.line} ${n.code}`);
const everyLineAccounted = (script: string, r: ReturnType<typeof toMultistage>) => {
  const seen = accountedLines('build.sh', r.notes, r.links);
  expect(scriptLines(script).filter((l) => !seen.has(l))).toEqual([]);
};

describe('toMultistage', () => {
  it('a script with variables, ${VAR}, && chains and || true: translated, each with a note', () => {
    const script = 'set -e\nTAG=1.2\nIMAGE=acme/app\ndocker build -t ${IMAGE}:builder -f Dockerfile.build . && docker rm -f x || true\ndocker create --name x $IMAGE:builder\ndocker cp x:/out/app ./app\ndocker rm -f x\ndocker build -t $IMAGE:$TAG .\n';
    const r = toMultistage(ws(script, { 'Dockerfile.build': 'FROM golang\nRUN go build -o /out/app\n', Dockerfile: 'FROM alpine\nCOPY app /app\n' }));
    expect(r.dockerfile).toContain('FROM golang AS builder\n');
    expect(r.dockerfile).toContain('FROM alpine AS stage-1.2\n');
    expect(r.dockerfile).toContain('COPY --from=builder /out/app /app\n');
    expect(r.commands).toEqual(['docker build -t acme/app:1.2 .']);
    expect(at(r)).toEqual(expect.arrayContaining(['2 VariableAssigned', '3 VariableAssigned', '4 AndChainSplit', '4 OrFallbackIgnored']));
    everyLineAccounted(script, r);
  });

  it('loops, pipes, subshells, background jobs, command substitution and other tools: listed with reasons, not translated', () => {
    const script = [
      '#!/bin/sh', 'docker build -t a:build -f Dockerfile.build .', 'for f in a b; do', '  docker cp c:/$f .', 'done',
      'if [ -n "$CI" ]; then docker push a:build; fi', 'docker images | grep a', '(cd sub && docker build .)', 'make &',
      'ID=$(docker create a:build)', 'docker cp $ID:/out/app ./app', 'mkdir -p out', 'cd out', 'docker run --rm a:build ls',
      'docker build -t a:latest .', '',
    ].join('\n');
    const r = toMultistage(ws(script, { 'Dockerfile.build': 'FROM alpine\n', Dockerfile: 'FROM alpine\n' }));
    const notes = at(r);
    for (const expected of ['3 ControlFlow', '4 ControlFlow', '5 ControlFlow', '6 ControlFlow', '7 Pipeline', '8 Subshell', '9 Background', '10 CommandSubstitution', '12 FolderCreated', '13 ChangeDirectory', '14 DockerRun']) {
      expect(notes).toContain(expected);
    }
    expect(notes.some((n) => n.startsWith('11 '))).toBe(true);
    everyLineAccounted(script, r);
    expect(r.analysis.stages).toHaveLength(2);
  });

  it('a Dockerfile the script names but the workspace lacks: an error note and a placeholder stage', () => {
    const r = toMultistage(ws('docker build -t x:build -f missing.Dockerfile .\ndocker build -t x .\n', { Dockerfile: 'FROM alpine\n' }));
    expect(at(r)).toContain('1 DockerfileNotFound');
    expect(r.dockerfile).toContain('FROM scratch AS build\n');
  });

  it('no docker build at all', () => {
    const r = toMultistage(ws('echo hi\n', {}));
    expect(r.notes.map((n) => n.code)).toContain('NoDockerBuild');
    expect(r.commands).toEqual([]);
  });

  it('an extracted file no build copies: the --output way to get it', () => {
    const r = toMultistage(ws('docker build -t x:build -f Dockerfile.build .\ndocker create --name c x:build\ndocker cp c:/out/bin ./bin\ndocker rm c\n', { 'Dockerfile.build': 'FROM golang\n' }));
    expect(r.notes.find((n) => n.code === 'ExtractedNotUsed')?.message).toContain('--output type=local');
  });

  it('COPY --from an external image through docker create: kept as the image', () => {
    const script = 'docker create --name ng nginx:1.25\ndocker cp ng:/etc/nginx/nginx.conf .\ndocker rm ng\ndocker build -t web .\n';
    const r = toMultistage(ws(script, { Dockerfile: 'FROM alpine\nCOPY nginx.conf /etc/nginx/\n' }));
    expect(r.dockerfile).toContain('COPY --from=nginx:1.25 /etc/nginx/nginx.conf /etc/nginx/\n');
  });

  it('FROM, COPY --from and RUN --mount from= of a tag the script built become the stage', () => {
    const script = 'docker build -t p:base -f Dockerfile.base .\ndocker build -t p:latest .\n';
    const r = toMultistage(ws(script, {
      'Dockerfile.base': 'FROM debian\nRUN apt-get update\n',
      Dockerfile: 'FROM p:base\nCOPY --from=p:base /etc/apt /apt\nRUN --mount=type=bind,from=p:base,target=/b ls /b\n',
    }));
    expect(r.dockerfile).toContain('FROM base\nCOPY --from=base /etc/apt /apt\nRUN --mount=type=bind,from=base,target=/b ls /b\n');
    expect(graphSignature(r.analysis)).toEqual([
      { base: 'debian', copies: [] },
      { base: 'stage#0', copies: [{ from: 'stage#0', sources: ['/etc/apt'], dest: '/apt' }] },
    ]);
  });

  it('a COPY mixing context files and extracted files is split by origin', () => {
    const script = 'docker build -t x:gen -f gen.Dockerfile .\ndocker create --name g x:gen\ndocker cp g:/gen/api.go ./api.go\ndocker build -t x .\n';
    const r = toMultistage(ws(script, { 'gen.Dockerfile': 'FROM golang\n', Dockerfile: 'FROM golang\nCOPY main.go api.go /src/\n' }));
    expect(r.dockerfile).toContain('COPY main.go /src/\nCOPY --from=gen /gen/api.go /src/\n');
  });

  it('a build whose context is a subfolder: its COPY sources are prefixed', () => {
    const script = 'docker build -t x:build builder\ndocker create --name b x:build\ndocker cp b:/app ./app\ndocker build -t x .\n';
    const r = toMultistage(ws(script, { 'builder/Dockerfile': 'FROM golang\nCOPY src /src\n', Dockerfile: 'FROM alpine\nCOPY app /app\n' }));
    expect(r.dockerfile).toContain('COPY builder/src /src\n');
    expect(at(r)).toContain('1 ContextDiffers');
  });

  it('two images built for output: the second one gets its own --target command', () => {
    const r = toMultistage(ws('docker build -t x:test -f test.Dockerfile .\ndocker build -t x .\n', { 'test.Dockerfile': 'FROM alpine\n', Dockerfile: 'FROM alpine\n' }));
    expect(r.commands).toEqual(['docker build -t x:latest .', 'docker build --target test -t x:test .']);
  });

  it('conflicting --build-arg values: one kept, the other reported', () => {
    const r = toMultistage(ws('docker build --build-arg V=1 -t x:a -f a.Dockerfile .\ndocker build --build-arg V=2 -t x .\n', { 'a.Dockerfile': 'FROM alpine\n', Dockerfile: 'FROM alpine\n' }));
    expect(r.commands[0]).toBe('docker build --build-arg V=1 -t x:latest .');
    expect(at(r)).toContain('2 BuildArgConflict');
  });

  it('referencedDockerfiles lists -f files and context Dockerfiles relative to the script', () => {
    expect(referencedDockerfiles('docker build -f Dockerfile.build .\ndocker build sub\ndocker build -t x .\n', 'ci/build.sh')).toEqual(['ci/Dockerfile.build', 'ci/sub/Dockerfile', 'ci/Dockerfile']);
  });
});
