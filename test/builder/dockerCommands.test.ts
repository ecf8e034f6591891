/** Recognizing the docker commands builder-pattern scripts run. */
import { describe, expect, it } from 'vitest';
import { cpPath, recognizeDocker } from '../../src/core/builder/dockerCommands.ts';

const r = (s: string) => recognizeDocker(s.split(' '));

describe('recognizeDocker', () => {
  it('docker build -t http-server:build . -f Dockerfile.build', () => {
    expect(r('docker build -t http-server:build . -f Dockerfile.build')).toMatchObject({ kind: 'build', tags: ['http-server:build'], file: 'Dockerfile.build', context: '.', unknownFlags: [] });
  });

  it('docker build --build-arg K=$V --build-arg BARE --no-cache --tag=a -t b --target t ctx', () => {
    expect(r('docker build --build-arg K=$V --build-arg BARE --no-cache --tag=a -t b --target t ctx')).toMatchObject({
      kind: 'build', tags: ['a', 'b'], target: 't', context: 'ctx', passFlags: ['--no-cache'],
      buildArgs: [{ name: 'K', value: '$V' }, { name: 'BARE', value: null }],
    });
  });

  it('docker image build / buildx build and unknown flags', () => {
    expect(r('docker image build -q --frobnicate .')).toMatchObject({ kind: 'build', context: '.', unknownFlags: ['--frobnicate'] });
    expect(r('docker buildx build -t x .')).toMatchObject({ kind: 'build', tags: ['x'] });
  });

  it('docker create --name builder http-server:build and docker container create --name=extract img cmd', () => {
    expect(r('docker create --name builder http-server:build')).toEqual({ kind: 'create', name: 'builder', image: 'http-server:build', unknownFlags: [] });
    expect(r('docker container create --name=extract img noop')).toEqual({ kind: 'create', name: 'extract', image: 'img', unknownFlags: [] });
  });

  it('docker cp builder:/go/app ./app and docker container cp', () => {
    expect(r('docker cp builder:/go/app ./app')).toMatchObject({ kind: 'cp', src: { kind: 'container', container: 'builder', path: '/go/app' }, dest: { kind: 'local', path: './app' } });
    expect(r('docker container cp -L extract:app .')).toMatchObject({ kind: 'cp', src: { kind: 'container', container: 'extract', path: 'app' } });
  });

  it('docker rm -f builder, docker container rm, docker rmi, docker image rm', () => {
    expect(r('docker rm -f builder')).toEqual({ kind: 'rm', containers: ['builder'], unknownFlags: [] });
    expect(r('docker container rm -f extract')).toEqual({ kind: 'rm', containers: ['extract'], unknownFlags: [] });
    expect(r('docker rmi a:b')).toEqual({ kind: 'rmi', images: ['a:b'], unknownFlags: [] });
    expect(r('docker image rm a:b')).toEqual({ kind: 'rmi', images: ['a:b'], unknownFlags: [] });
  });

  it('docker push / run / nothing; not docker at all', () => {
    expect(r('docker push a')).toEqual({ kind: 'other', command: 'push' });
    expect(r('docker run --rm -v x:/y img cp /a /y')).toEqual({ kind: 'run', image: 'img' });
    expect(r('docker')).toEqual({ kind: 'other', command: '' });
    expect(r('podman build .')).toBeNull();
  });

  it('cpPath follows docker\'s container:path rule', () => {
    expect(cpPath('./a:b')).toEqual({ kind: 'local', path: './a:b' });
    expect(cpPath('dir/a:b')).toEqual({ kind: 'local', path: 'dir/a:b' });
    expect(cpPath('c:/x')).toEqual({ kind: 'container', container: 'c', path: '/x' });
  });
});
