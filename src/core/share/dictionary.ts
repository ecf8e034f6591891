/**
 * The v1 preset deflate dictionary: text that Dockerfiles commonly contain, so that even the first
 * occurrence of `apt-get update && apt-get install -y` in a link is a short back-reference instead of
 * literals. Measured by scripts/bench-links.mjs: links 10.5 % shorter in total on the 89-file corpus
 * (median 14 %), and 33 % (median 38 %) on BuildKit's small lint-case files, which it was not written from.
 *
 * The entries are written by hand from common Dockerfile idiom, not mined from the test corpus.
 * Deflate reaches the end of the dictionary with the shortest distances, so the most common
 * text comes last, ending with how every v1 payload starts.
 *
 * NOTE: FROZEN. Every v1 link depends on these exact bytes; changing a single character breaks all of
 * them (test/share/dictionary.test.ts pins the length and CRC). A better dictionary means a new version.
 */

/** Entries as they appear in Dockerfile text; the dictionary holds them JSON-escaped, as in the payload. */
const ENTRIES: readonly string[] = [
  'composer install', 'bundle install', 'gem install ', 'poetry install', 'uv sync --frozen', 'python -m venv /opt/venv',
  'java -jar ', 'target/*.jar', 'app.jar', 'FROM eclipse-temurin:', 'FROM maven:', 'mvn -B package', './gradlew ',
  'FROM nginx:alpine', '/usr/share/nginx/html', 'mcr.microsoft.com/dotnet/sdk:', 'mcr.microsoft.com/dotnet/aspnet:',
  'dotnet restore', 'dotnet publish -c Release -o /app/publish', 'gcr.io/distroless/static-debian12',
  'gcr.io/distroless/base-debian12:nonroot', 'USER nonroot:nonroot\n', 'cargo build --release', '/target/release/',
  'FROM rust:', 'rustup target add ', 'pip install --no-cache-dir -r requirements.txt\n', 'FROM python:3.', '-slim',
  'COPY package.json package-lock.json ./\n', 'RUN npm ci\n', 'npm run build\n', 'yarn install --frozen-lockfile\n',
  'FROM node:', 'node_modules', 'FROM debian:bookworm-slim', 'FROM ubuntu:', 'FROM scratch\n', 'FROM alpine:3.',
  '-alpine', 'useradd ', 'groupadd ', 'chown -R ', 'chmod +x ', 'mkdir -p ', 'curl -fsSL ', '/etc/', '/usr/local/',
  '/var/', 'linux/amd64', 'linux/arm64', 'tonistiigi/xx', 'xx-', '--mount=type=secret,id=', '--mount=type=ssh',
  'apk add --no-cache ', 'apt-get update && apt-get install -y --no-install-recommends \\\n',
  ' && rm -rf /var/lib/apt/lists/*\n', 'RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \\\n',
  'ca-certificates curl git make gcc ', 'RUN set -eux; \\\n', 'COPY go.mod go.sum ./\nRUN go mod download\n',
  'CGO_ENABLED=0 GOOS=linux GOARCH=', ' go build -ldflags="-s -w" -o ', 'go install ', 'FROM golang:1.', 'github.com/',
  'RUN --mount=type=cache,target=/root/.cache/go-build \\\n    --mount=type=cache,target=/go/pkg/mod \\\n',
  'RUN --mount=type=bind,', 'FROM --platform=$BUILDPLATFORM ', 'ARG TARGETOS TARGETARCH\n', 'ARG TARGETPLATFORM\n',
  '${TARGETARCH}', 'ARG VERSION\n', '# syntax=docker/dockerfile:1\n', 'LABEL org.opencontainers.image.', 'HEALTHCHECK ',
  'VOLUME ', 'SHELL ["/bin/sh", "-c"]\n', 'ENV PATH=', '/usr/local/bin/', '/usr/bin/', 'EXPOSE 8080\n', 'ENTRYPOINT ["',
  'CMD ["', '"]\n', 'WORKDIR /src\n', 'WORKDIR /app\n', 'COPY . .\n', 'COPY --chown=', 'COPY --from=build /app/',
  'COPY --from=builder /', ' AS build\n', ' AS builder\n', ' \\\n    && ', ' \\\n    ', '\nARG ', '\nENV ', '\nWORKDIR ',
  '\nCOPY ', '\nRUN ', '\n\nFROM ',
];

/** How a single-Dockerfile payload begins (see ./compact.ts), placed last for the shortest reach. */
const PAYLOAD_START = '{"f":["FROM ';

function jsonEscaped(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

let cached: Uint8Array | undefined;

/** The dictionary bytes (UTF-8), built once. Callers must not modify the returned array. */
export function dictionaryV1(): Uint8Array {
  cached ??= new TextEncoder().encode(ENTRIES.map(jsonEscaped).join('') + PAYLOAD_START);
  return cached;
}
