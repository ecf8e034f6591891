/**
 * Monaco, bundled (never from a CDN): the slim editor core, its features, our Dockerfile
 * grammar, its web worker, and two themes that follow the app's palette.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { dockerfileConfiguration, dockerfileLanguage } from './dockerfileLanguage.ts';

declare global {
  // eslint-disable-next-line no-var
  var MonacoEnvironment: monaco.Environment | undefined;
}

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

monaco.languages.register({ id: 'dockerfile', aliases: ['Dockerfile'], filenames: ['Dockerfile'], extensions: ['.dockerfile'] });
monaco.languages.setMonarchTokensProvider('dockerfile', dockerfileLanguage);
monaco.languages.setLanguageConfiguration('dockerfile', dockerfileConfiguration);

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

/** Test hook: lets e2e check the grammar's tokens without scraping the DOM. */
(globalThis as { __stagecraftTokenize?: (text: string) => string[][] }).__stagecraftTokenize = (text) =>
  monaco.editor.tokenize(text, 'dockerfile').map((line) => line.map((t) => `${t.offset}:${t.type}`));

export { monaco };
