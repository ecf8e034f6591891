/**
 * containerd's platforms.Parse and distribution's ParseNormalizedNamed, as
 * ported in src/core/analyze/platform.ts and reference.ts: one row per input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlatform } from '../../src/core/analyze/platform.ts';
import { checkImageReference } from '../../src/core/analyze/reference.ts';

const platforms: Record<string, string> = {
  'linux/amd64': 'linux/amd64/',
  'linux': 'linux/amd64/',
  'arm64': 'linux/arm64/',
  'armhf': 'linux/arm/',
  'Linux/AMD64': 'linux/amd64/',
  'macos/arm64': 'darwin/arm64/',
  'linux/aarch64': 'linux/arm64/',
  'linux/arm64/v8': 'linux/arm64/v8',
  'linux/arm': 'linux/arm/',
  'linux/arm/7': 'linux/arm/v7',
  'linux/x86_64/v1': 'linux/amd64/',
  'windows(10.0.17763)/amd64': 'windows/amd64/',
  'windows(10.0.17763+win32k)/amd64': 'windows/amd64/',
  'foo/bar': 'foo/bar/',
  'foo': 'ERR "foo": unknown operating system or architecture: invalid argument',
  'linux/*': 'ERR "linux/*": wildcards not yet supported: invalid argument',
  'linux/amd64/v2/x': 'ERR "linux/amd64/v2/x": cannot parse platform specifier: invalid argument',
  'linux/amd 64': 'ERR "amd 64" is an invalid component of "linux/amd 64": platform specifier component must match "^[A-Za-z0-9_.-]+$": invalid argument',
  'lin.ux/amd64': 'ERR "lin.ux" is an invalid OS component of "lin.ux/amd64": OSAndVersion specifier component must match "^([A-Za-z0-9_-]+)(?:\\\\(([A-Za-z0-9_.%-]*)((?:\\\\+[A-Za-z0-9_.%-]+)*)\\\\))?$": invalid argument',
  '': 'ERR "" is an invalid OS component of "": OSAndVersion specifier component must match "^([A-Za-z0-9_-]+)(?:\\\\(([A-Za-z0-9_.%-]*)((?:\\\\+[A-Za-z0-9_.%-]+)*)\\\\))?$": invalid argument',
};

describe('platforms.Parse (containerd)', () => {
  for (const [input, want] of Object.entries(platforms)) {
    it(JSON.stringify(input), () => {
      const p = parsePlatform(input);
      expect(p.ok ? `${p.os}/${p.architecture}/${p.variant}` : `ERR ${p.reason}`).toBe(want);
    });
  }
  it('windows(10.0.17763) keeps the OS version', () => {
    expect(parsePlatform('windows(10.0.17763)/amd64')).toMatchObject({ ok: true, osVersion: '10.0.17763' });
  });
});

const references: Record<string, string> = {
  'alpine': 'alpine',
  'alpine:3.20': 'alpine:3.20',
  'docker.io/library/alpine': 'alpine',
  'ghcr.io/org/tool:v1': 'ghcr.io/org/tool:v1',
  'localhost:5000/app': 'localhost:5000/app',
  'Builder': 'ERR invalid reference format: repository name (library/Builder) must be lowercase',
  'org/Tool': 'ERR invalid reference format: repository name (org/Tool) must be lowercase',
  'Ghcr.io/Org/tool': 'ERR invalid reference format: repository name (Org/tool) must be lowercase',
  'base-': 'ERR invalid reference format',
  'a..b': 'ERR invalid reference format',
  'alpine:bad tag': 'ERR invalid reference format',
  [`${'a'.repeat(64)}`]: `ERR invalid repository name (${'a'.repeat(64)}), cannot specify 64-byte hexadecimal strings`,
  [`org/${'a'.repeat(252)}`]: 'ERR repository name must not be more than 255 characters',
};

describe('reference.ParseNormalizedNamed (distribution)', () => {
  for (const [input, want] of Object.entries(references)) {
    it(input.length > 40 ? `${input.slice(0, 20)}… (${input.length} characters)` : input, () => {
      const r = checkImageReference(input);
      expect(r.ok ? r.familiar : `ERR ${r.reason}`).toBe(want);
    });
  }
});


describe('properties', () => {
  const platformish = fc.stringMatching(/^[A-Za-z0-9_.()+%*\/ -]{0,30}$/);
  it('parsePlatform never throws, and a parsed platform written back parses to itself', () => {
    fc.assert(fc.property(platformish, (s) => {
      const p = parsePlatform(s);
      if (!p.ok) return p.reason.endsWith('invalid argument') || p.reason.includes('invalid URL escape');
      const again = parsePlatform(`${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`);
      return again.ok && again.os === p.os && again.architecture === p.architecture && again.variant === p.variant;
    }), { numRuns: 500 });
  });
  it('checkImageReference never throws, and a familiar name checks again to itself', () => {
    fc.assert(fc.property(fc.stringMatching(/^[A-Za-z0-9_.:\/@-]{0,40}$/), (s) => {
      const r = checkImageReference(s);
      return !r.ok || (() => {
        const again = checkImageReference(r.familiar);
        return again.ok && again.familiar === r.familiar;
      })();
    }), { numRuns: 500 });
  });
});
