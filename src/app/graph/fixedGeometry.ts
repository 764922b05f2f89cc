import { Position, type NodeHandle } from '@xyflow/react';
import type { LayoutDirection } from '../../core/types';

/**
 * Size and handle positions for a node whose box the layout already fixed. xyflow otherwise
 * watches every node with a ResizeObserver and reads its box and handles back from the DOM
 * (a forced layout per node): at a thousand nodes that alone is a long task. Handles sit in
 * the middle of the side the edges leave from, where the node draws them.
 */
export function fixedGeometry(
  width: number,
  height: number,
  direction: LayoutDirection,
): { measured: { width: number; height: number }; handles: NodeHandle[] } {
  const horizontal = direction === 'LR';
  const handles: NodeHandle[] = horizontal
    ? [
        { type: 'target', position: Position.Left, x: 0, y: height / 2, width: 1, height: 1 },
        { type: 'source', position: Position.Right, x: width - 1, y: height / 2, width: 1, height: 1 },
      ]
    : [
        { type: 'target', position: Position.Top, x: width / 2, y: 0, width: 1, height: 1 },
        { type: 'source', position: Position.Bottom, x: width / 2, y: height - 1, width: 1, height: 1 },
      ];
  return { measured: { width, height }, handles };
}

type Geometry = ReturnType<typeof fixedGeometry>;

/**
 * `fixedGeometry` by size, for one pass over a graph: a big graph's nodes mostly share one size,
 * so they share one geometry object instead of each allocating four. xyflow only reads it.
 */
export class GeometryCache {
  private bySize = new Map<number, Map<number, Geometry>>();

  constructor(private direction: LayoutDirection) {}

  get(width: number, height: number): Geometry {
    let byHeight = this.bySize.get(width);
    if (!byHeight) this.bySize.set(width, (byHeight = new Map()));
    let geometry = byHeight.get(height);
    if (!geometry) byHeight.set(height, (geometry = fixedGeometry(width, height, this.direction)));
    return geometry;
  }
}
