import type { LayoutDirection } from '../../core/types';
import type { LayoutGraph, LayoutResult } from '../../worker/protocol';

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

function placeLayers(
  ids: string[],
  edges: [string, string][],
  size: Map<string, { width: number; height: number }>,
  direction: LayoutDirection,
): Map<string, { x: number; y: number }> {
  const outgoing = new Map<string, string[]>();
  for (const [s, t] of edges) outgoing.set(s, [...(outgoing.get(s) ?? []), t]);
  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (id: string): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return 0; // a cycle: the checks report it; placement just stops here
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
