import { BaseEdge, getSmoothStepPath, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { RoutedEdgeData } from '../../graph/buildGraph';
import { labelSize } from '../../graph/toFlowElements';

/**
 * An edge along the route elk chose (bend points, label box reserved by the layout), or a
 * smooth step while only the quick placement is on screen. Labels are plain SVG with a box
 * of estimated size: no per-edge DOM measuring, which matters at a thousand edges.
 */
function RoutedEdgeView(props: EdgeProps<Edge<RoutedEdgeData>>) {
  const { id, data, label, markerEnd, style, interactionWidth } = props;
  let path: string;
  let at: { x: number; y: number };
  if (data?.route && data.route.length >= 2) {
    path = roundedPath(data.route, 6);
    at = data.labelAt ?? midpoint(data.route);
  } else {
    const [d, x, y] = getSmoothStepPath(props);
    path = d;
    at = { x, y };
  }
  const text = typeof label === 'string' ? label : null;
  const box = text ? data?.labelSize ?? labelSize(text) : null;
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={style} interactionWidth={interactionWidth} />
      {data?.problem && (
        <path d={path} className="edge-problem-hit" fill="none" strokeWidth={14}>
          <title>{data.problem.messages.join('\n')}</title>
        </path>
      )}
      {text && box && (
        <g className="routed-edge-label" transform={`translate(${at.x - box.width / 2} ${at.y - box.height / 2})`}>
          <rect width={box.width} height={box.height} rx={4} />
          <text x={box.width / 2} y={box.height / 2} dominantBaseline="central" textAnchor="middle">
            {text}
          </text>
          {data?.problem && <title>{data.problem.messages.join('\n')}</title>}
        </g>
      )}
    </>
  );
}

/** A polyline with its corners rounded, as an SVG path. */
export function roundedPath(points: { x: number; y: number }[], radius: number): string {
  let d = `M ${points[0].x} ${points[0].y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const [a, b, c] = [points[i - 1], points[i], points[i + 1]];
    const r = Math.min(radius, dist(a, b) / 2, dist(b, c) / 2);
    const p = towards(b, a, r);
    const q = towards(b, c, r);
    d += ` L ${p.x} ${p.y} Q ${b.x} ${b.y} ${q.x} ${q.y}`;
  }
  const last = points[points.length - 1];
  return `${d} L ${last.x} ${last.y}`;
}

function dist(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

function towards(from: { x: number; y: number }, to: { x: number; y: number }, r: number) {
  const d = dist(from, to) || 1;
  return { x: from.x + ((to.x - from.x) * r) / d, y: from.y + ((to.y - from.y) * r) / d };
}

function midpoint(points: { x: number; y: number }[]): { x: number; y: number } {
  const a = points[Math.floor((points.length - 1) / 2)];
  const b = points[Math.floor(points.length / 2)];
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

export const RoutedEdge = memo(RoutedEdgeView);
