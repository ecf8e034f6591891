/** 简体中文：第二轮 BuildKit 一致性新增的诊断（键与 core/diagnostics.ts 的 MESSAGES 相同）。 */
export const diag9Zh = {
  ImplicitStateIndex:
    '--from={index} 不是任何阶段（共有 {stages} 个阶段），但 BuildKit 照样接受：它的状态列表里还有前面 COPY --from 和挂载所引用的镜像，序号 {index} 对应的是“{image}”。这很出人意料，也很脆弱：请直接写阶段名或镜像名。',
  ScratchStageMount:
    '这个挂载没有 from=，所以 BuildKit 会去找名为“{stage}”的阶段：当前阶段因此依赖那个阶段，并且要先构建它。请给那个阶段改个名字（scratch 是保留名）。',
  ClassicBuilderCannotBuild:
    '经典构建器根本无法构建这个文件：{feature} 需要 BuildKit，所以“经典构建器会构建哪些阶段”在这里没有意义。请用 BuildKit 构建（docker buildx build，或设置 DOCKER_BUILDKIT=1）。',
} as const;
