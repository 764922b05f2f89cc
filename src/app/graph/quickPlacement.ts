import type { Edge } from '@xyflow/react';
import type { LayoutDirection } from '../../core/types';
import { NODE_WIDTH } from './toFlowElements';

/**
 * A cheap layered placement (longest path from the services nothing depends on), shown at once
 * while the real layout engine works in the worker. Linear in nodes + edges.
 */
export function quickPlacement(
  ids: string[],
  edges: Edge[],
  direction: LayoutDirection,
): Record<string, { x: number; y: number }> {
  const outgoing = new Map<string, string[]>();
  for (const e of edges) outgoing.set(e.source, [...(outgoing.get(e.source) ?? []), e.target]);
  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (id: string): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return 0; // a cycle: the checks report it; placement just stops here
    visiting.add(id);
    const d = Math.max(-1, ...(outgoing.get(id) ?? []).map(visit)) + 1;
    visiting.delete(id);
    depth.set(id, d);
    return d;
  };
  ids.forEach(visit);
  const maxDepth = Math.max(0, ...depth.values());
  const rows = new Map<number, number>();
  const positions: Record<string, { x: number; y: number }> = {};
  for (const id of ids) {
    const layer = maxDepth - (depth.get(id) ?? 0);
    const index = rows.get(layer) ?? 0;
    rows.set(layer, index + 1);
    const along = layer * (NODE_WIDTH + 90);
    const across = index * 120;
    positions[id] = direction === 'LR' ? { x: along, y: across } : { x: across * 2.1, y: along * 0.6 };
  }
  return positions;
}
