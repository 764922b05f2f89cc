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
import './graph.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { focusSet } from '../../core/analysis/focus';
import type { GroupBy } from '../../core/types';
import { selectShown, useAppStore, type AppState } from '../store';
import { buildGraph, type GraphNode, type RoutedEdgeData } from './buildGraph';
import { exportGraph } from './exportGraph';
import { GraphLegend } from './GraphLegend';
import { GraphToolbar } from './GraphToolbar';
import { GroupNode } from './GroupNode';
import { RoutedEdge } from './RoutedEdge';
import { ServiceNode } from './ServiceNode';
import { showsLabels, toLayoutGraph } from './toLayoutGraph';
import { useGraphLayout } from './useGraphLayout';
import { useProgressiveCount } from './useProgressiveCount';
import { VolumeNode } from './VolumeNode';

const nodeTypes = { service: ServiceNode, serviceGroup: GroupNode, volume: VolumeNode };
const edgeTypes = { routed: RoutedEdge };

const selectModel = (s: AppState) => selectShown(s)?.model ?? null;
const selectDocs = (s: AppState) => selectShown(s)?.docs ?? null;
const selectDirection = (s: AppState) => s.view.direction;
const selectGroupBy = (s: AppState) => s.view.filters.groupBy;
const selectShowInactive = (s: AppState) => s.view.filters.showInactive;
const selectFocus = (s: AppState) => s.view.filters.focus;
const selectSearch = (s: AppState) => s.view.filters.search.trim().toLowerCase();
const selectSelected = (s: AppState) => s.view.selected;

// Past this many nodes only what is in view is rendered, and nodes mount in slices (below).
const BIG = 200;

function GraphCanvas() {
  const model = useAppStore(selectModel);
  const docs = useAppStore(selectDocs);
  const direction = useAppStore(selectDirection);
  const groupBy = useAppStore(selectGroupBy);
  const showInactive = useAppStore(selectShowInactive);
  const focusName = useAppStore(selectFocus);
  const search = useAppStore(selectSearch);
  const selected = useAppStore(selectSelected);
  const flow = useReactFlow();
  const container = useRef<HTMLDivElement>(null);

  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const [showVolumes, setShowVolumes] = useState(false);
  const onToggleGroup = useCallback(
    (id: string) =>
      setCollapsed((prev) => {
        const next = new Set(prev);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );

  const focus = useMemo(() => {
    if (!model || !focusName || !model.services.some((s) => s.name === focusName)) return null;
    const set = focusSet(model, focusName);
    return new Set([focusName, ...set.needs, ...set.neededBy]);
  }, [model, focusName]);

  // Everything that changes the graph's shape; selection, search and hover are overlaid below.
  const built = useMemo(() => {
    if (!model) return null;
    const view = useAppStore.getState().view;
    return buildGraph(model, docs, { ...view, filters: { ...view.filters, showInactive } }, focus, {
      groupBy,
      collapsed,
      showVolumes,
      onToggleGroup,
    });
  }, [model, docs, showInactive, focus, groupBy, collapsed, showVolumes, onToggleGroup]);

  const layoutInput = useMemo(() => (built ? toLayoutGraph(built) : null), [built]);
  const { layout, final } = useGraphLayout(layoutInput, direction);

  const positioned = useMemo(() => {
    if (!built || !layout) return { nodes: [] as GraphNode[], edges: [] as Edge<RoutedEdgeData>[] };
    const nodes = built.nodes.map((n) => {
      const box = layout.nodes[n.id];
      const sized = n.type === 'serviceGroup' && !n.data.collapsed && box?.width ? { width: box.width, height: box.height } : {};
      return { ...n, ...sized, position: box ? { x: box.x, y: box.y } : { x: 0, y: 0 } } as GraphNode;
    });
    const labels = showsLabels(built);
    const edges = built.edges.map((e) => {
      const route = final ? layout.edges[e.id] : undefined;
      const label = labels ? e.label : undefined;
      return route ? { ...e, label, data: { ...e.data, route: route.points, labelAt: route.label } } : { ...e, label };
    });
    return { nodes, edges };
  }, [built, layout, final]);

  // Hovering a node highlights its neighbourhood: only the neighbours' objects change, the rest
  // dim through one class on the container, so a hover costs the few nodes it touches.
  const [hovered, setHovered] = useState<string | null>(null);
  const near = useMemo(() => {
    if (!hovered) return null;
    const set = new Set([hovered]);
    for (const e of positioned.edges) if (e.source === hovered || e.target === hovered) set.add(e.source).add(e.target);
    return set;
  }, [hovered, positioned.edges]);

  const shownNodes = useMemo(
    () =>
      positioned.nodes.map((n) => {
        if (n.type !== 'service') return near?.has(n.id) ? { ...n, className: 'is-near' } : n;
        const isSelected = n.id === selected;
        const matched = search !== '' && n.id.toLowerCase().includes(search);
        const isNear = near?.has(n.id) ?? false;
        if (!isSelected && !matched && !isNear) return n;
        return {
          ...n,
          selected: isSelected,
          className: isNear ? 'is-near' : undefined,
          data: matched || isSelected ? { ...n.data, matched, selected: isSelected } : n.data,
        };
      }),
    [positioned.nodes, selected, search, near],
  );
  const shownEdges = useMemo(
    () =>
      positioned.edges.map((e) => {
        const touchesSelected = selected !== null && (e.source === selected || e.target === selected);
        const isNear = hovered !== null && (e.source === hovered || e.target === hovered);
        if (!touchesSelected && !isNear) return e;
        return { ...e, selected: touchesSelected, className: isNear ? `${e.className} is-near` : e.className };
      }),
    [positioned.edges, selected, hovered],
  );

  // A big stack mounts in slices, one per frame, so no single task renders a thousand nodes.
  const mounted = useProgressiveCount(shownNodes.length, built);
  const visibleNodes = useMemo(() => (mounted >= shownNodes.length ? shownNodes : shownNodes.slice(0, mounted)), [shownNodes, mounted]);
  const visibleEdges = useMemo(() => {
    if (mounted >= shownNodes.length) return shownEdges;
    const present = new Set(visibleNodes.map((n) => n.id));
    return shownEdges.filter((e) => present.has(e.source) && present.has(e.target));
  }, [shownEdges, visibleNodes, mounted, shownNodes.length]);
  const complete = final && mounted >= shownNodes.length;

  // Far out, labels are unreadable anyway: hide them and draw simpler nodes, which keeps panning smooth.
  const [zoomedOut, setZoomedOut] = useState(false);
  const [exporting, setExporting] = useState(false);

  useEffect(() => {
    if (complete) requestAnimationFrame(() => flow.fitView({ padding: 0.15, duration: shownNodes.length > BIG ? 0 : 200 }));
    // Fit once per laid-out shape, not on every hover or selection.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [complete, layoutInput, flow]);

  const onExport = useCallback(
    async (format: 'png' | 'svg') => {
      if (!container.current) return;
      // Nodes out of view are not rendered on big graphs; render them all for the picture.
      setExporting(true);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      try {
        const bounds = flow.getNodesBounds(flow.getNodes());
        await exportGraph(container.current, bounds, format, `${model?.name ?? 'stackmap'}-graph.${format}`);
      } finally {
        setExporting(false);
      }
    },
    [flow, model?.name],
  );

  const select = useAppStore((s) => s.select);
  const setFilters = useAppStore((s) => s.setFilters);
  const onNodeClick: NodeMouseHandler<GraphNode> = (_, node) => {
    if (node.type === 'service') select(node.id);
  };
  const onEdgeClick = (_: unknown, edge: Edge) => {
    if (!edge.source.startsWith('group:')) select(edge.source);
  };
  const serviceCount = built?.nodes.filter((n) => n.type === 'service').length ?? 0;
  const classes = ['graph', zoomedOut ? 'is-zoomed-out' : '', near ? 'is-hovering' : ''].filter(Boolean).join(' ');

  return (
    <div ref={container} className={classes} data-layout={complete ? 'final' : 'quick'} data-nodes={serviceCount} data-testid="graph">
      <ReactFlow
        nodes={visibleNodes}
        edges={visibleEdges}
        onNodeMouseEnter={(_, n) => n.type !== 'serviceGroup' && setHovered(n.id)}
        onNodeMouseLeave={() => setHovered(null)}
        onMove={(_, viewport) => setZoomedOut(viewport.zoom < 0.45)}
        onlyRenderVisibleElements={shownNodes.length > BIG && !exporting}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodeClick={onNodeClick}
        onEdgeClick={onEdgeClick}
        onPaneClick={() => select(null)}
        onNodesChange={(changes) => {
          // Enter or Space on a focused node selects it (xyflow's keyboard support): open its panel.
          const picked = changes.find((c) => c.type === 'select' && c.selected);
          if (picked && 'id' in picked && !picked.id.startsWith('group:') && !picked.id.startsWith('volume:')) select(picked.id);
        }}
        edgesFocusable={false}
        nodesConnectable={false}
        nodesDraggable={false}
        elementsSelectable
        minZoom={0.05}
        maxZoom={2}
        fitView
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} />
        <Controls showInteractive={false} />
        {shownNodes.length <= BIG * 2 && <MiniMap pannable zoomable nodeStrokeWidth={3} />}
      </ReactFlow>
      <GraphToolbar
        groupBy={groupBy}
        onGroupBy={(value: GroupBy) => setFilters({ groupBy: value })}
        showVolumes={showVolumes}
        onShowVolumes={setShowVolumes}
        volumeCount={model?.volumes.length ?? 0}
        onExport={onExport}
      />
      <GraphLegend nodes={positioned.nodes} edges={positioned.edges} />
      <FocusOnSelect />
    </div>
  );
}

/** Centres the selected service when it is chosen from outside the graph (search, timeline, docs). */
function FocusOnSelect() {
  const selected = useAppStore(selectSelected);
  const flow = useReactFlow();
  useEffect(() => {
    if (!selected) return;
    const node = flow.getInternalNode(selected);
    if (!node) return;
    const { x, y } = node.internals.positionAbsolute;
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
