/** Every note code has an English (the core's) and a Simplified Chinese message, with the same placeholders. */
import { describe, expect, it } from 'vitest';
import { NOTE_MESSAGES, type NoteCode } from '../../src/core/builder/index.ts';
import { NOTE_MESSAGES_ZH, noteText } from '../../src/ui/compare/noteMessages.ts';

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('note messages', () => {
  const codes = Object.keys(NOTE_MESSAGES) as NoteCode[];

  it('cover exactly the same codes in both languages', () => {
    expect(codes.length).toBeGreaterThan(50);
    expect(Object.keys(NOTE_MESSAGES_ZH).sort()).toEqual([...codes].sort());
  });

  it.each(codes)('%s: Chinese, non-empty, with the English placeholders', (code) => {
    const zh = NOTE_MESSAGES_ZH[code];
    expect(zh.trim()).not.toBe('');
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(placeholders(zh)).toEqual(placeholders(NOTE_MESSAGES[code]));
  });

  it('fill their placeholders from the params, in either language', () => {
    const n = { code: 'ContainerRemoved' as const, params: { name: 'builder' } };
    expect(noteText(n, 'en')).toBe('removes the temporary container builder: a multi-stage build creates none.');
    expect(noteText(n, 'zh')).toBe('删除临时容器 builder：多阶段构建不会创建容器。');
  });

  it('translate the English words the core puts in params', () => {
    expect(noteText({ code: 'ControlFlow', params: { text: 'for i in a; do', construct: 'loop' } }, 'zh')).toContain('shell 的循环结构');
    expect(noteText({ code: 'UnterminatedQuote', params: { quote: 'double' } }, 'zh')).toMatch(/^双引号没有闭合/);
    expect(noteText({ code: 'ContextDiffers', params: { context: 'a', final: '.', stage: 's', how: 'prefixed with a/' } }, 'zh')).toContain('源路径加上前缀 a/');
    expect(noteText({ code: 'TargetMissing', params: { target: '(last stage)' } }, 'zh')).toContain('（最后一个阶段）');
    // The person's own text is never translated.
    expect(noteText({ code: 'Comment', params: { text: '# loop' } }, 'zh')).toContain('“# loop”');
  });
});
