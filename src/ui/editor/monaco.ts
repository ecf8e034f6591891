/**
 * Monaco, bundled (never from a CDN): the slim editor core, its features, our Dockerfile
 * grammar, Monaco's own shell grammar (for build.sh), its web worker, and two themes that follow
 * the app's palette. Both grammars are registered eagerly: a file's colours never arrive late.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { conf as shellConfiguration, language as shellLanguage } from 'monaco-editor/languages/definitions/shell/shell.js';
import type { FileKind } from '../../core/workspace/index.ts';
import { dockerfileConfiguration, dockerfileLanguage } from './dockerfileLanguage.ts';
import { registerLanguageFeatures } from './language/index.ts';

declare global {
  // eslint-disable-next-line no-var
  var MonacoEnvironment: monaco.Environment | undefined;
}

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

monaco.languages.register({ id: 'dockerfile', aliases: ['Dockerfile'], filenames: ['Dockerfile'], extensions: ['.dockerfile'] });
monaco.languages.setMonarchTokensProvider('dockerfile', dockerfileLanguage);
monaco.languages.setLanguageConfiguration('dockerfile', dockerfileConfiguration);
registerLanguageFeatures(monaco);
monaco.languages.register({ id: 'shell', aliases: ['Shell', 'sh'], extensions: ['.sh'] });
monaco.languages.setMonarchTokensProvider('shell', shellLanguage);
monaco.languages.setLanguageConfiguration('shell', shellConfiguration);

/** The Monaco language of a workspace file's kind (core/workspace/files.ts). */
export const LANGUAGE_OF: Readonly<Record<FileKind, string>> = { dockerfile: 'dockerfile', script: 'shell' };

monaco.editor.defineTheme('stagecraft-light', {
  base: 'vs',
  inherit: true,
  rules: [
    { token: 'attribute.name', foreground: '8a3ffc' },
    { token: 'attribute.value', foreground: '005d5d' },
    { token: 'string.heredoc', foreground: '6f4e00' },
    { token: 'string.heredoc.delimiter', foreground: 'a2191f', fontStyle: 'bold' },
    { token: 'metatag', foreground: '6f6f6f', fontStyle: 'italic' },
  ],
  colors: {},
});
monaco.editor.defineTheme('stagecraft-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [
    { token: 'attribute.name', foreground: 'be95ff' },
    { token: 'attribute.value', foreground: '3ddbd9' },
    { token: 'string.heredoc', foreground: 'f1c21b' },
    { token: 'string.heredoc.delimiter', foreground: 'ff8389', fontStyle: 'bold' },
    { token: 'metatag', foreground: 'a8a8a8', fontStyle: 'italic' },
  ],
  colors: {},
});

/** Test hook: lets e2e check a grammar's tokens (the Dockerfile one unless named) without scraping the DOM. */
(globalThis as { __stagecraftTokenize?: (text: string, language?: string) => string[][] }).__stagecraftTokenize = (text, language = 'dockerfile') =>
  monaco.editor.tokenize(text, language).map((line) => line.map((t) => `${t.offset}:${t.type}`));

export { monaco };
