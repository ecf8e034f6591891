/** Diagnostic params carrying English phrases read in Chinese; English and unknown phrases stay as written. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { localiseParams } from '../../src/ui/i18n/diagParams.ts';
import i18next from 'i18next';
import { en } from '../../src/ui/i18n/en.ts';
import { zh } from '../../src/ui/i18n/zh.ts';

const i18n = i18next.createInstance();
void i18n.init({ resources: { en: { translation: en }, zh: { translation: zh } }, lng: 'zh', initAsync: false, interpolation: { escapeValue: false, prefix: '{', suffix: '}' } });

/** The Chinese message of the first diagnostic with `code` for `text`, as the page renders it. */
function zhMessage(text: string, code: string): string {
  const d = analyze(text, { target: null, buildArgs: {} }).diagnostics.find((x) => x.code === code);
  if (!d) throw new Error(`no ${code}`);
  return i18n.t(`diag.${code}`, { ...localiseParams(d.params, 'zh') });
}

describe('diagnostic messages in Chinese', () => {
  it.each([
    ['FROM alpine AS builder\nCOPY --from=runtime /a /a\nFROM alpine AS runtime\n', 'StageUsedBeforeDefined', '不能从阶段“runtime”复制：它必须定义在当前阶段“builder”之前。BuildKit 按文件顺序处理阶段，只能从上方已定义的阶段复制。'],
    // UndefinedArgInFrom is a build check now (core/checks, BuildKit's words); the engine's own "did you mean":
    ['FROM alpine AS builder\nFROM alpine\nCOPY --form=builder /a /b\n', 'UnknownFlag', '（是不是想写 from？）'],
    ['FROM Alpine:Latest AS a\n', 'InvalidImageReference', '镜像引用格式无效'],
  ])('%j → %s', (text, code, expected) => {
    expect(zhMessage(text, code)).toContain(expected);
  });

  it.each([
    [{ suggestion: ' (did you mean GO_VERSION?)' }, { suggestion: '（是不是想写 GO_VERSION？）' }],
    [{ verb: 'mount' }, { verb: '挂载' }],
    [{ reason: 'invalid reference format' }, { reason: '镜像引用格式无效' }],
    [{ reason: 'something BuildKit says that we have not listed' }, { reason: 'something BuildKit says that we have not listed' }],
    [{ count: 3 }, { count: 3 }],
  ])('%j → %j', (params, expected) => {
    expect(localiseParams(params, 'zh')).toEqual(expected);
  });

  it('English params stay as the core wrote them', () => {
    const p = { suggestion: ' (did you mean X?)' };
    expect(localiseParams(p, 'en')).toBe(p);
  });
});
