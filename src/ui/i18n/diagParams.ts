/**
 * Diagnostic parameters that carry English words (BuildKit's own phrases, "did you mean", a verb),
 * worded for the reader's language. The core keeps BuildKit's English in its params (the CLI and
 * the JSON output print it verbatim); the page's Chinese catalogue then reads as one language.
 * A phrase not listed here stays as BuildKit wrote it, which is still correct, only not translated.
 */
type Params = Readonly<Record<string, string | number>>;
type Rule = readonly [RegExp, (...groups: string[]) => string];

const ZH_PHRASES: readonly Rule[] = [
  [/^ \(did you mean (.+)\?\)$/, (x) => `（是不是想写 ${x}？）`],
  [/^invalid reference format: repository name \((.*)\) must be lowercase$/, (x) => `镜像引用格式无效：仓库名（${x}）必须全部小写`],
  [/^invalid reference format$/, () => '镜像引用格式无效'],
  [/^repository name must have at least one component$/, () => '仓库名至少要有一个部分'],
  [/^repository name must not be more than 255 characters$/, () => '仓库名不能超过 255 个字符'],
  [/^cannot specify 64-byte hexadecimal strings$/, () => '不能直接写 64 位十六进制字符串（镜像 ID）'],
  [/^The classic builder stops here: "(.*)". BuildKit only warns\.$/, (x) => `经典构建器会在这里停止（“${x}”：阶段名已被使用），BuildKit 只给出警告。`],
  [/^Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed$/, () => '不允许用 `ONBUILD ONBUILD` 串联 ONBUILD'],
  [/^(.+) isn't allowed as an ONBUILD trigger$/, (x) => `${x} 不能用作 ONBUILD 的触发指令`],
  [/^(.+) must have two arguments$/, (x) => `${x} 需要两个参数`],
  [/^Syntax error - can't find = in (.+)\. Must be of the form: name=value$/, (x) => `语法错误：${x} 中没有 =，应写成 name=value 的形式`],
];

const ZH_WORDS: Readonly<Record<string, string>> = { copy: '复制', mount: '挂载' };

function zhValue(key: string, value: string): string {
  if (key === 'verb') return ZH_WORDS[value] ?? value;
  for (const [re, say] of ZH_PHRASES) {
    const m = re.exec(value);
    if (m) return say(...m.slice(1));
  }
  return value;
}

/** The params of a diagnostic, worded for `language` (only Chinese needs it: English is the core's). */
export function localiseParams(params: Params, language: string): Params {
  if (!language.startsWith('zh')) return params;
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) out[k] = typeof v === 'string' ? zhValue(k, v) : v;
  return out;
}
