import { ViewportPortal, type Edge } from '@xyflow/react';
import { memo, useMemo } from 'react';
import type { LayoutDirection } from '../../core/types';
import type { GraphNode, GroupFlowNode, RoutedEdgeData } from '../../graph/buildGraph';
import { middleEllipsis } from './middleEllipsis';
import { useNextTask } from './useNextTask';

type Point = { x: number; y: number };
export type Box = Point & { width: number; height: number };
export type Boxes = ReadonlyMap<string, Box>;

const HEAD = 7;
const NO_EDGES: Edge<RoutedEdgeData>[] = [];
const NO_BOXES: Boxes = new Map();
const NO_LINES = { boxes: NO_BOXES, edges: NO_EDGES, direction: 'LR' as LayoutDirection };
const NO_OVERVIEW = { boxes: NO_BOXES, nodes: null as GraphNode[] | null };

/**
 * Every edge of a big graph as one SVG path per kind, under the nodes. A thousand edges as
 * xyflow components are thousands of elements to create, diff and hit-test on every frame of a
 * pan; as a few long paths they cost one paint. The edges a person is looking at (the selected
 * service's, the hovered one's, those with a problem) are still drawn by xyflow on top.
 */
function BulkEdgesView({
  boxes,
  routed,
  edges,
  direction,
  overview,
  named = false,
  view = null,
  highlighted = NO_EDGES,
}: {
  /** Where the nodes are (absoluteBoxes): the overview's boxes, and the ends of unrouted edges. */
  boxes: Boxes | null;
  /** Whether the edges carry elk's routes: then nodes moving onto elk's places leave them be. */
  routed: boolean;
  edges: Edge<RoutedEdgeData>[];
  direction: LayoutDirection;
  /** Far out on a very big graph the nodes are drawn here too, as boxes, instead of by xyflow. */
  overview: GraphNode[] | null;
  /** Whether the overview's boxes are wide enough on screen to carry their services' names. */
  named?: boolean;
  /** The part of the flow on screen: names are drawn for the boxes in it only. */
  view?: Box | null;
  /** Edges to draw over the rest, highlighted: a selected service's that xyflow cannot draw. */
  highlighted?: Edge<RoutedEdgeData>[];
}) {
  // Drawn in the tasks after the graph changes, not in the one that built it: the overview's
  // boxes in the first, the edges in the second (together, with the garbage collection their
  // strings bring on, they made one task of 50-90 ms at a thousand services).
  const at = boxes ?? NO_BOXES;
  const ends = routed ? NO_BOXES : at;
  const box = useNextTask(
    useMemo(() => ({ boxes: at, nodes: overview }), [at, overview]),
    { initial: NO_OVERVIEW },
  );
  const lines = useNextTask(
    useNextTask(
      useMemo(() => ({ boxes: ends, edges, direction }), [ends, edges, direction]),
      { initial: NO_LINES },
    ),
    { initial: NO_LINES },
  );
  const paths = useMemo(() => bulkPaths(lines.boxes, lines.edges, lines.direction), [lines]);
  const looks = useMemo(() => (box.nodes ? overviewPaths(box.nodes, box.boxes) : []), [box]);
  const names = useMemo(() => (box.nodes && named ? overviewNames(box.nodes, box.boxes, view) : []), [box, named, view]);
  const groupNames = useMemo(() => (box.nodes ? overviewGroupNames(box.nodes, box.boxes) : []), [box]);
  // Not a task late like the rest: they follow the selection, and they are few.
  const lit = useMemo(() => bulkPaths(at, highlighted, direction), [at, highlighted, direction]);
  return (
    <ViewportPortal>
      <svg className="bulk-edges" aria-hidden="true">
        <EdgeGroups paths={paths} />
        {looks.map((p) => (
          <path key={p.className} className={`overview-node ${p.className}`} d={p.d} />
        ))}
        {names.map((n) => (
          <text key={n.id} className="overview-name" x={n.x} y={n.y}>
            {n.text}
          </text>
        ))}
        {groupNames.map((n) => (
          <text key={n.id} className="overview-group-name" x={n.x} y={n.y}>
            {n.text}
          </text>
        ))}
      </svg>
      {lit.length > 0 && (
        <svg className="bulk-edges bulk-edges-lit" aria-hidden="true">
          <EdgeGroups paths={lit} />
        </svg>
      )}
    </ViewportPortal>
  );
}

/** One group per kind of edge: its lines and its arrowheads. */
function EdgeGroups({ paths }: { paths: ReturnType<typeof bulkPaths> }) {
  return paths.map((p) => (
    <g key={p.className} className={`bulk-edge ${p.className}`}>
      <path className="bulk-edge-line" d={p.lines} />
      <path className="bulk-edge-head" d={p.heads} />
    </g>
  ));
}

/** Node boxes as one path per look (plain, with problems, selected, matched; groups; volumes). */
export function overviewPaths(nodes: GraphNode[], boxes: Boxes): { className: string; d: string }[] {
  const byLook = new Map<string, string[]>();
  for (const n of nodes) {
    const b = boxes.get(n.id);
    if (!b) continue;
    let look: string = n.type;
    if (n.type === 'service') {
      const { problems, matched, service } = n.data;
      look = n.selected ? 'is-selected' : matched ? 'is-match' : problems.errors ? 'has-errors' : problems.warnings ? 'has-warnings' : service.active ? 'service' : 'is-inactive';
    }
    const list = byLook.get(look) ?? [];
    list.push(`M${round(b.x)} ${round(b.y)}h${round(b.width)}v${round(b.height)}h${-round(b.width)}Z`);
    byLook.set(look, list);
  }
  // Groups first, so their boxes sit under the services in them.
  return [...byLook]
    .sort(([a], [b]) => Number(b === 'serviceGroup') - Number(a === 'serviceGroup'))
    .map(([className, list]) => ({ className, d: list.join('') }));
}

/** A name drawn in the overview: its node, its text, and where its baseline starts (flow units). */
type OverviewLabel = { id: string; text: string; x: number; y: number };

// Names in the overview are drawn this big (flow units): 12px on screen at a zoom of 0.4.
const NAME_SIZE = 30;

/** Each service box's name, cut in the middle to fit its box (the ends tell similar names apart). */
export function overviewNames(nodes: GraphNode[], boxes: Boxes, view: Box | null = null): OverviewLabel[] {
  const out: OverviewLabel[] = [];
  // A thousand <text>s in one go is a long task; those in view are a few dozen (a pan redraws them).
  const near = view && { x0: view.x, y0: view.y, x1: view.x + view.width, y1: view.y + view.height };
  for (const n of nodes) {
    const b = n.type === 'service' ? boxes.get(n.id) : undefined;
    if (!b) continue;
    if (near && (b.x > near.x1 || b.x + b.width < near.x0 || b.y > near.y1 || b.y + b.height < near.y0)) continue;
    const fits = Math.max(4, Math.floor((b.width - 24) / (NAME_SIZE * 0.6)));
    out.push({ id: n.id, text: middleEllipsis(n.id, fits), x: round(b.x + 12), y: round(b.y + b.height / 2 + NAME_SIZE * 0.35) });
  }
  return out;
}

/** Each group's name at its box's top left corner: a few boxes, named at any zoom (see the CSS). */
export function overviewGroupNames(nodes: GraphNode[], boxes: Boxes): OverviewLabel[] {
  const out: OverviewLabel[] = [];
  for (const n of nodes) {
    const b = n.type === 'serviceGroup' ? boxes.get(n.id) : undefined;
    if (!b) continue;
    const { group, count } = (n as GroupFlowNode).data;
    out.push({ id: n.id, text: `${group.label} (${count})`, x: round(b.x), y: round(b.y) });
  }
  return out;
}

/** Path text per edge kind: each edge's route (elk's once laid out, else a straight line) and its arrowhead. */
export function bulkPaths(
  boxes: Boxes,
  edges: Edge<RoutedEdgeData>[],
  direction: LayoutDirection,
): { className: string; lines: string; heads: string }[] {
  const byKind = new Map<string, { lines: string; heads: string }>();
  const horizontal = direction === 'LR';
  for (const e of edges) {
    let points = e.data?.route;
    if (!points || points.length < 2) {
      const s = boxes.get(e.source);
      const t = boxes.get(e.target);
      if (!s || !t) continue;
      points = horizontal
        ? [{ x: s.x + s.width, y: s.y + s.height / 2 }, { x: t.x, y: t.y + t.height / 2 }]
        : [{ x: s.x + s.width / 2, y: s.y + s.height }, { x: t.x + t.width / 2, y: t.y }];
    }
    const kind = e.className ?? '';
    let entry = byKind.get(kind);
    if (!entry) byKind.set(kind, (entry = { lines: '', heads: '' }));
    // Concatenation, not map/join: at two thousand edges the arrays were most of this function.
    let line = `M${round(points[0].x)} ${round(points[0].y)}`;
    for (let i = 1; i < points.length; i++) line += `L${round(points[i].x)} ${round(points[i].y)}`;
    entry.lines += line;
    if (e.markerEnd) entry.heads += arrowHead(points[points.length - 2], points[points.length - 1]);
  }
  return [...byKind].map(([className, { lines, heads }]) => ({ className, lines, heads }));
}

function arrowHead(from: Point, to: Point): string {
  // Math.sqrt, not Math.hypot: two thousand heads, and hypot measured several times slower.
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.sqrt(dx * dx + dy * dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const bx = to.x - ux * HEAD;
  const by = to.y - uy * HEAD;
  const half = HEAD / 2;
  return 'M' + round(to.x) + ' ' + round(to.y) + 'L' + round(bx - uy * half) + ' ' + round(by + ux * half) + 'L' + round(bx + uy * half) + ' ' + round(by - ux * half) + 'Z';
}

/** Where a node sits relative to its group, and its size. By default, where the node itself says. */
export type PlaceOf = (node: GraphNode, index: number) => Box | null;
const asPlaced: PlaceOf = (n) => ({ x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0 });

/** Node boxes in flow coordinates: `placeOf` gives grouped nodes' positions relative to their group. */
export function absoluteBoxes(nodes: GraphNode[], placeOf: PlaceOf = asPlaced): Map<string, Box> {
  const out = new Map<string, Box>();
  // Most nodes of a big stack are in no group: only groups' members need their parents looked up.
  let indexOf: Map<string, number> | null = null;
  const place = (n: GraphNode, i: number): Box => {
    const known = out.get(n.id);
    if (known) return known;
    let box = placeOf(n, i) ?? { x: 0, y: 0, width: 0, height: 0 };
    const parent = n.parentId ? (indexOf ??= new Map(nodes.map((m, j) => [m.id, j]))).get(n.parentId) : undefined;
    if (parent !== undefined) {
      const origin = place(nodes[parent], parent);
      box = { ...box, x: origin.x + box.x, y: origin.y + box.y };
    }
    out.set(n.id, box);
    return box;
  };
  nodes.forEach((n, i) => place(n, i));
  return out;
}

// Whole flow units: half a unit is a pixel at the closest zoom, and integers print fastest.
const round = (v: number) => Math.round(v);

export const BulkEdges = memo(BulkEdgesView);
