/**
 * A small catalog of common base images: layer counts and sizes, for estimates.
 *
 * Method (the same for every entry, so the figures are comparable):
 * - `layers` counts the layer-creating instructions (RUN / COPY / ADD, WORKDIR≠/)
 *   of the image's official Dockerfile chain (docker-library / dotnet-docker /
 *   distroless BUILD rules), linux/amd64.
 * - `sizeBytes` is the uncompressed size `docker images` shows and
 *   `compressedBytes` the registry download size, both rounded, linux/amd64.
 * These are estimates that drift with every release: they are labelled as such
 * wherever they are shown, and a user can set their own.
 */
export interface CatalogEntry {
  /** Matches the familiar repository name (`alpine`, `gcr.io/distroless/static-debian12`). */
  readonly repo: RegExp;
  /** Matches the tag (without the leading ':'); `''` is the tag-less reference. */
  readonly tag: RegExp;
  readonly label: string;
  readonly layers: number;
  readonly sizeBytes: number;
  readonly compressedBytes: number;
  readonly asOf: string;
  readonly source: string;
}

const MB = 1_000_000;
const AS_OF = '2026-11';
const DL = 'docker-library official Dockerfile chain; sizes rounded from Docker Hub (linux/amd64)';

function entry(repo: string | RegExp, tag: RegExp, label: string, layers: number, sizeMB: number, compressedMB: number, source = DL): CatalogEntry {
  const pattern = typeof repo === 'string' ? new RegExp(`^${repo.replace(/[.]/g, '\\.')}$`) : repo;
  return { repo: pattern, tag, label, layers, sizeBytes: sizeMB * MB, compressedBytes: compressedMB * MB, asOf: AS_OF, source };
}

const ANY = /^.*$/;
const ALPINE = /alpine/;
const SLIM = /slim/;
/** Windows variants share repositories with Linux images but not their layers: leave them unknown. */
const LINUX = /^(?!.*(?:nanoserver|windowsservercore)).*$/;

/** First match wins: list variants before the catch-all of the same repository. */
export const CATALOG: readonly CatalogEntry[] = [
  entry('alpine', ANY, 'Alpine Linux', 1, 8.3, 3.6),
  entry('busybox', ANY, 'BusyBox', 1, 4.3, 2.2),
  entry('debian', SLIM, 'Debian slim', 1, 75, 28),
  entry('debian', ANY, 'Debian', 1, 117, 48),
  entry('ubuntu', ANY, 'Ubuntu', 1, 78, 29),
  entry('golang', ALPINE, 'Go on Alpine', 5, 250, 75),
  entry('golang', /^1\.(?:[0-9]|1[0-5])(?:\.|$|-)/, 'Go ≤ 1.15 (Debian buster)', 7, 803, 300),
  entry('golang', ANY, 'Go on Debian', 7, 830, 290),
  entry('node', ALPINE, 'Node.js on Alpine', 4, 135, 45),
  entry('node', SLIM, 'Node.js on Debian slim', 5, 220, 75),
  entry('node', ANY, 'Node.js on Debian', 8, 1100, 390),
  entry('python', ALPINE, 'Python on Alpine', 4, 55, 18),
  entry('python', SLIM, 'Python on Debian slim', 4, 130, 45),
  entry('python', ANY, 'Python on Debian', 7, 1000, 370),
  entry('rust', ALPINE, 'Rust on Alpine', 3, 900, 300),
  entry('rust', SLIM, 'Rust on Debian slim', 2, 800, 280),
  entry('rust', ANY, 'Rust on Debian', 5, 1500, 560),
  entry('eclipse-temurin', /jre/, 'Eclipse Temurin JRE', 5, 270, 90),
  entry('eclipse-temurin', ANY, 'Eclipse Temurin JDK', 5, 450, 160),
  entry('openjdk', ANY, 'OpenJDK (deprecated image)', 3, 470, 185),
  entry('nginx', ALPINE, 'nginx on Alpine', 8, 50, 20),
  entry('nginx', ANY, 'nginx on Debian', 7, 190, 70),
  entry('mcr.microsoft.com/dotnet/runtime-deps', LINUX, '.NET runtime deps', 2, 120, 45, 'dotnet/dotnet-docker Dockerfiles; sizes rounded from MCR (linux/amd64)'),
  entry('mcr.microsoft.com/dotnet/runtime', LINUX, '.NET runtime', 4, 190, 75, 'dotnet/dotnet-docker Dockerfiles; sizes rounded from MCR (linux/amd64)'),
  entry('mcr.microsoft.com/dotnet/aspnet', LINUX, 'ASP.NET Core runtime', 5, 220, 85, 'dotnet/dotnet-docker Dockerfiles; sizes rounded from MCR (linux/amd64)'),
  entry('mcr.microsoft.com/dotnet/sdk', LINUX, '.NET SDK', 8, 850, 300, 'dotnet/dotnet-docker Dockerfiles; sizes rounded from MCR (linux/amd64)'),
  ...['static', 'base', 'cc', 'java', 'nodejs', 'python3'].flatMap((kind) => distroless(kind)),
];

function distroless(kind: string): CatalogEntry[] {
  const sizes: Record<string, [number, number, number]> = {
    static: [9, 2, 1], base: [11, 20, 8], cc: [12, 23, 9], java: [15, 230, 80], nodejs: [13, 170, 55], python3: [13, 55, 20],
  };
  const [layers, size, compressed] = sizes[kind] ?? [0, 0, 0];
  const src = 'GoogleContainerTools/distroless BUILD rules (one layer per package group); sizes rounded from gcr.io (linux/amd64)';
  const repo = new RegExp(`^gcr\\.io/distroless/${kind}\\d*(?:-debian\\d+)?$`);
  return [entry(repo, ANY, `distroless ${kind}`, layers, size, compressed, src)];
}
