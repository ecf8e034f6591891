/**
 * The contract between the page and the builder-pattern comparison view (src/ui/compare/).
 * The view is derived: it reads the workspace files and the what-if options and converts
 * them with the core (src/core/builder/), it stores nothing but its own UI state
 * (hovered link, image sizes the user typed).
 */
import type { WorkspaceFile } from '../../core/builder/index.ts';

export interface CompareViewProps {
  /** Every file of the workspace (Dockerfile, Dockerfile.build, build.sh, *.Dockerfile …). */
  readonly files: readonly WorkspaceFile[];
  /** The name (in `files`) of the Dockerfile the graph shows: the multi-stage side when no build script is open. */
  readonly dockerfile: string;
  readonly target: string | null;
  readonly buildArgs: Readonly<Record<string, string>>;
  readonly dark: boolean;
  /** Puts a multi-stage Dockerfile converted from the builder pattern into the editor and shows its graph. */
  readonly onOpenAsMultistage: (text: string) => void;
  /** Adds generated builder-pattern files to the workspace. */
  readonly onOpenFiles: (files: readonly WorkspaceFile[]) => void;
  /** Selects a line of a workspace file in the editor. */
  readonly onReveal: (file: string, line: number) => void;
  /** Back to the graph. */
  readonly onClose: () => void;
}
