import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { builderPipeline, type Pipeline } from '../../src/core/builder/index.ts';
import { workspace } from './helpers.ts';

/** The picture as short strings: nodes by kind and edges as `source -kind-> target [label]`. */
function picture(p: Pipeline): { nodes: string[]; edges: string[]; cleanup: string[] } {
  const name = (id: string): string => {
    const n = p.nodes.find((x) => x.id === id)!;
    return n.kind === 'base' ? n.ref : n.kind === 'image' ? n.tags.join(',') : n.kind === 'container' ? `container ${n.name}` : `host ${n.path}`;
  };
  return {
    nodes: p.nodes.map((n) => `${n.kind} ${name(n.id)}${n.kind === 'image' ? ` (${n.dockerfile} FROM ${n.from})` : ''}${'removedLine' in n && n.removedLine ? ` removed@${n.removedLine}` : ''}`),
    edges: p.edges.map((e) => `${name(e.source)} -${e.kind}-> ${name(e.target)} [${e.label}] ${e.file}:${e.line}`),
    cleanup: p.cleanup.map((c) => `${c.line} ${c.kind} ${c.what}`),
  };
}

describe('builderPipeline', () => {
  it('seed002-builder: two builds, a container, docker cp to the host and into the second build', () => {
    expect(picture(builderPipeline(workspace('seed002-builder')))).toEqual({
      nodes: [
        'image http-server:build (Dockerfile.build FROM golang:1.13)',
        'base golang:1.13',
        'image http-server:latest (Dockerfile FROM alpine:latest)',
        'base alpine:latest',
        'container container builder removed@6',
        'host host http-server removed@9',
      ],
      edges: [
        'golang:1.13 -from-> http-server:build [FROM golang:1.13] Dockerfile.build:1',
        'alpine:latest -from-> http-server:latest [FROM alpine:latest] Dockerfile:1',
        'http-server:build -create-> container builder [docker create] build.sh:4',
        'container builder -cp-> host http-server [/go/src/github.com/wilhelmguo/multi-stage-demo/http-server] build.sh:5',
        'host http-server -copy-> http-server:latest [COPY http-server .] Dockerfile:3',
      ],
      cleanup: ['6 container builder', '9 host http-server'],
    });
  });

  it('seed004-builder: the container commands spelled `docker container …`, typos repaired, app carried over', () => {
    const p = builderPipeline(workspace('seed004-builder'));
    const pic = picture(p);
    expect(pic.nodes).toEqual([
      'image alexellis2/href-counter:build (Dockerfile.build FROM golang:1.7.3)',
      'base golang:1.7.3',
      'image alexellis2/href-counter:latest (Dockerfile FROM alpine:latest)',
      'base alpine:latest',
      'container container extract removed@9',
      'host host app removed@14',
    ]);
    expect(pic.edges.filter((e) => / -(cp|copy)-> /.test(e))).toEqual([
      'container extract -cp-> host app [/go/src/github.com/alexellis/href-counter/app] build.sh:8',
      'host app -copy-> alexellis2/href-counter:latest [COPY app .] Dockerfile:5',
    ]);
    expect(p.notes.map((n) => n.code)).toEqual(expect.arrayContaining(['RepairedFromSpace', 'RepairedKeywordColon']));
  });

  it.each([
    ['an empty script', ''],
    ['no docker at all', 'echo hello\nls -la\n'],
    ['a loop and a pipe', 'for i in 1 2; do docker build -t x$i .; done\ndocker images | grep x\n'],
    ['docker cp from an unknown container', 'docker build -t a .\ndocker cp ghost:/app ./app\n'],
    ['a missing Dockerfile', 'docker build -t a -f Nope .\n'],
    ['an unterminated quote', 'docker build -t "a .\n'],
    ['a control character in a name', 'docker build -t "a\u0007b" .\n'],
    ['prototype names', 'docker create --name __proto__ constructor\ndocker cp __proto__:/x ./toString\ndocker rm __proto__\n'],
  ])('%s: no crash, notes say why', (_name, script) => {
    const p = builderPipeline([{ name: 'build.sh', text: script }, { name: 'Dockerfile', text: 'FROM alpine\nCOPY toString app /\n' }]);
    expect(p.notes.length).toBeGreaterThan(0);
    for (const e of p.edges) {
      expect(p.nodes.some((n) => n.id === e.source)).toBe(true);
      expect(p.nodes.some((n) => n.id === e.target)).toBe(true);
    }
  });

  it('an image built FROM an earlier build, and a container of a pulled image', () => {
    const files = [
      { name: 'build.sh', text: 'docker build -t base:1 -f A .\ndocker build -t app -f B .\ndocker create --name n nginx\ndocker cp n:/etc/nginx/nginx.conf .\n' },
      { name: 'A', text: 'FROM debian\n' },
      { name: 'B', text: 'FROM base:1\nCOPY nginx.conf /etc/\n' },
    ];
    const pic = picture(builderPipeline(files));
    expect(pic.edges).toContain('base:1:latest -from-> app:latest [FROM base:1] B:1'.replace('base:1:latest', 'base:1'));
    expect(pic.edges).toContain('nginx -create-> container n [docker create] build.sh:3');
    // Extracted after the build that would COPY it: not picked up.
    expect(pic.edges.some((e) => e.includes('-copy->'))).toBe(false);
  });

  it('any text: nodes are unique and every edge joins two of them', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('docker build -t a .', 'docker build -t b -f Dockerfile .', 'docker create --name c a', 'docker cp c:/x ./x', 'docker rm c', 'rm x', 'docker rmi a', 'echo "', '$(x)', 'if true; then', 'fi', '\\'), { maxLength: 12 }), (lines) => {
        const p = builderPipeline([{ name: 'build.sh', text: lines.join('\n') }, { name: 'Dockerfile', text: 'FROM a\nCOPY x /\n' }]);
        const ids = p.nodes.map((n) => n.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const e of p.edges) expect(ids.includes(e.source) && ids.includes(e.target)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
