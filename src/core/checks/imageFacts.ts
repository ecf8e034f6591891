/**
 * What the checks need to know about a base image that only a registry could tell: the
 * environment its config sets (for UndefinedVar) and the platforms it is published for (for
 * InvalidBaseImagePlatform). Only images whose config we have read are listed; anything else
 * is "unknown" and the checks say they cannot tell rather than guess.
 *
 * Env keys read from the official images' configs (docker-library Dockerfiles, ENV lines),
 * as of 2026-11. Every Linux image has PATH (BuildKit adds it when the config lacks it).
 */
import { splitImage } from '../catalog/lookup.ts';

interface ImageFacts {
  readonly repo: RegExp;
  readonly env: readonly string[];
  /** The platforms the image is published for; null when we have not recorded them. */
  readonly platforms: readonly string[] | null;
}

const MULTI = ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/arm/v6', 'linux/386', 'linux/ppc64le', 'linux/s390x', 'linux/riscv64'];
const DEBIAN = ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/arm/v5', 'linux/386', 'linux/ppc64le', 'linux/s390x', 'linux/mips64le'];

const FACTS: readonly ImageFacts[] = [
  { repo: /^(alpine|busybox)$/, env: [], platforms: MULTI },
  { repo: /^(debian|ubuntu)$/, env: [], platforms: DEBIAN },
  { repo: /^golang$/, env: ['GOLANG_VERSION', 'GOTOOLCHAIN', 'GOPATH'], platforms: null },
  { repo: /^node$/, env: ['NODE_VERSION', 'YARN_VERSION'], platforms: null },
  { repo: /^python$/, env: ['LANG', 'GPG_KEY', 'PYTHON_VERSION', 'PYTHON_SHA256'], platforms: null },
  { repo: /^rust$/, env: ['RUSTUP_HOME', 'CARGO_HOME', 'RUST_VERSION'], platforms: null },
  { repo: /^nginx$/, env: ['NGINX_VERSION', 'NJS_VERSION', 'NJS_RELEASE', 'PKG_RELEASE', 'DYNPKG_RELEASE'], platforms: null },
];

/**
 * docker-library's per-architecture namespaces (`i386/alpine`, `arm64v8/debian`, …): the same
 * official images, each namespace publishing one architecture only
 * (github.com/docker-library/official-images#architectures-other-than-amd64).
 */
const ARCH_NAMESPACES: Readonly<Record<string, string>> = {
  amd64: 'linux/amd64', arm32v5: 'linux/arm/v5', arm32v6: 'linux/arm/v6', arm32v7: 'linux/arm/v7', arm64v8: 'linux/arm64',
  i386: 'linux/386', mips64le: 'linux/mips64le', ppc64le: 'linux/ppc64le', riscv64: 'linux/riscv64', s390x: 'linux/s390x',
};

function find(ref: string): { env: readonly string[] | null; platforms: readonly string[] | null } | null {
  const { repo } = splitImage(ref);
  const slash = repo.indexOf('/');
  const only = slash > 0 ? ARCH_NAMESPACES[repo.slice(0, slash)] : undefined;
  if (only !== undefined) {
    const inner = repo.slice(slash + 1);
    const f = inner.includes('/') ? undefined : FACTS.find((x) => x.repo.test(inner));
    return { env: f?.env ?? null, platforms: [only] };
  }
  return FACTS.find((f) => f.repo.test(repo)) ?? null;
}

/** The env keys the image's config sets (PATH included), or null when unknown. */
export function imageEnvKeys(ref: string): readonly string[] | null {
  const f = find(ref);
  return f === null || f.env === null ? null : ['PATH', ...f.env];
}

/** The platforms the image is published for, or null when unknown. */
export function imagePlatforms(ref: string): readonly string[] | null {
  return find(ref)?.platforms ?? null;
}
