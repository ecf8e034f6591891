/**
 * Every catalogued base size can be overridden (the tutorial's 2019 images: 819 MB / 13 MB), and the
 * single-stage "fat image" baseline the tutorials start from (build image + the artifacts it makes).
 */
import { describe, expect, it } from 'vitest';
import { compareWays, fatImageSize, sizeImage } from '../../src/core/builder/index.ts';
import { lookupImage } from '../../src/core/catalog/lookup.ts';
import { fixture, workspace } from './helpers.ts';

describe('sizeImage', () => {
  const golang = lookupImage('golang:1.13')!.sizeBytes!;
  it.each([
    ['golang:1.13 without an override', 'golang:1.13', undefined, { catalogBytes: golang, bytes: golang, overridden: false }],
    ['golang:1.13 overridden with 819 MB', 'golang:1.13', { 'golang:1.13': 819_000_000 }, { catalogBytes: golang, bytes: 819_000_000, overridden: true }],
    ['golang:1.13 overridden with its own catalog size', 'golang:1.13', { 'golang:1.13': golang }, { catalogBytes: golang, bytes: golang, overridden: false }],
    ['an unknown image', 'my/builder:1', undefined, { catalogBytes: null, bytes: null, overridden: false }],
    ['an unknown image sized by hand', 'my/builder:1', { 'my/builder:1': 1_200_000 }, { catalogBytes: null, bytes: 1_200_000, overridden: true }],
    ['a negative override (ignored)', 'golang:1.13', { 'golang:1.13': -1 }, { catalogBytes: golang, bytes: golang, overridden: false }],
    ['an override for another image', 'golang:1.13', { 'alpine:latest': 1 }, { catalogBytes: golang, bytes: golang, overridden: false }],
    ['constructor (a prototype name, no override)', 'constructor', {}, { catalogBytes: null, bytes: null, overridden: false }],
  ])('%s', (_name, ref, overrides, want) => {
    expect(sizeImage(ref, overrides)).toEqual({ ref, ...want });
  });
});

describe('fatImageSize', () => {
  it.each([
    ['819 MB and a 7.4 MB binary', 819_000_000, [7_400_000], 826_400_000],
    ['819 MB and no artifact', 819_000_000, [], 819_000_000],
    ['two artifacts', 100, [1, 2], 103],
    ['an unknown build image', null, [7_400_000], null],
  ] as const)('%s', (_name, build, artifacts, want) => {
    expect(fatImageSize(build, artifacts)).toBe(want);
  });
});

describe('seed 002 with its 2019 images', () => {
  const multistage = { name: 'Dockerfile', text: fixture('seed002-multistage/Dockerfile') };
  const binary = { '/go/src/github.com/wilhelmguo/multi-stage-demo/http-server': 7_400_000 };
  const row = (c: ReturnType<typeof compareWays>, k: string) => c.rows.find((r) => r.key === k)!;

  it('catalogued sizes overridden: 819 MB build image, 13 MB final, the fat image ≈ 826.4 MB', () => {
    const c = compareWays(multistage, { files: workspace('seed002-builder') }, { artifactBytes: binary, imageBytes: { 'golang:1.13': 819_000_000, 'alpine:latest': 5_600_000 } });
    expect(row(c, 'buildImageBytes').multistage).toBe(819_000_000);
    expect(row(c, 'finalImageBytes').multistage).toBe(13_000_000);
    expect(c.fatImageBytes).toBe(826_400_000);
    expect(c.images.map((i) => [i.ref, i.bytes, i.overridden])).toEqual([['golang:1.13', 819_000_000, true], ['alpine:latest', 5_600_000, true]]);
    expect(c.images.every((i) => i.catalogBytes !== null)).toBe(true);
  });

  it('every base image is listed with the catalog\'s figure when nothing is typed', () => {
    const c = compareWays(multistage, { files: workspace('seed002-builder') }, { artifactBytes: binary });
    expect(c.images.map((i) => i.ref)).toEqual(['golang:1.13', 'alpine:latest']);
    expect(c.images.every((i) => !i.overridden && i.bytes === i.catalogBytes)).toBe(true);
    expect(c.fatImageBytes).toBe(row(c, 'buildImageBytes').multistage! + 7_400_000);
  });

  it('the fat image is unknown while the build image is', () => {
    const c = compareWays({ name: 'Dockerfile', text: 'FROM my/builder:1 AS b\nRUN make\nFROM alpine:3.19\nCOPY --from=b /app /app\n' }, { files: [] }, { artifactBytes: { '/app': 1 } });
    expect(c.fatImageBytes).toBeNull();
  });

  it('falls back on the builder-pattern side when the Dockerfile has one stage', () => {
    const c = compareWays({ name: 'Dockerfile', text: 'FROM alpine:3.19\n' }, { files: workspace('seed002-builder') }, { artifactBytes: binary, imageBytes: { 'golang:1.13': 819_000_000 } });
    expect(c.fatImageBytes).toBe(826_400_000);
  });
});
