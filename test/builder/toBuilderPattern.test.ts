/** Multi-stage → builder pattern: the cases the issue lists, one Dockerfile each. */
import { describe, expect, it } from 'vitest';
import { toBuilderPattern, toMultistage } from '../../src/core/builder/index.ts';
import { dockerSequence, graphSignature } from './helpers.ts';

const file = (r: ReturnType<typeof toBuilderPattern>, name: string) => r.files.find((f) => f.name === name)?.text ?? '';
const codes = (r: { notes: readonly { code: string }[] }) => r.notes.map((n) => n.code);

describe('toBuilderPattern', () => {
  it('copies from several stages: one container per source, every path copied out into a new folder, removed at the end', () => {
    const r = toBuilderPattern('FROM golang AS api\nRUN go build -o /out/api\nFROM node AS web\nRUN npm run build\nFROM alpine\nCOPY --from=api /out/api /bin/\nCOPY --from=web /app/dist /srv\nCOPY --from=api /etc/api.yml /etc/\n');
    expect(file(r, 'build.sh').split('\n').filter((l) => /^(docker|rm|mkdir) /.test(l))).toEqual([
      'docker build -t app:api -f Dockerfile.api .',
      'mkdir stagecraft-extract',
      'docker create --name api app:api', 'docker cp api:/out/api stagecraft-extract/api', 'docker cp api:/etc/api.yml stagecraft-extract/api.yml', 'docker rm -f api',
      'docker build -t app:web -f Dockerfile.web .',
      'docker create --name web app:web', 'docker cp web:/app/dist stagecraft-extract/dist', 'docker rm -f web',
      'docker build -t app:latest .',
      'rm -rf stagecraft-extract',
    ]);
    expect(file(r, 'Dockerfile')).toBe('FROM alpine\nCOPY stagecraft-extract/api /bin/\nCOPY stagecraft-extract/dist /srv\nCOPY stagecraft-extract/api.yml /etc/\n');
  });

  it('a stage chain (FROM <stage>) becomes FROM <project>:<stage>, built in dependency order', () => {
    const r = toBuilderPattern('FROM debian AS base\nRUN apt-get update\nFROM base AS build\nRUN make\nFROM base\nCOPY --from=build /src/bin /bin\n', { project: 'chain' });
    expect(r.files.map((f) => f.name)).toEqual(['Dockerfile.base', 'Dockerfile.build', 'Dockerfile', 'build.sh']);
    expect(file(r, 'Dockerfile.build')).toBe('FROM chain:base\nRUN make\n');
    expect(file(r, 'Dockerfile')).toBe('FROM chain:base\nCOPY stagecraft-extract/bin /bin\n');
    expect(r.links.filter((l) => l.kind === 'base').map((l) => l.multistage[0]!.line)).toEqual([3, 5]);
  });

  it('COPY --from an external image: extracted from that image too', () => {
    const r = toBuilderPattern('FROM alpine\nCOPY --from=nginx:latest /etc/nginx/nginx.conf /etc/local/nginx.conf\n');
    expect(dockerSequence(r.files)).toEqual(['create', 'cp /etc/nginx/nginx.conf', 'rm', 'build FROM alpine']);
    expect(file(r, 'build.sh')).toContain('docker create --name nginx-latest nginx:latest\n');
  });

  it('--build-arg values are passed to every docker build, quoted for sh', () => {
    const r = toBuilderPattern('ARG BASE=alpine\nFROM $BASE AS b\nARG MSG\nRUN true\nFROM scratch\nCOPY --from=b /etc/os-release /\n', { buildArgs: { BASE: 'debian:12', MSG: 'hello world' } });
    const builds = file(r, 'build.sh').split('\n').filter((l) => l.startsWith('docker build'));
    expect(builds).toEqual([
      "docker build --build-arg BASE=debian:12 --build-arg 'MSG=hello world' -t app:b -f Dockerfile.b .",
      "docker build --build-arg BASE=debian:12 --build-arg 'MSG=hello world' -t app:latest .",
    ]);
    expect(file(r, 'Dockerfile.b')).toBe('ARG BASE=alpine\nFROM $BASE\nARG MSG\nRUN true\n');
  });

  it('--target: only the stages the target needs, the target is the final Dockerfile', () => {
    const r = toBuilderPattern('FROM alpine AS a\nRUN touch /a\nFROM alpine AS b\nCOPY --from=a /a /a\nFROM alpine AS c\nCOPY --from=b /a /a\n', { target: 'b' });
    expect(r.files.map((f) => f.name)).toEqual(['Dockerfile.a', 'Dockerfile', 'build.sh']);
    expect(toBuilderPattern('FROM alpine\n', { target: 'nope' })).toMatchObject({ files: [] });
    expect(codes(toBuilderPattern('FROM alpine\n', { target: 'nope' }))).toContain('TargetMissing');
  });

  it('says plainly what has no builder-pattern equivalent: RUN --mount from=, COPY --link, ONBUILD COPY --from', () => {
    const r = toBuilderPattern('FROM alpine AS cache\nONBUILD COPY --from=cache /x /x\nFROM node\nRUN --mount=type=cache,from=cache,target=/c npm ci\nCOPY --link --from=cache /etc/hosts /h\n');
    expect(codes(r)).toEqual(expect.arrayContaining(['OnbuildCopyFrom', 'MountFromNoEquivalent', 'CopyLinkNoEquivalent']));
    expect(file(r, 'Dockerfile')).toContain('RUN --mount=type=cache,from=app:cache,target=/c npm ci\n');
    expect(file(r, 'Dockerfile')).toContain('COPY --link stagecraft-extract/hosts /h\n');
  });

  it('a wildcard is taken from its extracted folder', () => {
    const r = toBuilderPattern('FROM maven AS build\nRUN mvn package\nFROM eclipse-temurin:21-jre\nCOPY --from=build /app/target/*.jar /app/\n');
    expect(file(r, 'build.sh')).toContain('docker cp build:/app/target stagecraft-extract/target\n');
    expect(file(r, 'Dockerfile')).toContain('COPY stagecraft-extract/target/*.jar /app/\n');
    expect(codes(r)).toContain('WildcardExtractsFolder');
  });

  it('an extracted file named like a context file lands in the extraction folder, never over the project\'s own', () => {
    const r = toBuilderPattern('FROM golang AS gen\nRUN gen > /main.go\nFROM golang\nCOPY main.go .\nCOPY --from=gen /main.go /gen/\n');
    expect(file(r, 'Dockerfile')).toBe('FROM golang\nCOPY main.go .\nCOPY stagecraft-extract/main.go /gen/\n');
  });

  it('a scratch stage without CMD gets a placeholder command for docker create', () => {
    const r = toBuilderPattern('FROM scratch AS files\nCOPY a /a\nFROM alpine\nCOPY --from=files /a /a\n');
    expect(file(r, 'build.sh')).toContain('docker create --name files app:files noop\n');
    expect(codes(r)).toContain('CreateNeedsCommand');
  });

  it('COPY . . after an extraction: the context holds the extracted files too', () => {
    const r = toBuilderPattern('FROM alpine AS a\nRUN touch /x\nFROM alpine\nCOPY --from=a /x /x\nCOPY . /src\n');
    expect(codes(r)).toContain('ContextCopyIncludesExtracted');
  });

  it('a Dockerfile BuildKit would reject is converted with a warning; an invalid project is replaced', () => {
    const r = toBuilderPattern('FROM alpine AS a\nCOPY --from=5 /x /x\n', { project: 'Bad Name' });
    expect(codes(r)).toEqual(['InvalidProject', 'DockerfileErrors']);
    expect(file(r, 'build.sh')).toContain('docker build -t app:latest .');
  });

  it('paths with spaces use the JSON form', () => {
    const r = toBuilderPattern('FROM alpine AS a\nRUN true\nFROM alpine\nCOPY --from=a ["/out/my file", "/dst/"]\n');
    expect(file(r, 'Dockerfile')).toContain('COPY ["stagecraft-extract/my file", "/dst/"]\n');
    expect(file(r, 'build.sh')).toContain("docker cp 'a:/out/my file' 'stagecraft-extract/my file'\n");
    expect(graphSignature(toMultistage(r.files).analysis)).toEqual(graphSignature(r.analysis));
  });
});
