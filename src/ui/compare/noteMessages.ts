/**
 * Conversion notes in the page's language, from their stable code and params (never from the
 * English message). English templates are the core's own (`NOTE_MESSAGES`); the Simplified Chinese
 * ones are here, one per NoteCode (the type makes a missing one a compile error, and
 * test/ui-compare/noteMessages.test.ts checks the placeholders match).
 */
import { NOTE_MESSAGES, type Note, type NoteCode } from '../../core/builder/index.ts';
import { formatMessage } from '../../core/diagnostics.ts';
import type { Language } from '../i18n/index.ts';

export const NOTE_MESSAGES_ZH: Readonly<Record<NoteCode, string>> = {
  BackslashSpace:
    '反斜杠后面跟着空格，所以 sh 不会续行（它转义了一个空格并结束了命令）；这里按原本想要的续行来读。请删掉行尾的空格。',
  UnterminatedQuote: '{quote}引号没有闭合：脚本从这里往后的部分都没有读取。',
  Pipeline: '“{text}”把一个命令的输出通过管道交给另一个命令；Dockerfile 中没有对应的写法，所以这一行没有转换。',
  AndChainSplit: '“&&”连接的命令按先后顺序逐个读取（与 set -e 下的效果相同）。',
  OrFallbackIgnored: '“|| {fallback}”只是掩盖失败；已转换它前面的命令。',
  OrList: '“{text}”只在另一个命令失败时才运行某个命令；Dockerfile 中没有对应的写法，所以这一行没有转换。',
  Background: '“{text}”在后台运行；没有转换。',
  Subshell: '“{text}”使用了子 shell 或命令组；其中的命令没有转换。',
  CommandSubstitution: '“{text}”用到了另一个命令的输出（$(...) 或反引号）；脚本运行之前无法知道它的值，所以这一行没有转换。',
  Redirection: '忽略“{text}”中的重定向：多阶段构建没有需要重定向的输出文件。',
  ControlFlow: '“{text}”属于 shell 的{construct}结构；脚本运行之前无法知道它会重复什么或选择什么，所以没有转换。',
  VariableAssigned: '{name}={value} 会用在下文所有出现 ${name} 的地方。',
  EnvPrefix: '忽略“{text}”中的变量前缀。',
  UnknownVariable: '脚本中没有设置 ${name}（它来自环境变量）；在“{word}”中保持原样。',
  OtherTool: '{tool} 不是 docker 命令；多阶段 Dockerfile 只做 docker build、create、cp 和 rm 所做的事，不做这个。没有转换：“{text}”。',
  ChangeDirectory: '“{text}”改变了之后读取路径的目录；没有转换，路径按脚本所在的目录读取。',
  Heredoc: '没有读取“{text}”中的 here 文档；没有转换。',
  ShellSyntax: '“{text}”不是完整的命令（运算符的一侧没有内容）；没有转换。',
  Shebang: '解释器行：多阶段构建不需要脚本。',
  Comment: '注释没有带过去：“{text}”。',
  Echo: '进度提示：多阶段构建会自己打印每一步。',
  ShellOption: '“{text}”设置了 shell 选项：单个 docker build 本来就会在第一次失败时停止。',
  Sudo: '去掉了 sudo：请用你平时运行 docker 的方式运行这条多阶段 docker build。',
  ContainerRemoved: '删除临时容器 {name}：多阶段构建不会创建容器。',
  ImageRemoved: '删除中间镜像 {ref}：多阶段构建不会给中间镜像打标签。',
  ExtractedFileRemoved: '删除取出的 {path}：多阶段构建在阶段之间复制文件，不会把它写进构建上下文。',
  NoDockerBuild: '脚本中没有 docker build，所以没有可以变成阶段的内容。',
  BuildWithoutTag: '这条 docker build 没有 -t，之后的命令无法引用它的镜像；它的阶段命名为 {stage}。',
  UnknownDockerFlag: '无法理解 docker {command} 的参数 {flag}；已忽略。',
  DockerfileNotFound: 'Dockerfile {path} 不在工作区中，因此无法写出它的阶段。请把它加入文件中。',
  ContainerUnknown: '脚本上方没有创建名为 {name} 的容器，因此无法把“{text}”追溯到某个镜像。',
  CopyIntoContainer: '“{text}”把文件复制进容器；Dockerfile 的 COPY 会在构建时完成这件事。没有转换。',
  RemoveOther: '“{text}”删除了 {path}，但它不是脚本取出的文件；没有转换。',
  OtherDockerCommand: 'docker {command} 不属于构建镜像的步骤（请在多阶段构建之后再运行它）；没有转换。',
  DockerRun: '“{text}”运行了一个容器；请在某个阶段中用 RUN 完成它的工作。没有转换。',
  ExtractedNotUsed:
    '{path} 从 {source} 中取出，但之后没有任何 docker build 复制它。要用多阶段构建得到它，请使用 docker build --target {stage} --output type=local,dest=.（BuildKit）。',
  BuildArgConflict:
    '--build-arg {name} 在一条 docker build 中是 {first}，在另一条中是 {second}；一次多阶段构建只给所有阶段传一个值。保留了 {kept}。',
  BuildArgPassThrough: '--build-arg {arg} 放到多阶段版本的那一条 docker build 命令上。',
  BuildFlagPassThrough: '{flag} 放到多阶段版本的那一条 docker build 命令上。',
  ContextDiffers:
    '这条 docker build 发送的上下文是 {context}，最后一条发送的是 {final}；多阶段构建只有一个上下文，所以阶段 {stage} 的 COPY 源路径{how}。',
  NestedMultistage:
    '{path} 已经有 {count} 个阶段；只取用它的目标阶段（{stage}），它所需要的阶段没有并入。',
  TagRebuilt: '{tag} 在这里再次构建：之后的命令使用这次构建的结果，之前的命令使用第一次的。',
  SeveralOutputs:
    '构建了 {tag}，但没有被其他构建使用；在多阶段版本中，请用 docker build --target {stage} -t {tag} . 构建它。',
  CopyPartlyExtracted:
    '“{text}”复制的 {source} 中也包含取出的 {path}；在多阶段版本中，这部分来自阶段 {stage}（请为它加一条 COPY --from），其余部分来自构建上下文。',
  AddArchive:
    'ADD 会解压取出的归档文件 {path}，而 COPY --from 不会；因此保留为从构建上下文 ADD 一个文件。',
  DirectiveConflict: '这些文件的解析指令 {name} 不一致（{first} 和 {second}）；保留了 {first}。',
  GlobalArgConflict: 'FROM 之前的 ARG {name} 在一个文件中的默认值是 {first}，在另一个文件中是 {second}；保留了 {first}。',
  RepairedFromSpace:
    'FROM {written} 的冒号后面有空格：BuildKit 在这里会失败（FROM 需要一个或三个参数）。按 FROM {repaired} 读取。',
  RepairedKeywordColon: '“{written}”不是指令（BuildKit 会失败：未知指令）；按 {repaired} 读取。',
  TargetMissing: '没有可以构建的阶段（目标 {target}），因此没有写出builder 模式的文件。',
  DockerfileErrors: '这个 Dockerfile 有 {count} 个会让 BuildKit 失败的错误（第一个：第 {line} 行，{code}）；生成的文件与 Dockerfile 的写法保持一致。',
  MountFromNoEquivalent:
    'RUN --mount from={source} 在builder 模式中没有对应的写法：17.05 之前还没有 --mount。保留为指向镜像 {image}（需要 BuildKit）。',
  CopyLinkNoEquivalent:
    'COPY --link 在builder 模式中没有对应的写法：取出文件是构建之前的单独一步。保留了这个参数（BuildKit 在任何 COPY 上都接受它）。',
  OnbuildCopyFrom: 'ONBUILD {text} 会在之后以此镜像为基础构建时从 {source} 复制；builder 模式无法提前取出它。保持原样。',
  WildcardExtractsFolder: 'docker cp 不展开通配符：{path} 从取出的文件夹 {folder} 中获取。',
  CopyPathVariable: '复制的路径 {path} 用到了变量，Dockerfile 会展开它，但 docker cp 不会；保持原样。',
  CreateNeedsCommand: '阶段 {stage} 没有 CMD 或 ENTRYPOINT，所以 docker create 使用一个占位命令（“{command}”）；它从不运行。',
  ContextCopyIncludesExtracted:
    '“{text}”复制整个构建上下文，而在builder 模式中，上下文里还包含这次构建之前取出的文件。',
  InvalidProject: '“{project}”不是有效的镜像名（只能用小写字母、数字、.、_、-、/）；改用 {used}。',
  ControlCharacterInName: '“{name}”里有控制字符（比如换行），写进文件就会另起一行；所以什么都没有写。请给它改个名字。',
  BuildArgUndeclared:
    '--build-arg {name} 在 Dockerfile 里没有对应的 ARG，所以这里写出的 docker build 命令都不会带上它（但像代理设置这样的参数，Docker 仍会传给每条 RUN）。',
  FolderCreated: '创建存放取出文件的文件夹 {path}：多阶段构建在阶段之间直接复制，不需要把文件写到任何地方。',
};

/** English words the core puts into some params, in Chinese (other params are the user's own text). */
const ZH_PARAM_WORDS: Readonly<Record<string, string>> = {
  single: '单',
  double: '双',
  loop: '循环',
  condition: '条件',
  case: 'case 分支',
  'command group': '命令组',
  function: '函数',
  block: '代码块',
  '(last stage)': '（最后一个阶段）',
  'left as written (they are read from another folder)': '保持原样（它们从另一个文件夹读取）',
  'the final stage': '最后一个阶段',
};

function zhParams(params: Note['params']): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) {
    const prefixed = typeof v === 'string' ? /^prefixed with (.+)$/.exec(v) : null;
    out[k] = typeof v !== 'string' ? v : prefixed ? `加上前缀 ${prefixed[1]}` : (ZH_PARAM_WORDS[v] ?? v);
  }
  return out;
}

/** A note's message in `language`. */
export function noteText(n: Pick<Note, 'code' | 'params'>, language: Language): string {
  if (language === 'zh') return formatMessage(NOTE_MESSAGES_ZH[n.code] ?? NOTE_MESSAGES[n.code], zhParams(n.params));
  return formatMessage(NOTE_MESSAGES[n.code], n.params);
}
