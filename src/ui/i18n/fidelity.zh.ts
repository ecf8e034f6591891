/** 简体中文：BuildKit 一致性相关的界面文本（键与 fidelity.en.ts 相同）。 */
import type { fidelityEn } from './fidelity.en.ts';

export const fidelityZh: typeof fidelityEn = {
  firstError: 'BuildKit 在这里停止',
  afterFirstError: '修好前一个错误后，BuildKit 会接着报这个',
  replacedBy: '已替换为 {value}',
  imageReplaced: '构建上下文',
  ctxTab: '构建上下文（{count}）',
  ctxIntro: '相当于 docker buildx build --build-context NAME=VALUE：上下文会替换名为 NAME 的阶段或镜像。',
  ctxName: '名称',
  ctxValue: '值',
  ctxNamePlaceholder: '阶段名或镜像名',
  ctxValuePlaceholder: 'docker-image://alpine:3.20、./目录、git 地址……',
  ctxAdd: '添加',
  ctxRemove: '移除 {name}',
  ctxReplaces: '替换 {what}',
  ctxReplacesNothing: '在这个 Dockerfile 里没有替换任何东西',
  ctxNone: '还没有构建上下文。添加一个，看看某个阶段或镜像换成别处的内容后，构建会变成什么样。',
  ctxInvalid: '请填写名称和值；名称不能有空格，也不能有“=”。',
  ctxKindDockerImage: '镜像',
  ctxKindOciLayout: 'OCI 布局',
  ctxKindGit: 'git 仓库',
  ctxKindUrl: 'URL（压缩包）',
  ctxKindTarget: 'bake 目标',
  ctxKindLocal: '本地目录',
};
