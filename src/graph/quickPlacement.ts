import type { LayoutDirection } from '../core/types';
import type { LayoutGraph, LayoutResult } from './types';

const GAP_ALONG = 90;
const GAP_ACROSS = 36;
const PAD = 16;

/**
 * A cheap layered placement (longest path from the nodes nothing points at), shown at once while
 * the real layout engine works in the worker. Groups are placed inside out: members first, then
 * the group as one box among its siblings. Linear in nodes + edges.
 */
export function quickPlacement(graph: LayoutGraph, direction: LayoutDirection): LayoutResult {
  const result: LayoutResult = { nodes: {}, edges: {} };
  const size = new Map(graph.nodes.map((n) => [n.id, { width: n.width, height: n.height }]));
  const parentOf = new Map<string, string>();
  const children = new Map<string, string[]>([['', []]]);
  for (const n of graph.nodes) {
    if (n.parent) parentOf.set(n.id, n.parent);
    const list = children.get(n.parent ?? '') ?? [];
    list.push(n.id);
    children.set(n.parent ?? '', list);
  }
  const header = new Map(graph.nodes.filter((n) => n.header !== undefined).map((n) => [n.id, n.header!]));
  // Deepest groups first, so a group's size is known before its parent places it.
  const depth = (id: string): number => (parentOf.has(id) ? 1 + depth(parentOf.get(id)!) : 0);
  const containers = [...children.keys()].filter((c) => c !== '').sort((a, b) => depth(b) - depth(a));
  for (const container of [...containers, '']) {
    const ids = children.get(container) ?? [];
    const top = container ? (header.get(container) ?? 0) + 12 + PAD : 0;
    const inset = container ? PAD : 0;
    const placed = placeLayers(ids, liftEdges(graph, ids, parentOf), size, direction);
    let right = 0;
    let bottom = 0;
    for (const id of ids) {
      const p = placed.get(id)!;
      const s = size.get(id)!;
      result.nodes[id] = { ...result.nodes[id], x: p.x + inset, y: p.y + top };
      right = Math.max(right, p.x + inset + s.width);
      bottom = Math.max(bottom, p.y + top + s.height);
    }
    if (container && ids.length) {
      const box = { width: right + PAD, height: bottom + PAD };
      size.set(container, box);
      result.nodes[container] = { ...(result.nodes[container] ?? { x: 0, y: 0 }), ...box };
    }
  }
  return result;
}

// Down, up, down, up: most of what barycentric ordering gains, it gains in the first few sweeps.
const SWEEPS = 4;

/**
 * Orders each layer by the barycentre of its neighbours' places in the layers next to it (the
 * classic heuristic elk's own crossing minimisation starts from), sweeping down and back up.
 * Fewer crossings in the quick placement, and an order close to elk's, so that elk's layout
 * moves nodes less when it replaces this one; elk also starts its own ordering from it.
 */
export function orderLayers(layers: string[][], edges: [string, string][]): void {
  // Indices and typed arrays rather than maps of names: this runs on the page, for every node.
  const index = new Map<string, number>();
  const ids: string[] = [];
  for (const layer of layers) for (const id of layer) index.set(id, ids.push(id) - 1);
  const count = ids.length;
  const layerOf = new Int32Array(count);
  const place = new Float64Array(count);
  const key = new Float64Array(count);
  const order = layers.map((layer) => layer.map((id) => index.get(id)!));
  const renumber = (layer: number[]) => layer.forEach((node, i) => (place[node] = (i + 0.5) / layer.length));
  order.forEach((layer, l) => {
    for (const node of layer) layerOf[node] = l;
    renumber(layer);
  });
  // Each node's neighbours in earlier layers (`before`) and later ones (`after`), as flat lists.
  const pairs: [number, number][] = [];
  for (const [s, t] of edges) {
    const [a, b] = [index.get(s)!, index.get(t)!];
    if (layerOf[a] !== layerOf[b]) pairs.push(layerOf[a] < layerOf[b] ? [a, b] : [b, a]);
  }
  const adjacency = (side: 0 | 1) => {
    const start = new Int32Array(count + 1);
    for (const pair of pairs) start[pair[side] + 1]++;
    for (let i = 0; i < count; i++) start[i + 1] += start[i];
    const list = new Int32Array(pairs.length);
    const fill = start.slice(0, count);
    for (const pair of pairs) list[fill[pair[side]]++] = pair[1 - side];
    return { start, list };
  };
  const before = adjacency(1);
  const after = adjacency(0);
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    const down = sweep % 2 === 0;
    const { start, list } = down ? before : after;
    for (let k = 1; k < order.length; k++) {
      const layer = order[down ? k : order.length - 1 - k];
      for (const node of layer) {
        const [from, to] = [start[node], start[node + 1]];
        let sum = 0;
        for (let i = from; i < to; i++) sum += place[list[i]];
        key[node] = to > from ? sum / (to - from) : place[node];
      }
      layer.sort((x, y) => key[x] - key[y]);
      renumber(layer);
    }
  }
  order.forEach((layer, l) => layer.forEach((node, i) => (layers[l][i] = ids[node])));
}

/** Edges between siblings, after moving each end up to the sibling that contains it. */
function liftEdges(graph: LayoutGraph, ids: string[], parentOf: Map<string, string>): [string, string][] {
  const siblings = new Set(ids);
  const lift = (id: string): string | null => {
    for (let cur: string | undefined = id; cur; cur = parentOf.get(cur)) if (siblings.has(cur)) return cur;
    return null;
  };
  const out: [string, string][] = [];
  for (const e of graph.edges) {
    const s = lift(e.source);
    const t = lift(e.target);
    if (s && t && s !== t) out.push([s, t]);
  }
  return out;
}

/**
 * The layers a layered layout puts `ids` in, first to last: each node one layer before the
 * furthest it points at (the longest path to a node pointing nowhere). Linear; a cycle is cut
 * where it closes (the checks report it).
 */
export function layersOf(ids: readonly string[], edges: readonly [string, string][]): string[][] {
  const outgoing = new Map<string, string[]>();
  for (const [s, t] of edges) outgoing.set(s, [...(outgoing.get(s) ?? []), t]);
  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (id: string): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return 0;
    visiting.add(id);
    let d = 0;
    for (const next of outgoing.get(id) ?? []) d = Math.max(d, visit(next) + 1);
    visiting.delete(id);
    depth.set(id, d);
    return d;
  };
  ids.forEach(visit);
  const maxDepth = Math.max(0, ...depth.values());
  const layers: string[][] = Array.from({ length: maxDepth + 1 }, () => []);
  for (const id of ids) layers[maxDepth - (depth.get(id) ?? 0)].push(id);
  return ids.length ? layers : [];
}

function placeLayers(
  ids: string[],
  edges: [string, string][],
  size: Map<string, { width: number; height: number }>,
  direction: LayoutDirection,
): Map<string, { x: number; y: number }> {
  const layers = layersOf(ids, edges);
  orderLayers(layers, edges);
  const horizontal = direction === 'LR';
  const out = new Map<string, { x: number; y: number }>();
  let along = 0;
  for (const layer of layers) {
    let across = 0;
    let thickness = 0;
    for (const id of layer) {
      const s = size.get(id)!;
      out.set(id, horizontal ? { x: along, y: across } : { x: across, y: along });
      across += (horizontal ? s.height : s.width) + GAP_ACROSS;
      thickness = Math.max(thickness, horizontal ? s.width : s.height);
    }
    along += thickness + GAP_ALONG;
  }
  return out;
}
