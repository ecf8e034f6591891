/**
 * The Dockerfile editor's language features, registered once with Monaco (monaco.ts), all of
 * them once the first graph is on screen and the page is idle:
 * - from our engine: stage definition, references, highlights, rename; completion of
 *   stages, catalog images, flags and their values, and ARG/ENV names in scope; $VAR → its
 *   ARG/ENV; the outline (small: the engine is already in the page);
 * - rcjsuen's language service (service.ts, its own chunk, imported then, which starts the
 *   service's Web Worker), so the first screen never waits for it.
 */
import type * as Monaco from 'monaco-editor/editor';
import { registerFlagCompletion } from './flagCompletion.ts';
import { registerOutlineSymbols } from './outlineSymbols.ts';
import { registerStageCompletion } from './stageCompletion.ts';
import { registerStageNavigation } from './stageNavigation.ts';
import { registerStageRename } from './stageRename.ts';
import { registerVariableFeatures } from './variableFeatures.ts';

type Hooks = { __stagecraftLanguageService?: { readonly nodesOnScreen: number } };

export function registerLanguageFeatures(monaco: typeof Monaco): void {
  void afterFirstGraph().then(async () => {
    // Not before: Monaco asks the outline and highlight providers as soon as a model is on screen,
    // and each answer analyses the text again; the first graph must not wait for that (measured:
    // +16 % on the cold-load median when registered at once).
    registerStageNavigation(monaco);
    registerStageRename(monaco);
    registerStageCompletion(monaco);
    registerFlagCompletion(monaco);
    registerVariableFeatures(monaco);
    registerOutlineSymbols(monaco);
    const { registerLanguageService } = await import('./service.ts');
    registerLanguageService(monaco);
    // Test hook: e2e checks the service arrived, and that the graph was painted before it.
    (globalThis as Hooks).__stagecraftLanguageService = { nodesOnScreen: document.querySelectorAll('.react-flow__node').length };
  });
}

/**
 * Resolves once a graph node is in the page (or after 4 s: an empty workspace has none), two frames
 * have been painted since, and the page is idle. A node in the DOM is not yet a painted graph (React
 * Flow shows nodes once measured, a frame later): work done before then (an idle callback may run
 * between frames) would hold the first paint back.
 */
function afterFirstGraph(): Promise<void> {
  const painted = (): Promise<void> =>
    new Promise((done) => ('requestAnimationFrame' in globalThis ? requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0))) : setTimeout(done, 0)));
  const idle = (): Promise<void> =>
    painted().then(() => new Promise((done) => ('requestIdleCallback' in globalThis ? requestIdleCallback(() => done(), { timeout: 2000 }) : setTimeout(done, 200))));
  if (document.querySelector('.react-flow__node')) return idle();
  return new Promise<void>((done) => {
    const stop = (): void => {
      observer.disconnect();
      clearTimeout(timer);
      done();
    };
    const observer = new MutationObserver(() => {
      if (document.querySelector('.react-flow__node')) stop();
    });
    const timer = setTimeout(stop, 4000);
    observer.observe(document.body, { childList: true, subtree: true });
  }).then(idle);
}
