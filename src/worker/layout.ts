import { layoutKey } from '../graph/graphPlan';
import { quickPlacement } from '../graph/quickPlacement';
import type { LayoutDirection } from '../core/types';
import type { LayoutGraph, LayoutResult, Point } from '../graph/types';

type Elk = InstanceType<typeof import('elkjs/lib/elk.bundled.js').default>;
type ElkNode = import('elkjs/lib/elk.bundled.js').ElkNode;
type ElkExtendedEdge = import('elkjs/lib/elk.bundled.js').ElkExtendedEdge;
let elk: Promise<Elk> | null = null;

// elkjs is large; load it the first time a graph is laid out, not with the page.
function loadElk(): Promise<Elk> {
  elk ??= import('elkjs/lib/elk.bundled.js').then((m) => {
    // Loaded inside a worker, elk's bundle takes the worker over by assigning self.onmessage;
    // our handler listens with addEventListener, so drop elk's to keep it from answering us.
    (globalThis as unknown as { onmessage: unknown }).onmessage = null;
    return new m.default();
  });
  return elk;
}

// Switching groupings, collapsing and re-expanding, toggling volumes: the same shapes come back,
// and a big stack costs a second of elk each time. Keyed by the request's own text, and holding
// the answer as the text the page is sent, so a repeat is not stringified again.
const CACHE_SIZE = 24;
const cache = new Map<string, Promise<string>>();

/**
 * Lays the graph (a LayoutGraph as JSON text) out with elk's layered algorithm, hierarchical
 * when there are groups; the LayoutResult comes as JSON text. `parsed` is the graph's text
 * parsed, when the caller has it already.
 */
export function layoutGraph(graphText: string, direction: LayoutDirection, parsed?: LayoutGraph): Promise<string> {
  const key = layoutKey(graphText, direction);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const pending = runElk(graphText, direction, parsed);
  cache.set(key, pending);
  pending.catch(() => cache.delete(key));
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return pending;
}

async function runElk(graphText: string, direction: LayoutDirection, parsed?: LayoutGraph): Promise<string> {
  const engine = await loadElk();
  const seed = (graph: LayoutGraph) => placeQuickly(graphText, graph, direction);
  const result = await engine.layout(toElkGraph(parsed ?? (JSON.parse(graphText) as LayoutGraph), direction, seed));
  return JSON.stringify(fromElkGraph(result));
}

// The last quick placement made here: a load places its graph ahead for the page (see the
// worker's placeAhead), and elk's seed for that graph, requested next, is the same placement.
let placed: { key: string; quick: LayoutResult } | null = null;

/** The quick placement of the graph (given as text and parsed), made once per graph. */
export function placeQuickly(graphText: string, graph: LayoutGraph, direction: LayoutDirection): LayoutResult {
  const key = layoutKey(graphText, direction);
  if (placed?.key !== key) placed = { key, quick: quickPlacement(graph, direction) };
  return placed.quick;
}

// Above this many nodes, elk trades some polish for time (see the options below).
const BIG = 150;

export function toElkGraph(
  graph: LayoutGraph,
  direction: LayoutDirection,
  placeQuick: (graph: LayoutGraph) => LayoutResult = (g) => quickPlacement(g, direction),
): ElkNode {
  const big = graph.nodes.length > BIG;
  // A big flat graph starts from the quick placement's order (barycentric, as the page shows it)
  // instead of elk's own sweeps: about 15% of elk's time, for a few percent more crossings, and
  // the nodes keep their order when elk's layout replaces the quick one. Groups keep elk's own.
  const seed = big && !graph.nodes.some((n) => n.parent || n.header !== undefined) ? placeQuick(graph) : null;
  const root: ElkNode = {
    id: '__root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': direction === 'LR' ? 'RIGHT' : 'DOWN',
      'elk.layered.spacing.nodeNodeBetweenLayers': '80',
      'elk.spacing.nodeNode': '36',
      'elk.spacing.edgeLabel': '4',
      'elk.spacing.componentComponent': '60',
      // Keeping the files' order is a nicety that costs about 4x on big graphs.
      'elk.layered.considerModelOrder.strategy': big ? 'NONE' : 'NODES_AND_EDGES',
      'elk.edgeLabels.placement': 'CENTER',
      // Routes and label positions in one frame (the root's), whatever group an edge crosses.
      'elk.json.edgeCoords': 'ROOT',
      // One pass over the whole hierarchy; on flat graphs it also measured faster than the default.
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      // Large stacks: fewer crossing-minimisation sweeps and simple placement keep layout near a second.
      'elk.layered.thoroughness': big ? '1' : '7',
      'elk.layered.nodePlacement.strategy': big ? 'SIMPLE' : 'NETWORK_SIMPLEX',
      // Orthogonal routing is most of elk's time on big graphs (about 3x at a thousand nodes);
      // straight segments between layers read as well when zoomed out that far.
      ...(big ? { 'elk.edgeRouting': 'POLYLINE' } : {}),
      // The greedy-switch pass after crossing minimisation is quadratic in a layer's size: on a
      // layer of 60 services it is 10-20% of the layout for a few crossings fewer.
      ...(big ? { 'elk.layered.crossingMinimization.greedySwitch.type': 'OFF' } : {}),
      // Longest-path layering is linear where network simplex is not (a third of elk's time at a
      // thousand nodes); it puts every service nothing depends on in the first layer and every
      // data store in the last, which is how a dependency graph reads anyway.
      ...(big ? { 'elk.layered.layering.strategy': 'LONGEST_PATH' } : {}),
      ...(seed ? { 'elk.layered.crossingMinimization.strategy': 'INTERACTIVE' } : {}),
    },
    children: [],
    edges: [],
  };
  const byId = new Map<string, ElkNode>([[root.id, root]]);
  for (const n of graph.nodes) {
    const node: ElkNode = { id: n.id, width: n.width, height: n.height, ...seed?.nodes[n.id] };
    if (n.header !== undefined) {
      node.layoutOptions = { 'elk.padding': `[top=${n.header + 12},left=16,bottom=16,right=16]` };
      node.children = [];
    }
    byId.set(n.id, node);
    const parent = (n.parent && byId.get(n.parent)) || root;
    (parent.children ??= []).push(node);
  }
  // An empty group would be laid out as a zero box; give it its own size instead.
  for (const n of graph.nodes) {
    const node = byId.get(n.id)!;
    if (node.children && node.children.length === 0) delete node.children;
  }
  root.edges = graph.edges
    .filter((e) => byId.has(e.source) && byId.has(e.target))
    .map<ElkExtendedEdge>((e) => ({
      id: e.id,
      sources: [e.source],
      targets: [e.target],
      labels: e.label ? [{ id: `${e.id}#label`, text: ' ', width: e.label.width, height: e.label.height }] : undefined,
    }));
  return root;
}

export function fromElkGraph(root: ElkNode): LayoutResult {
  const result: LayoutResult = { nodes: {}, edges: {} };
  const visit = (node: ElkNode) => {
    for (const child of node.children ?? []) {
      const box: LayoutResult['nodes'][string] = { x: child.x ?? 0, y: child.y ?? 0 };
      if (child.children?.length) {
        box.width = child.width;
        box.height = child.height;
      }
      result.nodes[child.id] = box;
      visit(child);
    }
    for (const edge of node.edges ?? []) {
      const points: Point[] = [];
      for (const s of edge.sections ?? []) points.push(s.startPoint, ...(s.bendPoints ?? []), s.endPoint);
      const label = edge.labels?.[0];
      result.edges[edge.id] = {
        points: points.map((p) => ({ x: p.x, y: p.y })),
        label:
          label?.x !== undefined && label.y !== undefined
            ? { x: label.x + (label.width ?? 0) / 2, y: label.y + (label.height ?? 0) / 2 }
            : undefined,
      };
    }
  };
  visit(root);
  return result;
}
