/** 构建检查补充部分的简体中文文本：与 checks2.en.ts 的键完全相同。 */
import type { checks2En } from './checks2.en.ts';

export const checks2Zh: { [K in keyof typeof checks2En]: string } = {
  platformMissing: '阶段 {stage} 要求 {image} 的 {platform} 平台，但这个镜像没有发布这个平台：拉取镜像会失败（BuildKit 找不到匹配这个平台的镜像）。',
  platformFallback: '阶段 {stage} 要求 {image} 的 {platform} 平台，但这个镜像没有发布这个平台：BuildKit 会改为拉取 {actual}，并给出 InvalidBaseImagePlatform 警告；除非构建器本身就能运行 {actual}，而这一点 Stagecraft 无法知道。',
  ignoredSource: '.dockerignore 把 “{path}” 排除在构建上下文之外，所以第 {line} 行的 COPY 或 ADD 找不到它，构建会失败（docker build --check 不会执行到这一步）。',
  fromOnbuild: '来自第 {line} 行的 ONBUILD',
  own: 'Stagecraft 自己的检查，不是 BuildKit 的：docker build 不会打印它',
};
