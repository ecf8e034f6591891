/** The base-image catalog: which entry a reference finds (table named after the reference). */
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/core/catalog/images.ts';
import { lookupImage } from '../../src/core/catalog/lookup.ts';

const table: Record<string, string | null> = {
  'alpine:latest': 'Alpine Linux',
  'docker.io/library/alpine:3.20': 'Alpine Linux',
  'golang:1.13': 'Go ≤ 1.15 (Debian buster)',
  'golang:1.22-alpine': 'Go on Alpine',
  'golang:1.22': 'Go on Debian',
  'node:20-slim': 'Node.js on Debian slim',
  'python:3.12-alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef': 'Python on Alpine',
  'gcr.io/distroless/static-debian12:nonroot': 'distroless static',
  'gcr.io/distroless/java17-debian12': 'distroless java',
  'mcr.microsoft.com/dotnet/aspnet:8.0': 'ASP.NET Core runtime',
  'mcr.microsoft.com/dotnet/aspnet:9.0-nanoserver-ltsc2022': null,
  'registry.example.com/team/app:1': null,
  'myalpine:1': null,
};

describe('catalog lookup', () => {
  for (const [ref, label] of Object.entries(table)) {
    it(ref, () => expect(lookupImage(ref)?.label ?? null).toBe(label));
  }
  it('every entry is dated and sourced', () => {
    for (const e of CATALOG) {
      expect(e.asOf).toMatch(/^\d{4}-\d{2}$/);
      expect(e.source.length).toBeGreaterThan(10);
      expect(e.layers).toBeGreaterThan(0);
    }
  });
});
