import type { LayoutDirection, Service } from '../core/types';

/** How much bigger the other direction must draw the graph before it is chosen over this one. */
const BETTER_BY = 1.15;
// The quick placement's spacing (quickPlacement): between layers, and between nodes in a layer.
const ALONG = 90;
const ACROSS = 36;
const NODE_WIDTH = 232;

/** A layered graph's proportions: how many layers, and how many nodes the widest holds. */
export interface Layering {
  layers: number;
  widest: number;
}

/**
 * The layers the services fall into along their dependencies, as the layered layouts put them:
 * a service one layer further than the furthest service that needs it. Linear in services and
 * dependencies; a cycle is cut where it closes. Only dependencies among `services` count.
 */
export function layering(services: readonly Service[]): Layering {
  const shown = new Map(services.map((s) => [s.name, s]));
  const layer = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  for (const s of services) {
    for (const d of s.dependsOn) {
      if (!shown.has(d.service) || d.service === s.name) continue;
      const list = dependents.get(d.service) ?? [];
      list.push(s.name);
      dependents.set(d.service, list);
    }
  }
  const visiting = new Set<string>();
  const depth = (name: string): number => {
    const known = layer.get(name);
    if (known !== undefined) return known;
    if (visiting.has(name)) return 0;
    visiting.add(name);
    let d = 0;
    for (const parent of dependents.get(name) ?? []) d = Math.max(d, depth(parent) + 1);
    visiting.delete(name);
    layer.set(name, d);
    return d;
  };
  const sizes = new Map<number, number>();
  for (const s of services) {
    const d = depth(s.name);
    sizes.set(d, (sizes.get(d) ?? 0) + 1);
  }
  return { layers: sizes.size, widest: Math.max(0, ...sizes.values()) };
}

/**
 * The direction that draws a graph of these proportions biggest in a pane of this size, fitted
 * whole: a stack of a few layers of many services reads left to right, a deep and narrow one top
 * to bottom, and a screen held upright leans to the second. The extents are the quick
 * placement's. The current direction stays unless the other is clearly better.
 */
export function bestDirection(shape: Layering, nodeHeight: number, pane: { width: number; height: number }, current: LayoutDirection): LayoutDirection {
  const other: LayoutDirection = current === 'LR' ? 'TB' : 'LR';
  return fitZoom(shape, nodeHeight, pane, other) > fitZoom(shape, nodeHeight, pane, current) * BETTER_BY ? other : current;
}

function fitZoom({ layers, widest }: Layering, nodeHeight: number, pane: { width: number; height: number }, direction: LayoutDirection): number {
  if (!layers) return 0;
  const along = direction === 'LR' ? NODE_WIDTH : nodeHeight;
  const across = direction === 'LR' ? nodeHeight : NODE_WIDTH;
  const length = layers * along + (layers - 1) * ALONG;
  const breadth = widest * across + (widest - 1) * ACROSS;
  const [width, height] = direction === 'LR' ? [length, breadth] : [breadth, length];
  return Math.min(pane.width / width, pane.height / height);
}
