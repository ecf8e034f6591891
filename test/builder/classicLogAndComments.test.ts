/**
 * The classic log's "Step n/N": N counts what the classic builder dispatches (meta ARGs, and the
 * stages up to the target with their instructions), as builder.go's totalCommands does. And the
 * comments written into generated files, in the language the page asks for.
 */
import { describe, expect, it } from 'vitest';
import { multistageLog, toBuilderPattern, toMultistage } from '../../src/core/builder/index.ts';
import { readExample } from '../support/examples.ts';

const steps = (text: string, target?: string): string[] =>
  multistageLog(text, target === undefined ? {} : { target }).map((l) => l.text).filter((l) => l.startsWith('Step '));

const SEED004 = 'FROM golang:1.7.3 as builder\nWORKDIR /go/src/app/\nRUN go get -d -v golang.org/x/net/html\nCOPY app.go .\nRUN go build -o app .\n\nFROM alpine:latest\nRUN apk --no-cache add ca-certificates\nWORKDIR /root/\nCOPY --from=builder /go/src/app/app .\nCMD ["./app"]\n';

describe('classic step counter', () => {
  it.each([
    ['the whole file (no target)', SEED004, undefined, ['Step 1/10 : FROM golang:1.7.3 as builder', 'Step 10/10 : CMD ["./app"]']],
    ['--target builder (a single-stage target build)', SEED004, 'builder', ['Step 1/5 : FROM golang:1.7.3 as builder', 'Step 5/5 : RUN go build -o app .']],
    ['a meta ARG counts as a step', 'ARG V=1\nFROM alpine:${V} AS a\nRUN x\nFROM a AS b\nRUN y\n', 'a', ['Step 1/3 : ARG V=1', 'Step 3/3 : RUN x']],
  ])('%s', (_name, text, target, expected) => {
    const s = steps(text, target);
    expect([s[0], s[s.length - 1]]).toEqual(expected);
  });
});

describe('comments written into generated files', () => {
  const zh = { scriptHeader: '{input} 的 builder 模式版本', multistageHeader: '{script} 的多阶段构建版本：', builtBy: '{dockerfile}，由 {script} 第 {line} 行构建', extractFolder: '文件先复制到 {folder}', extractExists: '{folder} 已存在时脚本会停止' };
  it('build.sh speaks the language it is given, English by default', () => {
    expect(toBuilderPattern(SEED004).files.find((f) => f.name === 'build.sh')?.text.split('\n')[1]).toBe('# Builder pattern for Dockerfile, written by Stagecraft: one image per stage, files copied out with docker cp.');
    const zhScript = toBuilderPattern(SEED004, { comments: zh }).files.find((f) => f.name === 'build.sh')?.text.split('\n') ?? [];
    expect(zhScript[1]).toBe('# Dockerfile 的 builder 模式版本');
    expect(zhScript[2]).toBe('# 文件先复制到 stagecraft-extract');
  });
  it('the multi-stage Dockerfile too', () => {
    const files = ['Dockerfile.build', 'Dockerfile', 'build.sh'].map((name) => ({ name, text: readExample(`seed002-builder/${name}`) }));
    const text = toMultistage(files, { comments: zh }).dockerfile;
    expect(text).toContain('# build.sh 的多阶段构建版本：');
    expect(text).toContain('# Dockerfile.build，由 build.sh 第 ');
  });
});
