/**
 * `FROM --platform` values, validated as containerd's `platforms.Parse` does
 * (github.com/containerd/platforms v1.0.0-rc.4, the version BuildKit vendors),
 * with its error words. The format is
 * `<os>[(<osversion>[+<feature>]*)]|<arch>|<os>[(…)]/<arch>[/<variant>]`:
 * a single word must be a known OS or a known architecture; two or three
 * parts are accepted whatever the names; four or more are refused.
 */

export type PlatformParse =
  | { readonly ok: true; readonly os: string; readonly osVersion: string; readonly architecture: string; readonly variant: string }
  | { readonly ok: false; readonly reason: string };

const SPECIFIER_RE = '^[A-Za-z0-9_.-]+$';
const OS_RE = '^([A-Za-z0-9_-]+)(?:\\(([A-Za-z0-9_.%-]*)((?:\\+[A-Za-z0-9_.%-]+)*)\\))?$';
const SPECIFIER = new RegExp(SPECIFIER_RE);
const OS = new RegExp(OS_RE);
const INVALID = 'invalid argument';

const KNOWN_OS = new Set(['aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl', 'netbsd', 'openbsd', 'plan9', 'solaris', 'windows', 'zos']);
const KNOWN_ARCH = new Set([
  '386', 'amd64', 'amd64p32', 'arm', 'armbe', 'arm64', 'arm64be', 'ppc64', 'ppc64le', 'loong64', 'mips', 'mipsle', 'mips64',
  'mips64le', 'mips64p32', 'mips64p32le', 'ppc', 'riscv', 'riscv64', 's390', 's390x', 'sparc', 'sparc64', 'wasm',
]);

/** Go's %q for the printable ASCII these strings hold after the regex checks. */
const q = (s: string): string => JSON.stringify(s);

/** database.go normalizeArch. */
export function normalizeArch(archIn: string, variantIn: string): { arch: string; variant: string } {
  let arch = archIn.toLowerCase();
  let variant = variantIn.toLowerCase();
  if (arch === 'i386') {
    arch = '386';
    variant = '';
  } else if (arch === 'x86_64' || arch === 'x86-64' || arch === 'amd64') {
    arch = 'amd64';
    if (variant === 'v1') variant = '';
  } else if (arch === 'aarch64' || arch === 'arm64') {
    arch = 'arm64';
    if (variant === '8' || variant === 'v8' || variant === 'v8.0') variant = '';
    else if (variant === '9' || variant === '9.0' || variant === 'v9.0') variant = 'v9';
  } else if (arch === 'armhf') {
    arch = 'arm';
    variant = 'v7';
  } else if (arch === 'armel') {
    arch = 'arm';
    variant = 'v6';
  } else if (arch === 'arm') {
    if (variant === '' || variant === '7') variant = 'v7';
    else if (variant === '5' || variant === '6' || variant === '8') variant = `v${variant}`;
  }
  return { arch, variant };
}

function decodeOption(v: string): string | null {
  if (!v.includes('%')) return v;
  try {
    return decodeURIComponent(v);
  } catch {
    return null;
  }
}

/** platforms.Parse: the parsed platform, or containerd's error text. */
export function parsePlatform(specifier: string): PlatformParse {
  if (specifier.includes('*')) return { ok: false, reason: `${q(specifier)}: wildcards not yet supported: ${INVALID}` };
  const all = specifier.split('/');
  const parts = all.length > 4 ? [...all.slice(0, 3), all.slice(3).join('/')] : all;
  const m = OS.exec(parts[0] ?? '');
  if (m === null) {
    return { ok: false, reason: `${q(parts[0] ?? '')} is an invalid OS component of ${q(specifier)}: OSAndVersion specifier component must match ${q(OS_RE)}: ${INVALID}` };
  }
  let os = (m[1] ?? '').toLowerCase();
  if (os === 'macos') os = 'darwin';
  const osVersion = decodeOption(m[2] ?? '');
  if (osVersion === null) return { ok: false, reason: `${q(specifier)} has an invalid OS version ${q(m[2] ?? '')}: invalid URL escape` };
  for (const part of parts.slice(1)) {
    if (!SPECIFIER.test(part)) {
      return { ok: false, reason: `${q(part)} is an invalid component of ${q(specifier)}: platform specifier component must match ${q(SPECIFIER_RE)}: ${INVALID}` };
    }
  }
  if (parts.length === 1) {
    // BuildKit runs on linux/amd64 here: a bare OS takes that architecture, a bare architecture linux.
    if (KNOWN_OS.has(os)) return { ok: true, os, osVersion, architecture: 'amd64', variant: '' };
    const a = normalizeArch(parts[0] ?? '', '');
    const variant = a.arch === 'arm' && a.variant === 'v7' ? '' : a.variant;
    if (KNOWN_ARCH.has(a.arch)) return { ok: true, os: 'linux', osVersion: '', architecture: a.arch, variant };
    return { ok: false, reason: `${q(specifier)}: unknown operating system or architecture: ${INVALID}` };
  }
  if (parts.length === 2) {
    const a = normalizeArch(parts[1] ?? '', '');
    return { ok: true, os, osVersion, architecture: a.arch, variant: a.arch === 'arm' && a.variant === 'v7' ? '' : a.variant };
  }
  if (parts.length === 3) {
    const a = normalizeArch(parts[1] ?? '', parts[2] ?? '');
    return { ok: true, os, osVersion, architecture: a.arch, variant: a.arch === 'arm64' && a.variant === '' ? 'v8' : a.variant };
  }
  return { ok: false, reason: `${q(specifier)}: cannot parse platform specifier: ${INVALID}` };
}
