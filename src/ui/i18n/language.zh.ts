/** Dockerfile 编辑器语言功能与构建图阶段菜单的中文文本（键与 language.en.ts 相同）。 */
import type { languageEn } from './language.en.ts';

export const languageZh: { [K in keyof typeof languageEn]: string } = {
  completeStage: '阶段 #{index}，基于 {image}',
  completeStageIndex: '按序号引用阶段 #{index}（{name}，基于 {image}）',
  completeScratch: '空镜像，没有任何层',
  completeImage: '镜像：{description}',
  completeImagePlain: '镜像',
  rename_notAStage: '这里只能重命名阶段：请把光标放在 AS 后面的阶段名上，或放在对某个阶段的引用上。',
  rename_unnamed: '阶段 #{stage} 没有名字：请先在它的 FROM 行末加上“AS <名字>”。',
  rename_invalidName: '“{name}”不是合法的阶段名：必须以字母开头，只能包含字母、数字、“-”、“_”和“.”。',
  rename_reserved: '“{name}”是保留名：BuildKit 自己使用“scratch”和“context”。',
  rename_taken: '阶段 #{stage} 已经叫“{name}”了（阶段名不区分大小写）。',
  rename_changesMeaning: '改名为“{name}”会改变另一行所引用的对象（某个 FROM 通过变量引用了这个阶段，或者有同名的镜像）。没有做任何修改。',
  formatOnPasteOn: '粘贴时格式化：打开',
  formatOnPasteOff: '粘贴时格式化：关闭',
  menuLabel: '阶段 {name}',
  menuRename: '重命名阶段…',
  menuReferences: '查看所有引用',
  menuUnnamed: '这个阶段没有名字，无法重命名。',
};
