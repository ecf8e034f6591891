/**
 * The graph model: what the picture shows, derived from an Analysis and nothing else.
 *
 * Invariants:
 * - One node per stage, one per distinct external image reference, at most one `scratch` node.
 * - Edges point from what is used (a stage or an image) to the stage that uses it, and are merged
 *   per (source, target, kind): `items` lists every instruction that contributes, in line order.
 * - Plain, serialisable data (it crosses worker boundaries); lines are 1-based like the rest of the core.
 */
import type { BuildContext, EdgeKind, CopyPaths } from '../model.ts';

/** Why a stage is not built for the current target (by the builder being shown). */
export type UnbuiltWhy = 'notNeeded' | 'afterTarget';

export interface InstructionLine {
  readonly line: number;
  /** Lower-cased keyword, for styling. */
  readonly keyword: string;
  /** The instruction's logical text as written (continuations joined). */
  readonly text: string;
  /**
   * What it adds to the image, as layers.ts counts it: a layer (RUN, COPY, ADD), a layer because
   * WORKDIR creates the directory, or only metadata (an empty history entry). Absent for FROM/ONBUILD.
   */
  readonly adds?: 'layer' | 'workdir' | 'meta';
}

export interface StageNode {
  readonly kind: 'stage';
  readonly id: string;
  readonly stage: number;
  /** Lower-cased AS name, or null for unnamed stages. */
  readonly name: string | null;
  /** AS name as written, or `stage-N`. */
  readonly label: string;
  /** What the stage starts from, as the FROM line says after ARG expansion. */
  readonly base:
    | { readonly kind: 'image'; readonly ref: string }
    | { readonly kind: 'stage'; readonly stage: number; readonly label: string }
    | { readonly kind: 'scratch' };
  readonly platform: string | null;
  readonly layers: number;
  readonly totalLayers: number | null;
  readonly instructionCount: number;
  readonly instructions: readonly InstructionLine[];
  readonly startLine: number;
  readonly endLine: number;
  readonly isTarget: boolean;
  /** BuildKit builds this stage for the target. */
  readonly reachable: boolean;
  /** The classic builder builds this stage for the target. */
  readonly classicBuilt: boolean;
  /** Why BuildKit skips it (null when it is built). */
  readonly unbuilt: UnbuiltWhy | null;
  /** Why the classic builder skips it (null when it is built). */
  readonly classicUnbuilt: UnbuiltWhy | null;
  /** A named build context that replaces the whole stage (no base edge is drawn). */
  readonly replacedBy?: BuildContext;
  /** Description from the comment above FROM (`# name text`). */
  readonly description?: string;
  /**
   * Estimated image size in bytes from the catalogue (the base image's uncompressed size; the
   * stage's own instructions not counted), null when unknown. Absent in hand-made models.
   */
  readonly sizeBytes?: number | null;
}

export interface ImageNode {
  readonly kind: 'image';
  readonly id: string;
  /** The image reference as the Dockerfile names it (after ARG expansion). */
  readonly ref: string;
  /** A named build context that replaces this image. */
  readonly context?: BuildContext;
}

/** `FROM scratch`: the empty image, no layers, nothing pulled. */
export interface ScratchNode {
  readonly kind: 'scratch';
  readonly id: string;
}

export type GraphNode = StageNode | ImageNode | ScratchNode;

/** One instruction behind a merged edge. */
export interface EdgeItem {
  readonly line: number;
  /** The reference as written (`golang:1.13`, `--from=builder`, `from=cache`). */
  readonly via: string;
  readonly paths?: CopyPaths;
  readonly mountType?: string;
  /** For onbuild edges: what the trigger does and where it was declared. */
  readonly trigger?: { readonly kind: 'copy' | 'mount'; readonly declaredLine: number };
}

export interface GraphEdge {
  readonly id: string;
  readonly kind: EdgeKind;
  /** Node id of what is used. */
  readonly source: string;
  /** Node id of the stage that uses it. */
  readonly target: string;
  /** Index of the stage that uses it (the edge is built exactly when that stage is). */
  readonly stage: number;
  /** Number of instructions merged into this edge (items.length). */
  readonly count: number;
  readonly items: readonly EdgeItem[];
}

export interface GraphModel {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** Index of the target stage, or null. */
  readonly target: number | null;
}

export type Direction = 'DOWN' | 'RIGHT';
