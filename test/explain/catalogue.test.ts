/**
 * Every instruction and flag the parser knows, every mount type and key, every directive has an
 * explanation in both languages; every sentence the core can pick exists in both, with its params.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { explainAt } from '../../src/core/explain/explainAt.ts';
import { LESSON_IDS } from '../../src/core/explain/lessons.ts';
import { EDGE_KINDS, edgeKindFacts, imageFacts, scratchFacts, statusFacts, totalFacts } from '../../src/core/explain/graph.ts';
import { DIRECTIVES, INSTRUCTION_FLAGS, INSTRUCTIONS, MOUNT_KEYS, MOUNT_TYPES } from '../../src/core/explain/tables.ts';
import type { Sentence } from '../../src/core/explain/types.ts';
import { en } from '../../src/ui/i18n/en.ts';
import { zh } from '../../src/ui/i18n/zh.ts';

type Tree = { readonly [k: string]: string | Tree };
function get(tree: Tree, key: string): string | undefined {
  let at: string | Tree | undefined = tree;
  for (const part of key.split('.')) at = typeof at === 'object' ? at[part] : undefined;
  return typeof at === 'string' ? at : undefined;
}
const EN = en.explain as unknown as Tree;
const ZH = zh.explain as unknown as Tree;

const expected = [
  ...INSTRUCTIONS.map((k) => `ins.${k}`),
  ...Object.entries(INSTRUCTION_FLAGS).flatMap(([k, flags]) => Object.keys(flags).map((f) => `flag.${k}.${f}`)),
  ...MOUNT_TYPES.map((t) => `mountType.${t}`),
  ...[...new Set(Object.values(MOUNT_KEYS))].map((k) => `mountKey.${k}`),
  ...DIRECTIVES.map((d) => `directive.${d}`),
  'heredoc', 'stageName', 'execForm', 'shellForm',
  ...LESSON_IDS.flatMap((id) => [`lesson.${id}.name`, `lesson.${id}.title`, `lesson.${id}.body`]),
];

describe('explanations exist in both languages', () => {
  it('the parser knows 18 instructions', () => expect(INSTRUCTIONS).toHaveLength(18));
  it.each(expected)('%s', (key) => {
    expect(get(EN, key), `en ${key}`).toMatch(/\S/);
    expect(get(ZH, key), `zh ${key}`).toMatch(/[\u4e00-\u9fff]/);
  });
});

/** A file that touches every kind of explanation. */
const TEXT = [
  '# syntax=docker/dockerfile:1', '# escape=\\', '# check=skip=StageNameCasing',
  'ARG GO=1.22', 'ARG VARIANT', 'FROM --platform=$BUILDPLATFORM golang:${GO} AS build', 'ARG TARGETARCH', 'ENV CGO_ENABLED=0',
  'WORKDIR /src', 'COPY --chown=1:1 --chmod=755 --link --parents --exclude=*.md . .',
  'RUN --mount=type=cache,target=/root/.cache,id=go,sharing=locked --mount=type=secret,id=tok,env=TOKEN,required --network=none --security=sandbox go build -o /out/app',
  'RUN --mount=type=bind,from=build,source=/src,target=/x,rw --mount=type=tmpfs,target=/t,size=1m --mount=type=ssh,mode=0600,uid=1,gid=1,ro true',
  'RUN --device=nvidia.com/gpu=all echo $TARGETARCH ${VARIANT:-slim} $CGO_ENABLED', 'ONBUILD COPY a b',
  'FROM alpine:3.20 AS unused', 'ADD --checksum=sha256:0 --keep-git-dir --unpack --chown=1 --chmod=644 --link --exclude=x https://x/y /y',
  'FROM scratch', 'COPY --from=build /out/app /app', 'COPY --from=nginx:1 /etc/nginx /etc/nginx', 'COPY <<EOF /a', 'hi $GO', 'EOF',
  'LABEL a=b', 'MAINTAINER me', 'EXPOSE 80', 'VOLUME /v', 'USER 1', 'STOPSIGNAL SIGTERM', 'SHELL ["/bin/sh", "-c"]',
  'HEALTHCHECK --interval=5s --timeout=1s --start-period=1s --start-interval=1s --retries=3 CMD true',
  'ENTRYPOINT ["/app"]', 'CMD echo $CGO_ENABLED',
].join('\n');

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

describe('every explanation of a full file resolves in both languages', () => {
  const a = analyze(TEXT);
  const lines = TEXT.split('\n');
  const picked = new Map<string, Sentence>();
  for (const [i, text] of lines.entries()) {
    for (let c = 1; c <= text.length; c++) {
      const e = explainAt(a, i + 1, c, text);
      if (!e) continue;
      for (const s of [e.title, ...e.sentences, ...(e.layer ? [e.layer] : [])]) picked.set(`${s.key}|${Object.keys(s.params ?? {}).sort()}`, s);
    }
  }
  for (const [i] of a.stages.entries()) {
    for (const s of [...totalFacts(a, i), ...statusFacts(a, i, false), ...statusFacts(a, i, true)]) picked.set(`${s.key}|${Object.keys(s.params ?? {}).sort()}`, s);
  }
  for (const s of [...imageFacts(a, 'golang:1.22'), ...imageFacts(a, 'nginx:1'), ...scratchFacts(a), ...EDGE_KINDS.flatMap(edgeKindFacts)]) {
    picked.set(`${s.key}|${Object.keys(s.params ?? {}).sort()}`, s);
  }
  it('covers every instruction, flag, mount type and directive of the file', () => {
    const keys = new Set([...picked.values()].map((s) => s.key));
    expect(expected.filter((k) => !k.startsWith('lesson.') && !keys.has(k))).toEqual([]);
  });
  it.each([...picked.values()].map((s) => [s.key, s] as const))('%s', (key, s) => {
    for (const [lang, tree] of [['en', EN], ['zh', ZH]] as const) {
      const text = get(tree, key);
      expect(text, `${lang} ${key}`).toBeDefined();
      expect(placeholders(text!).filter((p) => !(p in (s.params ?? {}))), `${lang} ${key} params`).toEqual([]);
    }
  });
});
