/** 密集图（只看目标所需、关联阶段高亮、阶段搜索）和阶段镜像大小估算的简体中文文本。 */
import type { denseEn } from './dense.en.ts';

export const denseZh: { [K in keyof typeof denseEn]: string } = {
  tools: '图工具',
  focus: '只看目标所需',
  focusTitle: '只显示构建目标所依赖的阶段，其余阶段折叠成一个节点。',
  folded_one: '另有 {count} 个阶段不构建',
  folded_other: '另有 {count} 个阶段不构建',
  foldedHint: '目标用不到它们。点击显示全部。',
  foldedAria_one: '这里折叠了 {count} 个构建目标时不构建的阶段。显示全部阶段。',
  foldedAria_other: '这里折叠了 {count} 个构建目标时不构建的阶段。显示全部阶段。',
  search: '查找阶段',
  searchPlaceholder: '查找阶段…',
  searchNone: '没有这个名字的阶段。',
  searchHelp: '按回车选中第一个结果并移到中央。',
  searchFolded: '不构建',
  size: '约 {size}（估算）',
  sizeUnknown: '大小未知',
  sizeTitle: '根据内置镜像清单中基础镜像的大小估算（未压缩，与 docker images 显示的一致），不含本阶段自身指令新增的内容。',
  sizeUnknownTitle: '内置镜像清单中没有这个基础镜像，大小未知。',
  mb: '{value} MB',
  gb: '{value} GB',
};
