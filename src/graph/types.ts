import type { GroupBy, LayoutDirection } from '../core/types';

// What the graph layer hands the layout engine and gets back, and what decides a graph's shape.
// The worker's protocol carries these (src/worker/protocol.ts); they are plain data.

/** Everything besides the model and docs that decides which boxes and edges the graph has. */
export interface GraphShape {
  groupBy: GroupBy;
  showInactive: boolean;
  /** Networks left out (ViewState's `filters.hiddenNetworks`). */
  hiddenNetworks: string[];
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
  /**
   * A new stack whose direction nobody chose: the worker lays it out in the direction that draws
   * it biggest in a pane this size (bestDirection), and says which with the model.
   */
  fitTo?: { width: number; height: number };
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
