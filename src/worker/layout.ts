import type { LayoutDirection } from '../core/types';
import type { LayoutGraph } from './protocol';

type Elk = InstanceType<typeof import('elkjs/lib/elk.bundled.js').default>;
let elk: Promise<Elk> | null = null;

// elkjs is large; load it the first time a graph is laid out, not with the page.
function loadElk(): Promise<Elk> {
  elk ??= import('elkjs/lib/elk.bundled.js').then((m) => {
    // Loaded inside a worker, elk's bundle takes the worker over by assigning self.onmessage;
    // our handler listens with addEventListener, so drop elk's to keep it from answering us.
    (self as unknown as { onmessage: unknown }).onmessage = null;
    return new m.default();
  });
  return elk;
}

/** Lays the graph out with elk's layered algorithm; returns each node's top-left corner. */
export async function layoutGraph(
  graph: LayoutGraph,
  direction: LayoutDirection,
): Promise<Record<string, { x: number; y: number }>> {
  const engine = await loadElk();
  const big = graph.nodes.length > 150;
  const result = await engine.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': direction === 'LR' ? 'RIGHT' : 'DOWN',
      'elk.layered.spacing.nodeNodeBetweenLayers': '90',
      'elk.spacing.nodeNode': '36',
      'elk.spacing.componentComponent': '60',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      // Large stacks: fewer crossing-minimisation sweeps and simple placement keep layout near a second.
      'elk.layered.thoroughness': big ? '1' : '7',
      'elk.layered.nodePlacement.strategy': big ? 'SIMPLE' : 'NETWORK_SIMPLEX',
    },
    children: graph.nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })),
    edges: graph.edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  });
  const positions: Record<string, { x: number; y: number }> = {};
  for (const child of result.children ?? []) positions[child.id] = { x: child.x ?? 0, y: child.y ?? 0 };
  return positions;
}
