// Monaco ships its Monarch grammars without type declarations.
declare module 'monaco-editor/languages/definitions/shell/shell.js' {
  import type { languages } from 'monaco-editor/editor';
  export const conf: languages.LanguageConfiguration;
  export const language: languages.IMonarchLanguage;
}
