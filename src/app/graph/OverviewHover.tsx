import { useReactFlow } from '@xyflow/react';
import { useEffect, useState, type RefObject } from 'react';
import type { GraphNode } from '../../graph/buildGraph';

type Box = { x: number; y: number; width: number; height: number };

/**
 * In the overview services are drawn boxes, too small to carry their names: the one under the
 * pointer is named in a small label beside it. Its own component, listening on the graph's
 * element, so a pointer moving over the graph re-renders this label and nothing else.
 */
export function OverviewHover({
  container,
  boxes,
  nodes,
}: {
  container: RefObject<HTMLDivElement | null>;
  boxes: Map<string, Box> | null;
  nodes: GraphNode[];
}) {
  const flow = useReactFlow();
  const [hit, setHit] = useState<{ name: string; detail: string; x: number; y: number } | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element || !boxes) {
      setHit(null);
      return;
    }
    const services = nodes.filter((n) => n.type === 'service');
    let frame = 0;
    const onMove = (event: PointerEvent) => {
      cancelAnimationFrame(frame);
      // At most one hit test per frame, however fast the pointer moves.
      frame = requestAnimationFrame(() => {
        const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
        const node = services.find((n) => contains(boxes.get(n.id), at));
        if (!node || node.type !== 'service') return setHit(null);
        const rect = element.getBoundingClientRect();
        const { service } = node.data;
        setHit({ name: service.name, detail: service.image ?? service.role ?? '', x: event.clientX - rect.left, y: event.clientY - rect.top });
      });
    };
    const onLeave = () => {
      cancelAnimationFrame(frame);
      setHit(null);
    };
    element.addEventListener('pointermove', onMove);
    element.addEventListener('pointerleave', onLeave);
    return () => {
      cancelAnimationFrame(frame);
      element.removeEventListener('pointermove', onMove);
      element.removeEventListener('pointerleave', onLeave);
    };
  }, [container, boxes, nodes, flow]);

  if (!hit) return null;
  return (
    <div className="graph-float overview-hover" role="tooltip" style={{ left: hit.x + 14, top: hit.y + 14 }}>
      <strong>{hit.name}</strong>
      {hit.detail && <span>{hit.detail}</span>}
    </div>
  );
}

export function contains(box: Box | undefined, p: { x: number; y: number }): boolean {
  return !!box && p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height;
}
