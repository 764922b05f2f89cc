import type { DocsModel } from '../core/markdown/types';
import type { ShareLink } from '../core/share/makeShareLink';
import type { GroupBy, LayoutDirection, LoadOptions, ViewState, WorkspaceFile } from '../core/types';
import type { PackedModel } from './packModel';

/** Messages from the app to the core worker. Every request carries an id; replies echo it. */
export type WorkerRequest =
  /** With `graph`, the worker goes on to place the graph that plan gives (a 'placed' message), ahead of the page. */
  | { type: 'load'; id: number; files: WorkspaceFile[]; options: LoadOptions; graph?: GraphPlan }
  /** `graph` is a LayoutGraph as JSON text (see graphPlan's layoutText). */
  | { type: 'layout'; id: number; graph: string; direction: LayoutDirection }
  | { type: 'share'; id: number; files: WorkspaceFile[]; view: ViewState; base: string; includeSecrets: boolean };

export type WorkerResponse =
  /** The model travels as JSON texts (see packModel). */
  | { type: 'loaded'; id: number; model: PackedModel; docs: DocsModel; elapsed_ms: number }
  /**
   * Layouts travel as JSON text (a LayoutResult), like the model: at a thousand services the page
   * parsed the text in 4-11 ms where structured clone took 12-64 ms to rebuild the same objects.
   */
  | { type: 'laid-out'; id: number; layoutText: string; elapsed_ms: number }
  /** After a load with a graph plan, unasked: the quick placement of that graph, under its layout key. */
  | { type: 'placed'; id: number; key: string; quickText: string }
  | { type: 'shared'; id: number; share: ShareLink; elapsed_ms: number }
  | { type: 'failed'; id: number; message: string };

/** Everything besides the model and docs that decides which boxes and edges the graph has. */
export interface GraphShape {
  groupBy: GroupBy;
  showInactive: boolean;
  /** The service whose neighbourhood alone is shown, if any. */
  focus: string | null;
  /** Group ids drawn collapsed. */
  collapsed: string[];
  showVolumes: boolean;
}

/**
 * The shape and the direction: all a layout depends on. It is plain data so that it can travel
 * with a load: the worker then places the graph the page is about to draw while the page is
 * still unpacking the model, and both build that graph with `graphFor`, so they agree on the
 * layout's key (`layoutKey`).
 */
export interface GraphPlan extends GraphShape {
  direction: LayoutDirection;
}

export interface LayoutNode {
  id: string;
  width: number;
  height: number;
  /** The group (compound node) this node sits in; groups are nodes too, listed before their members. */
  parent?: string;
  /** A group keeps this much room above its members for its header. */
  header?: number;
}

export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
  /** Size of the label box, so the layout leaves room for it and labels never overlap. */
  label?: { width: number; height: number };
}

/** What the layout engine needs: boxes (some inside others) and the edges between them. */
export interface LayoutGraph {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
}

export interface Point {
  x: number;
  y: number;
}

/**
 * Where everything goes. Node positions are relative to the node's parent, as xyflow wants
 * them for `parentId`; groups also get their size. Edge routes and label centres are absolute.
 */
export interface LayoutResult {
  nodes: Record<string, Point & { width?: number; height?: number }>;
  edges: Record<string, { points: Point[]; label?: Point }>;
}
