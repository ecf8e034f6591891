/**
 * InvalidBaseImagePlatform where the bundled facts know an image's platforms, as BuildKit gets
 * there (dockerfile2llb resolveBaseImage → imageutil.Config → validateBaseImagePlatform):
 * - the registry's index is searched with containerd's `platforms.Only(expected)`: the exact
 *   platform first, then the ones it runs (amd64 → 386; arm64 → arm/v8…v5; arm/vN → lower
 *   arm variants), and the first found is pulled (LimitManifests(…, 1)); none found: the
 *   pull fails ("no match for platform in manifest");
 * - with `FROM --platform`, a pulled OS/architecture other than the one asked for is the
 *   warning; without it BuildKit first tries autoDetectPlatform, which accepts the pulled
 *   platform when the builder runs it natively: we cannot know the builder, so a note says so.
 * Unknown images get the "cannot tell" note. Expected and actual are printed as containerd's
 * FormatAll(Normalize(p)).
 */
import { normalizeArch, parsePlatform } from '../analyze/platform.ts';
import type { Stage } from '../model.ts';
import { imagePlatforms } from './imageFacts.ts';
import type { Linter } from './linter.ts';
import { DETAIL, RULES } from './rules.ts';
import type { CheckNote } from './types.ts';

interface Plat { readonly os: string; readonly arch: string; readonly variant: string }

/** platforms.Normalize of a parsed specifier (arm64/v8 → arm64, arm → arm/v7, x86_64 → amd64). */
export function normalizePlatform(text: string): Plat | null {
  const p = parsePlatform(text);
  if (!p.ok) return null;
  const a = normalizeArch(p.architecture, p.variant);
  return { os: p.os.toLowerCase(), arch: a.arch, variant: a.variant };
}

/** platforms.FormatAll for the platforms the facts hold (no OS version). */
export const formatPlatform = (p: Plat): string => [p.os, p.arch, p.variant].filter((x) => x !== '').join('/');

/** containerd's platformVector (compare.go), without arm64's v8.x minor versions. */
function vector(p: Plat): Plat[] {
  const at = (arch: string, variant: string): Plat => ({ os: p.os, arch, variant });
  const out: Plat[] = [p];
  const n = Number.parseInt(p.variant.replace(/^v/, ''), 10);
  if (p.arch === 'amd64') {
    if (n > 1) for (let v = n - 1; v >= 1; v--) out.push(at('amd64', v === 1 ? '' : `v${v}`));
    out.push(at('386', ''));
  } else if (p.arch === 'arm') {
    if (n > 5) for (let v = n - 1; v >= 5; v--) out.push(at('arm', `v${v}`));
  } else if (p.arch === 'arm64') {
    for (let v = 8; v >= 5; v--) out.push(at('arm', `v${v}`));
  }
  return out;
}

/** What LimitManifests(Only(want), 1) pulls from an index of `published`, or null (the pull fails). */
export function pulledPlatform(published: readonly string[], want: Plat): Plat | null {
  const list = published.map(normalizePlatform).filter((p): p is Plat => p !== null);
  for (const v of vector(want)) {
    const hit = list.find((p) => p.os === v.os && p.arch === v.arch && p.variant === v.variant);
    if (hit) return hit;
  }
  return null;
}

export function checkBaseImagePlatforms(stages: readonly Stage[], resolved: readonly boolean[], targetPlatform: string, linter: Linter, notes: CheckNote[]): void {
  for (const st of stages) {
    if (!resolved[st.index] || st.base.kind !== 'image') continue;
    const expectedText = st.platform ?? targetPlatform;
    const want = normalizePlatform(expectedText);
    if (want === null) continue;
    const expected = formatPlatform(want);
    const known = imagePlatforms(st.image);
    const where = { image: st.image, expected, line: st.startLine, stage: st.index };
    if (known === null) {
      if (st.platform !== null && expected !== formatPlatform(normalizePlatform(targetPlatform) ?? want)) notes.push({ kind: 'platformUnknown', ...where });
      continue;
    }
    const got = pulledPlatform(known, want);
    if (got === null) {
      notes.push({ kind: 'platformMissing', ...where });
      continue;
    }
    if (got.os === want.os && got.arch === want.arch) continue;
    const actual = formatPlatform(got);
    if (st.platform !== null) {
      linter.run(linter.config, RULES.InvalidBaseImagePlatform, st.fromRange, DETAIL.InvalidBaseImagePlatform(st.image, expected, actual), st.index);
    } else {
      notes.push({ kind: 'platformFallback', ...where, actual });
    }
  }
}
