import { getViewportForBounds, type Rect } from '@xyflow/react';
import { exportElementAsPng, exportElementAsSvg } from '../export/exportImage';

const PADDING = 24;
const MAX_SIDE = 4096;

/**
 * The whole graph, not just what is in view, following xyflow's "download image" recipe:
 * frame the nodes' bounds (absolute, from `useReactFlow().getNodesBounds`) and render the viewport element with that transform.
 */
export async function exportGraph(container: HTMLElement, bounds: Rect, format: 'png' | 'svg', fileName: string): Promise<void> {
  const viewport = container.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport || bounds.width === 0) return;
  // Natural size at zoom 1, shrunk only when it would make an unreasonably large picture.
  const scale = Math.min(1, MAX_SIDE / Math.max(bounds.width + 2 * PADDING, bounds.height + 2 * PADDING));
  const width = Math.ceil((bounds.width + 2 * PADDING) * scale);
  const height = Math.ceil((bounds.height + 2 * PADDING) * scale);
  const frame = getViewportForBounds(bounds, width, height, 0.05, 2, `${PADDING}px`);
  const options = {
    width,
    height,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${frame.x}px, ${frame.y}px) scale(${frame.zoom})` },
  };
  if (format === 'png') await exportElementAsPng(viewport, fileName, options);
  else await exportElementAsSvg(viewport, fileName, options);
}
