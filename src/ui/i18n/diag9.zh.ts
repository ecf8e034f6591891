/** 简体中文：第二轮 BuildKit 一致性新增的诊断（键与 core/diagnostics.ts 的 MESSAGES 相同）。 */
export const diag9Zh = {
  InvalidContextName:
    '无效的上下文名 {name}：{reason}。真正构建时，BuildKit 会为每个阶段名查找同名的构建上下文，所以阶段名也必须是合法的镜像名。',
  BuildContextUnused: '构建上下文“{name}”没有替换任何东西：没有哪个阶段、FROM 镜像或 COPY --from / 挂载的来源叫“{name}”。',
  BuildContextReplacesStage:
    '构建上下文“{name}”（{value}）替换了阶段“{stage}”：BuildKit 不会执行这个阶段的任何指令，以它为基础或从它复制的阶段拿到的都是这个上下文。',
  ImplicitStateIndex:
    '--from={index} 不是任何阶段（共有 {stages} 个阶段），但 BuildKit 照样接受：它的状态列表里还有前面 COPY --from 和挂载所引用的镜像，序号 {index} 对应的是“{image}”。这很出人意料，也很脆弱：请直接写阶段名或镜像名。',
  ScratchStageMount:
    '这个挂载没有 from=，所以 BuildKit 会去找名为“{stage}”的阶段：当前阶段因此依赖那个阶段，并且要先构建它。请给那个阶段改个名字（scratch 是保留名）。',
  OnbuildTriggerFailsInChild:
    '这条 ONBUILD 触发指令会在以本阶段为基础构建阶段“{stage}”（第 {line} 行）时执行：BuildKit 在那里才解析它，所以它的错误报在那一行 FROM 上。',
  ClassicBuilderCannotBuild:
    '经典构建器根本无法构建这个文件：{feature} 需要 BuildKit，所以“经典构建器会构建哪些阶段”在这里没有意义。请用 BuildKit 构建（docker buildx build，或设置 DOCKER_BUILDKIT=1）。',
} as const;
