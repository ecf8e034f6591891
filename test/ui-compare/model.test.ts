/**
 * The comparison view's model on the seeds and on the inputs that break converters: direction,
 * the two sides, hover links, the table ready to print and the logs. Table tests named after
 * their input.
 */
import { describe, expect, it } from 'vitest';
import type { WorkspaceFile } from '../../src/core/builder/index.ts';
import {
  chooseDirections, convert, defaultProject, EMPTY_DRAFT, lightUp, indexLinks, LINE_BUDGET, lineLimits, measure, resolveWay, sizeInputs,
  type Conversion, type LineRef, type Measured, type PrintedRow,
} from '../../src/ui/compare/model.ts';
import { accountedLines, fixture, scriptLines, workspace } from '../builder/helpers.ts';

const single = (text: string, name = 'Dockerfile'): WorkspaceFile[] => [{ name, text }];

/** Converts the way the view would by default, with the default project name. */
function run(files: readonly WorkspaceFile[], dockerfile = 'Dockerfile'): { conv: Conversion; measured: Measured } {
  const d = chooseDirections(files, dockerfile);
  const way = resolveWay(d, null);
  if (way === null) throw new Error('no way to convert');
  const text = files.find((f) => f.name === dockerfile)?.text ?? '';
  const conv = convert({ files, dockerfile, way, script: d.script, target: null, buildArgs: {}, project: defaultProject(text) });
  return { conv, measured: measure(conv, sizeInputs(EMPTY_DRAFT, conv.artifacts)) };
}

const row = (m: Measured, key: PrintedRow['key']): PrintedRow => m.rows.find((r) => r.key === key)!;
const figures = (r: PrintedRow): [unknown, unknown] => [
  r.builderPattern.kind === 'bytes' ? r.builderPattern.text : r.builderPattern.kind === 'count' ? r.builderPattern.value : null,
  r.multistage.kind === 'bytes' ? r.multistage.text : r.multistage.kind === 'count' ? r.multistage.value : null,
];
const litLines = (conv: Conversion, origin: LineRef): string[] => {
  const lit = lightUp(indexLinks(conv.links), origin);
  const panes = [...conv.builderPattern, ...conv.multistage];
  return [...(lit?.byFile ?? new Map())].flatMap(([key, lines]) => {
    const p = panes.find((x) => x.key === key)!;
    return [...lines.keys()].map((l) => `${p.side}:${p.name}:${l} ${p.lines[l - 1]!.trim()}`);
  }).sort();
};
const lineOf = (conv: Conversion, side: 'builderPattern' | 'multistage', name: string, pattern: RegExp): LineRef => {
  const p = [...conv.builderPattern, ...conv.multistage].find((x) => x.side === side && x.name === name)!;
  const i = p.lines.findIndex((l) => pattern.test(l));
  expect(i, `${name} has a line matching ${pattern}`).toBeGreaterThanOrEqual(0);
  return { side, path: p.path, line: i + 1 };
};

describe('seed 002 builder workspace (build.sh + Dockerfile.build + Dockerfile)', () => {
  const files = workspace('seed002-builder');
  const { conv, measured } = run(files);

  it('converts the script to multi-stage; the script\'s own Dockerfile is not offered as a multi-stage input', () => {
    expect(chooseDirections(files, 'Dockerfile')).toEqual({ available: ['toMultistage'], preferred: 'toMultistage', script: 'build.sh', scriptBuilds: true });
    expect(conv.builderPattern.map((p) => [p.name, p.workspace])).toEqual([['Dockerfile.build', true], ['Dockerfile', true], ['build.sh', true]]);
    expect(conv.multistage.map((p) => [p.name, p.workspace])).toEqual([['Dockerfile', false]]);
    expect(conv.commands).toEqual({ builderPattern: './build.sh', multistage: ['docker build -t http-server:latest .'] });
  });

  it('lights up COPY --from when docker cp is hovered, and back', () => {
    const cp = lineOf(conv, 'builderPattern', 'build.sh', /^docker cp builder:/);
    expect(litLines(conv, cp)).toContain('multistage:Dockerfile:13 COPY --from=build /go/src/github.com/wilhelmguo/multi-stage-demo/http-server .');
    const copyFrom = lineOf(conv, 'multistage', 'Dockerfile', /^COPY --from=build /);
    expect(litLines(conv, copyFrom)).toEqual(expect.arrayContaining([
      'builderPattern:build.sh:5 docker cp builder:/go/src/github.com/wilhelmguo/multi-stage-demo/http-server ./http-server',
      'builderPattern:Dockerfile:3 COPY http-server .',
      'builderPattern:build.sh:4 docker create --name builder http-server:build',
      'builderPattern:build.sh:6 docker rm -f builder',
    ]));
  });

  it('prints the table: 3 files and 5 docker commands against 1 and 1; the 7.4 MB binary sent back; 15.7 MB against 803 MB', () => {
    expect(figures(row(measured, 'files'))).toEqual([3, 1]);
    expect(figures(row(measured, 'dockerCommands'))).toEqual([5, 1]);
    expect(figures(row(measured, 'temporaryContainers'))).toEqual([1, 0]);
    expect(figures(row(measured, 'intermediateImages'))).toEqual([1, 0]);
    expect(figures(row(measured, 'contextUploads'))).toEqual([2, 1]);
    expect(figures(row(measured, 'reuploadedBytes'))).toEqual(['7.4MB', '0B']);
    expect(figures(row(measured, 'cleanupSteps'))).toEqual([2, 0]);
    expect(figures(row(measured, 'finalImageBytes'))).toEqual(['15.7MB', '15.7MB']);
    expect(row(measured, 'finalImageBytes')).toMatchObject({ estimate: true, smaller: 'same' });
    expect(row(measured, 'dockerCommands').smaller).toBe('multistage');
    expect(measured.headline).toEqual({ finalImage: { kind: 'bytes', value: 15_700_000, text: '15.7MB' }, buildImage: { kind: 'bytes', value: 803_000_000, text: '803MB' } });
    expect(measured.askImages).toEqual([]);
  });

  it('offers every base image with the catalog\'s size, and prints the one-stage baseline (803 + 7.4 MB)', () => {
    expect(measured.images).toEqual([{ ref: 'golang:1.13', catalogBytes: 803_000_000 }, { ref: 'alpine:latest', catalogBytes: 8_300_000 }]);
    expect(measured.fatImage).toEqual({ kind: 'bytes', value: 810_400_000, text: '810.4MB' });
  });

  it('simulates both logs as the seed prints them', () => {
    expect(measured.logs.builderPattern).toContain('Step 1/4 : FROM golang:1.13');
    expect(measured.logs.builderPattern).toContain('Successfully tagged http-server:build');
    expect(measured.logs.multistage).toContain('Step 1/8 : FROM golang:1.13 AS build');
    expect(measured.logs.multistage.at(-1)).toBe('Successfully tagged http-server:latest');
  });

  it('shows the binary going back to the daemon in the log once the context size is set', () => {
    const m = measure(conv, sizeInputs({ ...EMPTY_DRAFT, context: '0.09626' }, conv.artifacts));
    expect(m.logs.builderPattern.filter((l) => l.startsWith('Sending build context'))).toEqual([
      'Sending build context to Docker daemon  96.26kB',
      'Sending build context to Docker daemon  7.496MB',
    ]);
  });
});

describe('seed 002 multi-stage (Dockerfile.named, the Examples menu\'s go-http-server-named)', () => {
  const files = single(fixture('seed002-multistage', 'Dockerfile.named'));
  const { conv, measured } = run(files);

  it('writes the builder pattern, tagged after the artifact as in the seed (http-server:builder)', () => {
    expect(defaultProject(files[0]!.text)).toBe('http-server');
    expect(conv.way).toBe('toBuilderPattern');
    expect(conv.builderPattern.map((p) => [p.name, p.workspace])).toEqual([['Dockerfile.builder', false], ['Dockerfile', false], ['build.sh', false]]);
    expect(conv.multistage.map((p) => [p.name, p.workspace])).toEqual([['Dockerfile', true]]);
    expect(conv.builderFiles.find((f) => f.name === 'build.sh')!.text).toContain('docker build -t http-server:builder -f Dockerfile.builder .');
    expect(conv.commands.multistage).toEqual(['docker build -t http-server:latest .']);
    expect(conv.notes).toEqual([]);
  });

  it('lights up COPY --from=builder when docker cp is hovered, and back', () => {
    const cp = lineOf(conv, 'builderPattern', 'build.sh', /^docker cp builder:/);
    expect(litLines(conv, cp)).toEqual(expect.arrayContaining(['multistage:Dockerfile:8 COPY --from=builder /go/src/github.com/wilhelmguo/multi-stage-demo/http-server .']));
    expect(litLines(conv, { side: 'multistage', path: 'Dockerfile', line: 8 })).toEqual(expect.arrayContaining([
      'builderPattern:build.sh:10 docker cp builder:/go/src/github.com/wilhelmguo/multi-stage-demo/http-server stagecraft-extract/http-server',
    ]));
    // The FROM of the build stage lights up its docker build line and its own Dockerfile's FROM.
    expect(litLines(conv, { side: 'multistage', path: 'Dockerfile', line: 1 })).toEqual([
      'builderPattern:Dockerfile.builder:1 FROM golang:1.13',
      'builderPattern:build.sh:7 docker build -t http-server:builder -f Dockerfile.builder .',
      'multistage:Dockerfile:1 FROM golang:1.13 AS builder',
    ]);
  });

  it('logs the multi-stage build in eight steps, tagged with the project name', () => {
    expect(measured.logs.multistage.filter((l) => l.startsWith('Step '))).toHaveLength(8);
    expect(measured.logs.multistage).toContain('Step 7/8 : COPY --from=builder /go/src/github.com/wilhelmguo/multi-stage-demo/http-server .');
    expect(measured.logs.multistage.at(-1)).toBe('Successfully tagged http-server:latest');
    expect(figures(row(measured, 'finalImageBytes'))).toEqual(['15.7MB', '15.7MB']);
  });

  it('renames the tags when the project name changes, and warns (then uses app) on an invalid one', () => {
    const base = { files, dockerfile: 'Dockerfile', way: 'toBuilderPattern' as const, script: null, target: null, buildArgs: {} };
    expect(convert({ ...base, project: 'demo' }).builderFiles.at(-1)!.text).toContain('docker build -t demo:builder');
    const bad = convert({ ...base, project: 'My App' });
    expect(bad.notes.map((n) => n.code)).toEqual(['InvalidProject']);
    expect(bad.finalTag).toBe('app:latest');
  });

  it('passes the target to the one docker build, and no build arg that matches no ARG', () => {
    const c = convert({ files, dockerfile: 'Dockerfile', way: 'toBuilderPattern', script: null, target: 'builder', buildArgs: { GO: '1 2' }, project: 'x' });
    expect(c.commands.multistage).toEqual(['docker build --target builder -t x:latest .']);
    expect(c.builderPattern.map((p) => p.name)).toEqual(['Dockerfile', 'build.sh']);
    expect(c.notes.map((n) => `${n.code} ${n.params.name}`)).toEqual(['BuildArgUndeclared GO']);
  });

  it('passes a build arg an ARG declares, quoted for sh', () => {
    const withArg = [{ name: 'Dockerfile', text: 'FROM golang AS builder\nARG GO\nRUN go build\n' }];
    const c = convert({ files: withArg, dockerfile: 'Dockerfile', way: 'toBuilderPattern', script: null, target: 'builder', buildArgs: { GO: '1 2' }, project: 'x' });
    expect(c.commands.multistage).toEqual(["docker build --target builder --build-arg 'GO=1 2' -t x:latest ."]);
  });
});

describe('seed 004 (href-counter, with the seed\'s typos)', () => {
  it('builder workspace → multi-stage: the repairs are notes on the lines they are about', () => {
    const { conv, measured } = run(workspace('seed004-builder'));
    expect(conv.notes.map((n) => `${n.file}:${n.line} ${n.code}`)).toEqual(expect.arrayContaining([
      'Dockerfile.build:2 RepairedFromSpace', 'Dockerfile.build:3 RepairedKeywordColon', 'build.sh:4 BackslashSpace',
    ]));
    expect(conv.commands.multistage[0]).toContain('--no-cache');
    expect(figures(row(measured, 'dockerCommands'))).toEqual([5, 1]);
    expect(figures(row(measured, 'buildImageBytes'))).toEqual(['803MB', '803MB']);
  });

  it.each([
    ['FROM a AS b\nRUN x\nFROM alpine\nCOPY --from=b /go/bin/Hello_World! /\n', 'hello_world'],
    ['FROM a AS b\nCOPY --from=x /one /\nFROM alpine\nCOPY --link --from=b ["/two", "/"]\n', 'app'],
    ['FROM a AS b\nCOPY --from=x /one /\nFROM alpine\nRUN true\n', 'app'],
    ['', 'app'],
  ])('default project of %j is %j (the last stage\'s first COPY --from)', (text, expected) => {
    expect(defaultProject(text)).toBe(expected);
  });

  it('multi-stage → builder pattern: default project app (the artifact is called app)', () => {
    const { conv } = run(single(fixture('seed004-multistage', 'Dockerfile')));
    expect(conv.finalTag).toBe('app:latest');
    expect(conv.builderPattern.map((p) => p.name)).toEqual(['Dockerfile.stage-0', 'Dockerfile', 'build.sh']);
  });
});

describe('FROM ubuntu:16.04 + COPY --from=quay.io/coreos/etcd:v3.3.9 (an external image)', () => {
  const { conv, measured } = run(single('FROM ubuntu:16.04\nCOPY --from=quay.io/coreos/etcd:v3.3.9 /usr/local/bin/etcd /usr/local/bin/\n'));

  it('extracts from the image with a temporary container, and asks for the size of nothing it knows', () => {
    expect(conv.artifacts).toEqual(['/usr/local/bin/etcd']);
    expect(figures(row(measured, 'temporaryContainers'))).toEqual([1, 0]);
    expect(row(measured, 'buildImageBytes').multistage).toEqual({ kind: 'unknown' });
    expect(measured.headline.finalImage).toMatchObject({ kind: 'bytes', text: '78MB' });
  });

  it('adds an artifact size to the final image', () => {
    const m = measure(conv, sizeInputs({ ...EMPTY_DRAFT, artifacts: { '/usr/local/bin/etcd': '20' } }, conv.artifacts));
    expect(m.headline.finalImage).toMatchObject({ text: '98MB' });
  });
});

describe('an image the catalog does not know (FROM my/builder:1)', () => {
  const text = 'FROM my/builder:1 AS b\nRUN make\nFROM alpine:3.19\nCOPY --from=b /app /app\n';
  const { conv, measured } = run(single(text));

  it('asks for its size, and keeps asking once it is set (so the input does not vanish)', () => {
    expect(measured.askImages).toEqual(['my/builder:1']);
    expect(row(measured, 'buildImageBytes').multistage).toEqual({ kind: 'unknown' });
    const sized = measure(conv, sizeInputs({ ...EMPTY_DRAFT, images: { 'my/builder:1': '1200' } }, conv.artifacts));
    expect(sized.askImages).toEqual(['my/builder:1']);
    expect(figures(row(sized, 'buildImageBytes'))).toEqual(['1.2GB', '1.2GB']);
  });

  it('ignores an invalid size (it stays unknown)', () => {
    const m = measure(conv, sizeInputs({ ...EMPTY_DRAFT, images: { 'my/builder:1': '-5' } }, conv.artifacts));
    expect(row(m, 'buildImageBytes').multistage).toEqual({ kind: 'unknown' });
  });

  it('an image called constructor is asked for like any other', () => {
    const m = run(single('FROM constructor AS b\nRUN make\nFROM alpine\nCOPY --from=b /x /x\n')).measured;
    expect(m.askImages).toEqual(['constructor']);
    expect(row(m, 'buildImageBytes').multistage).toEqual({ kind: 'unknown' });
  });
});

describe('RUN --mount from= and COPY --link (no builder-pattern equivalent)', () => {
  const text = 'FROM golang:1.22 AS deps\nRUN go mod download\nFROM golang:1.22 AS build\nRUN --mount=type=cache,from=deps,target=/go/pkg go build -o /app\nFROM alpine\nCOPY --link --from=build /app /app\n';
  const { conv } = run(single(text));

  it('says so, on the lines concerned', () => {
    expect(conv.notes.map((n) => `${n.severity} ${n.file}:${n.line} ${n.code}`)).toEqual([
      'warning Dockerfile:4 MountFromNoEquivalent',
      'info Dockerfile:6 CopyLinkNoEquivalent',
    ]);
    expect(conv.builderPattern.map((p) => p.name)).toEqual(['Dockerfile.deps', 'Dockerfile.build', 'Dockerfile', 'build.sh']);
  });
});

describe('an empty Dockerfile', () => {
  const { conv, measured } = run(single(''));

  it('writes nothing, says why, and is not measured', () => {
    expect(conv.builderPattern).toEqual([]);
    expect(conv.multistage.map((p) => p.lines)).toEqual([[]]);
    expect(conv.buildable).toBe(false);
    expect(conv.notes.map((n) => n.code)).toContain('TargetMissing');
    expect(measured.logs.multistage).toContain('ERROR: no stage to build');
  });
});

describe('a garbage build.sh', () => {
  const garbage = '}}}{{ "unterm\n\u0000 docker build -f "x\nfor i in; do docker build .; done\n|| &&\n';

  it('alone: offered as a script, nothing builds, every line is accounted for by a note', () => {
    const files = single(garbage, 'build.sh');
    expect(chooseDirections(files, 'Dockerfile')).toEqual({ available: ['toMultistage'], preferred: 'toMultistage', script: 'build.sh', scriptBuilds: false });
    const { conv } = run(files);
    expect(conv.buildable).toBe(false);
    expect(conv.notes.map((n) => n.code)).toContain('NoDockerBuild');
    expect(conv.builderPattern.map((p) => p.name)).toEqual(['build.sh']);
    const seen = accountedLines('build.sh', conv.notes, conv.links);
    expect(scriptLines(garbage).filter((l) => !seen.has(l))).toEqual([]);
  });

  it('next to a multi-stage Dockerfile: both ways are offered, the Dockerfile first', () => {
    const files = [...single(garbage, 'build.sh'), ...single(fixture('seed002-multistage', 'Dockerfile'))];
    const d = chooseDirections(files, 'Dockerfile');
    expect(d).toMatchObject({ available: ['toMultistage', 'toBuilderPattern'], preferred: 'toBuilderPattern' });
    expect(resolveWay(d, 'toMultistage')).toBe('toMultistage');
    expect(run(files).conv.way).toBe('toBuilderPattern');
  });

  it('a script that does run docker build wins over the Dockerfile', () => {
    const files = [...workspace('seed002-builder'), { name: 'multi.Dockerfile', text: fixture('seed002-multistage', 'Dockerfile') }];
    const d = chooseDirections(files, 'multi.Dockerfile');
    expect(d).toMatchObject({ available: ['toMultistage', 'toBuilderPattern'], preferred: 'toMultistage' });
  });
});

describe('a workspace with nothing to compare', () => {
  it('no Dockerfile, no script', () => {
    expect(chooseDirections(single('x', 'notes.txt'), 'Dockerfile')).toEqual({ available: [], preferred: null, script: null, scriptBuilds: false });
  });
});

describe('links point at lines the panes show (seeds, both ways)', () => {
  const inputs: Record<string, WorkspaceFile[]> = {
    'seed002-builder': workspace('seed002-builder'),
    'seed004-builder': workspace('seed004-builder'),
    'seed002-multistage': single(fixture('seed002-multistage', 'Dockerfile')),
    'seed004-multistage': single(fixture('seed004-multistage', 'Dockerfile.named')),
  };
  it.each(Object.keys(inputs))('%s', (name) => {
    const { conv } = run(inputs[name]!);
    const panes = new Map([...conv.builderPattern, ...conv.multistage].map((p) => [p.key, p]));
    expect(conv.links.length).toBeGreaterThan(0);
    for (const [key, lines] of indexLinks(conv.links).byLine) {
      const [side, path, line] = key.split('\n');
      const pane = panes.get(`${side}\n${path}`);
      expect(pane, key).toBeDefined();
      expect(Number(line)).toBeLessThanOrEqual(pane!.lines.length);
      expect(lines.length).toBeGreaterThan(0);
    }
  });
});

describe('the line budget (a generated 1,000-stage Dockerfile)', () => {
  const lines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i}`);

  it('renders the build script first, then files in order until the budget runs out', () => {
    const files = [{ path: 'Dockerfile.a', lines: lines(3) }, { path: 'Dockerfile', lines: lines(300) }, { path: 'build.sh', lines: lines(150) }];
    expect(lineLimits(files, 400)).toEqual([3, 247, 150]);
    expect(lineLimits(files, 100)).toEqual([0, 0, 100]);
    expect(lineLimits(files, -1)).toEqual([0, 0, 0]);
  });

  it('folds most of the 1,000-stage conversion, keeping build.sh and the first stage files', () => {
    // As scripts/bench-browser.mjs generates it.
    const out = ['# syntax=docker/dockerfile:1', 'ARG BASE=alpine:3.20'];
    for (let i = 0; i < 1000; i++) {
      out.push(`FROM ${i % 8 === 0 ? '${BASE}' : `s${i - 1 - (i % 3 === 0 && i > 4 ? 3 : 0)}`} AS s${i}`, `RUN echo ${i} > /out${i}`);
      if (i > 5 && i % 4 === 0) out.push(`COPY --from=s${i - 5} /out${i - 5} /in/`);
    }
    const text = `${out.join('\n')}\n`;
    const conv = convert({ files: single(text), dockerfile: 'Dockerfile', way: 'toBuilderPattern', script: null, target: null, buildArgs: {}, project: 'app' });
    const limits = lineLimits(conv.builderPattern);
    expect(limits.reduce((a, b) => a + b, 0)).toBe(LINE_BUDGET);
    expect(limits.at(-1)).toBe(LINE_BUDGET); // build.sh is longer than the budget: its first lines only
    expect(limits.filter((l) => l === 0).length).toBeGreaterThan(conv.builderPattern.length - 2);
  });
});
