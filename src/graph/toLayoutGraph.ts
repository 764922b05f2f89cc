import type { LayoutGraph } from './types';
import { GROUP_HEADER, type BuiltGraph } from './buildGraph';
import { NODE_WIDTH } from './toFlowElements';

// Past this many edges, labels would be a carpet of "started"/"healthy": colours and the legend
// carry the kind, and elk is spared a label box per edge.
export const LABEL_LIMIT = 300;

export function showsLabels(graph: BuiltGraph): boolean {
  return graph.edges.length <= LABEL_LIMIT;
}

/** The boxes and edges elk (and the quick placement) lay out, in the order xyflow draws them. */
export function toLayoutGraph(graph: BuiltGraph): LayoutGraph {
  const labels = showsLabels(graph);
  return {
    nodes: graph.nodes.map((n) => ({
      id: n.id,
      width: n.width ?? NODE_WIDTH,
      height: n.height ?? 64,
      ...(n.parentId ? { parent: n.parentId } : {}),
      ...(n.type === 'serviceGroup' && !n.data.collapsed ? { header: GROUP_HEADER } : {}),
    })),
    edges: graph.edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      ...(labels && e.data?.labelSize ? { label: e.data.labelSize } : {}),
    })),
  };
}
