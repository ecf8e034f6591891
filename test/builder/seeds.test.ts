/**
 * The seeds' lesson both ways: seed 002 (Go http-server) and seed 004
 * (href-counter), builder pattern ⇄ multi-stage, on the verbatim fixtures.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { builderPatternLog, compareWays, multistageLog, toBuilderPattern, toMultistage } from '../../src/core/builder/index.ts';
import { accountedLines, dockerSequence, fixture, graphSignature, scriptLines, workspace } from './helpers.ts';

const codes = (notes: readonly { code: string }[]) => notes.map((n) => n.code);

describe('seed002-builder (build.sh + Dockerfile.build + Dockerfile) → multi-stage', () => {
  const r = toMultistage(workspace('seed002-builder'));
  const seed = analyze(fixture('seed002-multistage/Dockerfile'));

  it('has the seed multi-stage version\'s stages, bases and COPY --from edge', () => {
    expect(graphSignature(r.analysis)).toEqual(graphSignature(seed));
    expect(graphSignature(r.analysis)).toEqual([
      { base: 'golang:1.13', copies: [] },
      { base: 'alpine:latest', copies: [{ from: 'stage#0', sources: ['/go/src/github.com/wilhelmguo/multi-stage-demo/http-server'], dest: '.' }] },
    ]);
    expect(r.analysis.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('names the build stage after its tag and replaces the script with one docker build', () => {
    expect(r.dockerfile).toContain('FROM golang:1.13 AS build\n');
    expect(r.dockerfile).toContain('COPY --from=build /go/src/github.com/wilhelmguo/multi-stage-demo/http-server .\n');
    expect(r.commands).toEqual(['docker build -t http-server:latest .']);
  });

  it('accounts for every line of build.sh (link or note)', () => {
    const script = fixture('seed002-builder/build.sh');
    const seen = accountedLines('build.sh', r.notes, r.links);
    expect(scriptLines(script).filter((l) => !seen.has(l))).toEqual([]);
    expect(codes(r.notes)).toEqual(['Shebang', 'Echo', 'ContainerRemoved', 'Echo', 'ExtractedFileRemoved']);
  });

  it('links docker cp builder:/path ↔ COPY --from=build /path with line numbers on both sides', () => {
    const extract = r.links.find((l) => l.kind === 'extract')!;
    expect(extract.multistage).toEqual([{ file: 'Dockerfile', line: 13 }]);
    expect(extract.builderPattern).toEqual([{ file: 'build.sh', line: 5 }, { file: 'Dockerfile', line: 3 }]);
    expect(r.dockerfile.split('\n')[12]).toMatch(/^COPY --from=build /);
  });
});

describe.each(['Dockerfile', 'Dockerfile.named'])('seed002-multistage/%s → builder pattern', (name) => {
  const r = toBuilderPattern(fixture('seed002-multistage', name), { project: 'http-server', fileName: name });

  it('writes one Dockerfile per needed stage, the final Dockerfile and build.sh', () => {
    const stage = name === 'Dockerfile' ? 'stage-0' : 'builder';
    expect(r.files.map((f) => f.name)).toEqual([`Dockerfile.${stage}`, 'Dockerfile', 'build.sh']);
    expect(r.files[1]!.text).toBe('FROM alpine:latest\nWORKDIR /root/\nCOPY stagecraft-extract/http-server .\nCMD ["./http-server"]' + (name === 'Dockerfile' ? ' \n' : '\n'));
    expect(r.notes).toEqual([]);
  });

  it('gives a build.sh with the seed build.sh\'s docker commands in the same order', () => {
    expect(dockerSequence(r.files)).toEqual(dockerSequence(workspace('seed002-builder')));
    expect(dockerSequence(r.files)).toEqual(['build FROM golang:1.13', 'create', 'cp /go/src/github.com/wilhelmguo/multi-stage-demo/http-server', 'rm', 'build FROM alpine:latest']);
  });

  it('converts back to the same graph', () => {
    expect(graphSignature(toMultistage(r.files).analysis)).toEqual(graphSignature(r.analysis));
  });
});

describe('seed004-builder (href-counter, with the seed\'s typos) → multi-stage', () => {
  const r = toMultistage(workspace('seed004-builder'));

  it('has the seed multi-stage version\'s stages, bases and COPY --from edge', () => {
    for (const v of ['Dockerfile', 'Dockerfile.named']) expect(graphSignature(r.analysis)).toEqual(graphSignature(analyze(fixture('seed004-multistage', v))));
    expect(graphSignature(r.analysis)[1]).toEqual({ base: 'alpine:latest', copies: [{ from: 'stage#0', sources: ['/go/src/github.com/alexellis/href-counter/app'], dest: '.' }] });
  });

  it('reports the repaired typos and the backslash followed by spaces', () => {
    const found = r.notes.map((n) => `${n.file}:${n.line} ${n.code}`);
    expect(found).toContain('Dockerfile.build:2 RepairedFromSpace');
    expect(found).toContain('Dockerfile.build:3 RepairedKeywordColon');
    expect(found).toContain('build.sh:4 BackslashSpace');
  });

  it('passes --build-arg and --no-cache to the one docker build', () => {
    expect(r.commands).toEqual(['docker build --no-cache --build-arg https_proxy=$https_proxy --build-arg http_proxy=$http_proxy -t alexellis2/href-counter:latest .']);
  });

  it('accounts for every line of build.sh (link or note)', () => {
    const seen = accountedLines('build.sh', r.notes, r.links);
    expect(scriptLines(fixture('seed004-builder/build.sh')).filter((l) => !seen.has(l))).toEqual([]);
  });
});

describe.each(['Dockerfile', 'Dockerfile.named'])('seed004-multistage/%s → builder pattern', (name) => {
  const r = toBuilderPattern(fixture('seed004-multistage', name), { project: 'alexellis2/href-counter', buildArgs: { https_proxy: 'http://proxy:3128' }, keepUndeclaredArgs: true });

  it('gives a build.sh with the seed build.sh\'s docker commands in the same order', () => {
    expect(dockerSequence(r.files)).toEqual(dockerSequence(workspace('seed004-builder')));
    expect(r.files.at(-1)!.text).toContain('docker build --build-arg https_proxy=http://proxy:3128 -t alexellis2/href-counter:latest .');
  });

  it('converts back to the same graph', () => {
    expect(graphSignature(toMultistage(r.files).analysis)).toEqual(graphSignature(r.analysis));
  });
});

describe('seed002 comparison data', () => {
  const multistage = { name: 'Dockerfile', text: fixture('seed002-multistage/Dockerfile') };
  const binary = { '/go/src/github.com/wilhelmguo/multi-stage-demo/http-server': 7_400_000 };

  it('compares both ways in one table', () => {
    const c = compareWays(multistage, { files: workspace('seed002-builder') }, { artifactBytes: binary, imageBytes: { 'alpine:latest': 5_600_000, 'golang:1.13': 819_000_000 } });
    const row = (k: string) => c.rows.find((r) => r.key === k)!;
    expect([row('files').multistage, row('files').builderPattern]).toEqual([1, 3]);
    expect([row('dockerCommands').multistage, row('dockerCommands').builderPattern]).toEqual([1, 5]);
    expect([row('temporaryContainers').builderPattern, row('intermediateImages').builderPattern, row('contextUploads').builderPattern]).toEqual([1, 1, 2]);
    expect([row('reuploadedArtifacts').builderPattern, row('reuploadedBytes').builderPattern, row('cleanupSteps').builderPattern]).toEqual([1, 7_400_000, 2]);
    expect([row('finalLayers').multistage, row('finalLayers').builderPattern]).toEqual([3, 3]);
    // Seed 002: 13 MB against 819 MB.
    expect([row('finalImageBytes').multistage, row('finalImageBytes').builderPattern]).toEqual([13_000_000, 13_000_000]);
    expect([row('buildImageBytes').multistage, row('buildImageBytes').builderPattern]).toEqual([819_000_000, 819_000_000]);
    expect(c.unknownImages).toEqual([]);
  });

  it('falls back on the catalog and lists the images it cannot size', () => {
    const c = compareWays({ name: 'Dockerfile', text: 'FROM my/builder:1 AS b\nRUN make\nFROM alpine:3.19\nCOPY --from=b /app /app\n' }, { files: [] });
    expect(c.unknownImages).toEqual(['my/builder:1']);
    expect(c.rows.find((r) => r.key === 'finalImageBytes')!.multistage).toBe(8_300_000);
  });

  it('simulates the seed\'s ./build.sh log, step for step', () => {
    const ours = builderPatternLog(workspace('seed002-builder'), 'build.sh', { contextBytes: 96_260, artifactBytes: binary }).map((l) => l.text);
    const seedLog = fixture('seed002-build.log').split('\n');
    const keep = (l: string) => /^(Step |Successfully tagged|Building |Sending build context|builder$)/.test(l.trim());
    expect(ours.filter(keep)).toEqual(seedLog.map((l) => l.trimEnd()).filter(keep));
    expect(ours).toContain('Sending build context to Docker daemon  7.496MB');
    expect(ours.find((l) => /^[0-9a-f]{64}$/.test(l))).toBeDefined();
  });

  it('simulates the seed\'s multi-stage docker build log, step for step', () => {
    const ours = multistageLog(multistage.text, { tag: 'http-server-with-multi-stage:latest', contextBytes: 96_770 }).map((l) => l.text);
    const seedLog = fixture('seed002-multistage.log').split('\n').slice(1).map((l) => l.trimEnd());
    const keep = (l: string) => /^(Step |Successfully tagged|Sending build context| ---> Running in|Removing intermediate)/.test(l);
    expect(ours.filter(keep).map((l) => l.replace(/[0-9a-f]{12}$/, 'ID'))).toEqual(seedLog.filter(keep).map((l) => l.replace(/[0-9a-f]{12}$/, 'ID')));
  });
});

describe('links point at real lines on both sides (seeds, both ways)', () => {
  const lineCount = (files: Record<string, string>, f: string) => (files[f] ?? '').split('\n').length;
  it('seed002 and seed004, builder pattern → multi-stage and back', () => {
    for (const seed of ['seed002', 'seed004']) {
      const bp = workspace(`${seed}-builder`);
      const ms = toMultistage(bp);
      const left = { Dockerfile: ms.dockerfile };
      const right = Object.fromEntries(bp.map((f) => [f.name, f.text]));
      for (const l of ms.links) {
        for (const f of l.multistage) expect(f.line).toBeGreaterThan(0), expect(f.line).toBeLessThanOrEqual(lineCount(left, f.file));
        for (const f of l.builderPattern) expect(f.line).toBeGreaterThan(0), expect(f.line).toBeLessThanOrEqual(lineCount(right, f.file));
      }
      const there = toBuilderPattern(fixture(`${seed}-multistage/Dockerfile`));
      const gen = Object.fromEntries(there.files.map((f) => [f.name, f.text]));
      for (const l of there.links) {
        for (const f of l.builderPattern) expect(f.line).toBeLessThanOrEqual(lineCount(gen, f.file));
        for (const f of l.multistage) expect(f.line).toBeLessThanOrEqual(lineCount({ Dockerfile: fixture(`${seed}-multistage/Dockerfile`) }, f.file));
      }
      // The comparison table works on a generated builder pattern as well.
      const c = compareWays({ name: 'Dockerfile', text: fixture(`${seed}-multistage/Dockerfile`) }, { files: there.files });
      expect(c.rows.find((r) => r.key === 'dockerCommands')).toMatchObject({ multistage: 1, builderPattern: 5 });
    }
  });
});
