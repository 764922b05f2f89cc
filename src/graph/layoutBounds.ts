import type { LayoutGraph, LayoutResult } from './types';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The box around everything a placed graph draws: its top-level boxes (groups hold their
 * members), the edge routes, which may swing wide of the boxes around a layer, and the edge
 * labels, which elk puts beside a route and so can stick out past it. Framing the boxes alone
 * cut a label off at the edge of the screen. Null when nothing is placed.
 */
export function layoutBounds(graph: LayoutGraph, placed: LayoutResult): Bounds | null {
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  const add = (x0: number, y0: number, x1: number, y1: number) => {
    if (x0 < left) left = x0;
    if (y0 < top) top = y0;
    if (x1 > right) right = x1;
    if (y1 > bottom) bottom = y1;
  };
  for (const n of graph.nodes) {
    const box = placed.nodes[n.id];
    if (n.parent || !box) continue;
    add(box.x, box.y, box.x + (box.width ?? n.width), box.y + (box.height ?? n.height));
  }
  for (const e of graph.edges) {
    const route = placed.edges[e.id];
    if (!route) continue;
    for (const p of route.points) add(p.x, p.y, p.x, p.y);
    if (route.label && e.label) {
      const { x, y } = route.label;
      const { width, height } = e.label;
      add(x - width / 2, y - height / 2, x + width / 2, y + height / 2);
    }
  }
  return right > left ? { x: left, y: top, width: right - left, height: bottom - top } : null;
}
