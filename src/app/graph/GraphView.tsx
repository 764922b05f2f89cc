import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type Edge,
  type NodeMouseHandler,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { focusSet } from '../../core/analysis/focus';
import { coreClient } from '../coreClient';
import { selectShown, useAppStore, type AppState } from '../store';
import { GraphLegend } from './GraphLegend';
import { quickPlacement } from './quickPlacement';
import { ServiceNode } from './ServiceNode';
import { toFlowElements, type ServiceFlowNode } from './toFlowElements';

const nodeTypes = { service: ServiceNode };

const selectGraphInputs = (s: AppState) => ({
  shown: selectShown(s),
  view: s.view,
  select: s.select,
});

type Positions = Record<string, { x: number; y: number }>;

function GraphCanvas() {
  const { shown, view, select } = useAppStore(useShallow(selectGraphInputs));
  const flow = useReactFlow();
  const model = shown?.model ?? null;

  const focus = useMemo(() => {
    if (!model || !view.filters.focus || !model.services.some((s) => s.name === view.filters.focus)) return null;
    const set = focusSet(model, view.filters.focus);
    return new Set([view.filters.focus, ...set.needs, ...set.neededBy]);
  }, [model, view.filters.focus]);

  const { nodes, edges } = useMemo(
    () => (model ? toFlowElements(model, view, focus) : { nodes: [], edges: [] }),
    [model, view, focus],
  );

  // Layout depends only on the graph's shape and the direction, not on selection or search.
  const shapeKey = useMemo(
    () => `${view.direction}|${nodes.map((n) => `${n.id}:${n.height}`).join(',')}|${edges.map((e) => e.id).join(',')}`,
    [nodes, edges, view.direction],
  );
  const [laidOut, setLaidOut] = useState<{ key: string; positions: Positions } | null>(null);

  useEffect(() => {
    let current = true;
    const graph = {
      nodes: nodes.map((n) => ({ id: n.id, width: n.width ?? 232, height: n.height ?? 64 })),
      edges: edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
    };
    coreClient
      .layout(graph, view.direction)
      .then((positions) => current && setLaidOut({ key: shapeKey, positions }))
      .catch(() => undefined);
    return () => {
      current = false;
    };
    // shapeKey captures everything the layout reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shapeKey]);

  const positions = useMemo<Positions>(
    () =>
      laidOut?.key === shapeKey
        ? laidOut.positions
        : quickPlacement(nodes.map((n) => n.id), edges, view.direction),
    [laidOut, shapeKey, nodes, edges, view.direction],
  );
  // Hovering a node highlights its neighbourhood and dims the rest.
  const [hovered, setHovered] = useState<string | null>(null);
  const near = useMemo(() => {
    if (!hovered) return null;
    const set = new Set([hovered]);
    for (const e of edges) if (e.source === hovered || e.target === hovered) set.add(e.source).add(e.target);
    return set;
  }, [hovered, edges]);
  const placed: ServiceFlowNode[] = useMemo(
    () =>
      nodes.map((n) => ({
        ...n,
        position: positions[n.id] ?? { x: 0, y: 0 },
        className: near && !near.has(n.id) ? 'is-dimmed' : undefined,
      })),
    [nodes, positions, near],
  );
  const shownEdges = useMemo(
    () =>
      near
        ? edges.map((e) => (e.source === hovered || e.target === hovered ? e : { ...e, className: `${e.className} is-dimmed` }))
        : edges,
    [edges, near, hovered],
  );
  // Far out, labels are unreadable anyway: hide them and draw simpler nodes, which keeps panning smooth.
  const [zoomedOut, setZoomedOut] = useState(false);
  const isFinal = laidOut?.key === shapeKey;

  useEffect(() => {
    if (isFinal) requestAnimationFrame(() => flow.fitView({ padding: 0.15, duration: 200 }));
  }, [isFinal, shapeKey, flow]);

  const onNodeClick: NodeMouseHandler<ServiceFlowNode> = (_, node) => select(node.id);
  const onEdgeClick = (_: unknown, edge: Edge) => select(edge.source);

  return (
    <div className={zoomedOut ? 'graph is-zoomed-out' : 'graph'} data-layout={isFinal ? 'final' : 'quick'} data-nodes={nodes.length} data-testid="graph">
      <ReactFlow
        nodes={placed}
        edges={shownEdges}
        onNodeMouseEnter={(_, n) => setHovered(n.id)}
        onNodeMouseLeave={() => setHovered(null)}
        onMove={(_, viewport) => setZoomedOut(viewport.zoom < 0.45)}
        onlyRenderVisibleElements={nodes.length > 200}
        nodeTypes={nodeTypes}
        onNodeClick={onNodeClick}
        onEdgeClick={onEdgeClick}
        onPaneClick={() => select(null)}
        nodesConnectable={false}
        nodesDraggable
        elementsSelectable
        minZoom={0.05}
        maxZoom={2}
        fitView
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable nodeStrokeWidth={3} />
      </ReactFlow>
      <GraphLegend edges={edges} />
      <FocusOnSelect />
    </div>
  );
}

/** Centres the selected service when it is chosen from outside the graph (search, timeline, docs). */
function FocusOnSelect() {
  const selected = useAppStore((s) => s.view.selected);
  const flow = useReactFlow();
  useEffect(() => {
    if (!selected) return;
    const node = flow.getNode(selected);
    if (!node) return;
    const { x, y } = node.position;
    const zoom = Math.max(flow.getZoom(), 0.8);
    flow.setCenter(x + (node.width ?? 232) / 2, y + (node.height ?? 64) / 2, { zoom, duration: 250 });
  }, [selected, flow]);
  return null;
}

export function GraphView() {
  return (
    <ReactFlowProvider>
      <GraphCanvas />
    </ReactFlowProvider>
  );
}
