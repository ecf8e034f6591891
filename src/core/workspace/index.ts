/** The workspace's files: their one type, their kinds, which one the graph shows, and their names. */
export { fileKind, isDockerfile, type FileKind, type WorkspaceFile } from './files.ts';
export { graphFileIndex } from './graphFile.ts';
export { freeName, nameError, repairFiles, UNTITLED, type FileNameError } from './names.ts';
