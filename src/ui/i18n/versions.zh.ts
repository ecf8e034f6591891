/** “历史”版本相关的界面文本（issue 14），键与 versions.en.ts 相同。 */
import type { VERSIONS_EN } from './versions.en.ts';

export const VERSIONS_ZH: { readonly [K in keyof typeof VERSIONS_EN]: string } = {
  delete: '删除',
  deleteLabel: '删除 {time} 的版本：{label}',
  deleted: '已删除 {time} 的版本。',
  undo: '撤销',
  budget: '太大、无法放进链接的版本：{count} 个（最多 {max} 个），占用 {used}，这个浏览器里历史最多可用 {budget}。',
  full: '历史没能保存这个大工作区的版本：浏览器的存储空间已满。可以在“历史”里删除旧版本腾出空间。编辑器里当前的内容不受影响。',
  refused: '历史无法保存这个大工作区的版本：浏览器拒绝了所需的存储（隐私模式，或者关闭了存储）。编辑器里当前的内容不受影响，可以导出文件留一份副本。',
  overBudget: '这个工作区超过了历史给大版本留的 {budget} 上限，所以不会保存它的版本。编辑器里当前的内容不受影响，可以导出文件留一份副本。',
  dismiss: '知道了',
  otherTab: '{label}（其他标签页）',
  keptInHistory: '不过“历史”会随时保留一份副本（存在浏览器的另一处存储里）：重新加载后，在“历史”里点一下就能找回最新的内容。',
};
