/** Share: the workspace model and its permalink codec (pure; runs in Node and the browser). */
export * from './workspace.ts';
export * from './codec.ts';
export { validateWorkspace } from './validate.ts';
