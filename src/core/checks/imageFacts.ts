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

function find(ref: string): ImageFacts | null {
  const { repo } = splitImage(ref);
  return FACTS.find((f) => f.repo.test(repo)) ?? null;
}

/** The env keys the image's config sets (PATH included), or null when unknown. */
export function imageEnvKeys(ref: string): readonly string[] | null {
  const f = find(ref);
  return f === null ? null : ['PATH', ...f.env];
}

/** The platforms the image is published for, or null when unknown. */
export function imagePlatforms(ref: string): readonly string[] | null {
  return find(ref)?.platforms ?? null;
}
