/**
 * A bad and a good Dockerfile snippet per rule, for the page's explanations (code, so the
 * same in every language; the prose is in the UI's catalogues).
 */
export const EXAMPLES: Readonly<Record<string, { readonly bad: string; readonly good: string }>> = {
  StageNameCasing: { bad: 'FROM golang:1.22 AS Builder\nFROM alpine\nCOPY --from=Builder /app /app', good: 'FROM golang:1.22 AS builder\nFROM alpine\nCOPY --from=builder /app /app' },
  FromAsCasing: { bad: 'FROM golang:1.22 as builder', good: 'FROM golang:1.22 AS builder' },
  NoEmptyContinuation: { bad: 'RUN apk add \\\n\n    curl', good: 'RUN apk add \\\n    curl' },
  ConsistentInstructionCasing: { bad: 'FROM alpine\nrun echo hi', good: 'FROM alpine\nRUN echo hi' },
  DuplicateStageName: { bad: 'FROM alpine AS build\nFROM golang AS build', good: 'FROM alpine AS build-tools\nFROM golang AS build' },
  ReservedStageName: { bad: 'FROM alpine AS scratch', good: 'FROM alpine AS base' },
  JSONArgsRecommended: { bad: 'CMD ./server --port 80', good: 'CMD ["./server", "--port", "80"]' },
  MaintainerDeprecated: { bad: 'MAINTAINER Jane <jane@example.com>', good: 'LABEL org.opencontainers.image.authors="Jane <jane@example.com>"' },
  UndefinedArgInFrom: { bad: 'FROM node:${NODE_VERSION}', good: 'ARG NODE_VERSION=22\nFROM node:${NODE_VERSION}' },
  WorkdirRelativePath: { bad: 'FROM node\nWORKDIR app', good: 'FROM node\nWORKDIR /app' },
  UndefinedVar: { bad: 'FROM alpine\nCOPY $SRC /src', good: 'FROM alpine\nARG SRC=src\nCOPY $SRC /src' },
  MultipleInstructionsDisallowed: { bad: 'CMD ["./a"]\nCMD ["./b"]', good: 'CMD ["./b"]' },
  LegacyKeyValueFormat: { bad: 'ENV PORT 8080', good: 'ENV PORT=8080' },
  InvalidBaseImagePlatform: { bad: 'FROM --platform=linux/arm64 some/amd64-only-image', good: 'FROM --platform=linux/arm64 some/multi-arch-image' },
  RedundantTargetPlatform: { bad: 'FROM --platform=$TARGETPLATFORM alpine', good: 'FROM alpine' },
  SecretsUsedInArgOrEnv: { bad: 'ARG NPM_TOKEN\nRUN npm ci', good: 'RUN --mount=type=secret,id=npm_token \\\n    NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci' },
  InvalidDefaultArgInFrom: { bad: 'ARG BASE\nFROM ${BASE}', good: 'ARG BASE=alpine:3.20\nFROM ${BASE}' },
  FromPlatformFlagConstDisallowed: { bad: 'FROM --platform=linux/amd64 golang AS build', good: 'FROM --platform=$BUILDPLATFORM golang AS build' },
  CopyIgnoredFile: { bad: '# .dockerignore: *.md\nCOPY README.md /docs/', good: '# .dockerignore: *.md and !README.md\nCOPY README.md /docs/' },
  InvalidDefinitionDescription: { bad: '# the Go version\nARG GO_VERSION=1.22', good: '# GO_VERSION the Go version\nARG GO_VERSION=1.22' },
  ExposeProtoCasing: { bad: 'EXPOSE 80/TCP', good: 'EXPOSE 80/tcp' },
  ExposeInvalidFormat: { bad: 'EXPOSE 8080:80', good: 'EXPOSE 80' },
  'stagecraft/syntax-version': { bad: '# syntax=docker/dockerfile:1.3\nCOPY --link app /app', good: '# syntax=docker/dockerfile:1\nCOPY --link app /app' },
};
