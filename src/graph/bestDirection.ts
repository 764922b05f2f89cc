import type { LayoutDirection, Model, Service } from '../core/types';
import { servicesFor } from './graphPlan';
import { layersOf } from './quickPlacement';
import { COMPACT_ABOVE, COMPACT_HEIGHT } from './toFlowElements';
import type { GraphPlan } from './types';

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
 * The plan's direction, or, for a new stack whose direction nobody chose (`fitTo`), the one that
 * draws its graph biggest there, judged on its layering (a millisecond or two for a thousand
 * services, so the worker decides it before the model goes to the page). A grouped graph's
 * proportions are its groups', not its layers': it keeps the plan's direction.
 */
export function directionFor(model: Model, plan: GraphPlan): LayoutDirection {
  if (!plan.fitTo || plan.groupBy !== 'none' || plan.showVolumes) return plan.direction;
  const services = servicesFor(model, plan);
  const height = services.length > COMPACT_ABOVE ? COMPACT_HEIGHT : AVERAGE_HEIGHT;
  return bestDirection(layering(services), height, plan.fitTo, plan.direction);
}

// Between a node with ports and one without (nodeHeight).
const AVERAGE_HEIGHT = 76;

/**
 * How the services fall into layers along their dependencies, as the quick placement puts them
 * (layersOf). Only dependencies among `services` count.
 */
export function layering(services: readonly Service[]): Layering {
  const shown = new Set(services.map((s) => s.name));
  const edges: [string, string][] = services.flatMap((s) =>
    s.dependsOn.filter((d) => shown.has(d.service) && d.service !== s.name).map((d): [string, string] => [s.name, d.service]),
  );
  const layers = layersOf(services.map((s) => s.name), edges);
  return { layers: layers.length, widest: Math.max(0, ...layers.map((l) => l.length)) };
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
