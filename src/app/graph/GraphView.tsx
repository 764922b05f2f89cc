import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  getViewportForBounds,
  useReactFlow,
  useStore,
  useStoreApi,
  type Edge,
  type NodeMouseHandler,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './graph.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { GroupBy } from '../../core/types';
import { useShallow } from 'zustand/react/shallow';
import { selectShown, useAppStore, type AppState } from '../store';
import { coreClient } from '../coreClient';
import { addEdges, type GraphNode, type GraphNodes, type RoutedEdgeData } from '../../graph/buildGraph';
import { graphNodesFor, layoutText, leftOutByNetworks } from '../../graph/graphPlan';
import type { GraphShape, LayoutResult } from '../../graph/types';
import { layoutBounds } from '../../graph/layoutBounds';
import { absoluteBoxes, BulkEdges, type Box } from './BulkEdges';
import { exportGraph } from './exportGraph';
import { GeometryCache } from './fixedGeometry';
import { GraphLegend } from './GraphLegend';
import { GraphToolbar } from './GraphToolbar';
import { GroupNode } from './GroupNode';
import { RoutedEdge } from './RoutedEdge';
import { ServiceNode } from './ServiceNode';
import { showsLabels } from '../../graph/toLayoutGraph';
import { networksInUse } from '../../graph/toFlowElements';
import { useGraphLayout } from './useGraphLayout';
import { contains, OverviewHover } from './OverviewHover';
import { ARROW_KEYS, nearestInDirection } from './nearestInDirection';
import { useNextTask } from './useNextTask';
import { useStaged } from './useStaged';
import { useRetiringNodes } from './useRetiringNodes';
import { inReadingOrder } from './readingOrder';
import { useMountedInView, type ViewRect } from './useMountedInView';
import { useZoomBands } from './useZoomBands';
import { useProgressiveCount } from './useProgressiveCount';
import { VolumeNode } from './VolumeNode';

const nodeTypes = { service: ServiceNode, serviceGroup: GroupNode, volume: VolumeNode };
const edgeTypes = { routed: RoutedEdge };
/** A node as last placed, kept to give the same object back while it stays put. */
type Placed = { x: number; y: number; width: number; height: number; direction: string; node: GraphNode };

const selectDrawn = (s: AppState) => ({ shown: selectShown(s), direction: s.view.direction });
const selectGroupBy = (s: AppState) => s.view.filters.groupBy;
const selectShowInactive = (s: AppState) => s.view.filters.showInactive;
const selectHiddenNetworks = (s: AppState) => s.view.filters.hiddenNetworks;
const selectFocus = (s: AppState) => s.view.filters.focus;
const selectSearch = (s: AppState) => s.view.filters.search.trim().toLowerCase();
const selectSelected = (s: AppState) => s.view.selected;

// Past this many nodes only what is in view is rendered, nodes mount in slices (below), and far
// out the graph is drawn as an overview of boxes.
const BIG = 200;
// Empty lists that stay the same objects, so the memos and components fed them see no change.
const NO_NODES: GraphNode[] = [];
const NO_EDGES: Edge<RoutedEdgeData>[] = [];
const NOTHING: ReadonlySet<string> = new Set();
// Fitting a graph of two or three services to the screen would blow them up to twice their size.
// A fixed margin, not a share of the pane: 15% of a laptop's width was 180 px of a graph drawn too
// small to read (the sample opened at 57%; 63% with this).
const MARGIN = 32;
const FIT = { padding: `${MARGIN}px`, maxZoom: 1 } as const;
// xyflow's 200 × 150 minimap is a quarter of a canvas narrower than this (a tablet, or a laptop
// with the service panel open): there a smaller one still shows where you are. Its size is given
// as props, not CSS, because the minimap pans by the size it was told.
const NARROW = 760;
const SMALL_MINIMAP = { style: { width: 120, height: 90 } };
// What a screen reader says on a service: what the keys do here (nodes are opened, not moved).
const NODE_KEYS = 'Press Enter to open the service. Arrow keys move to the nearest service in that direction.';
const ARIA_LABELS = {
  'node.a11yDescription.default': NODE_KEYS,
  'node.a11yDescription.keyboardDisabled': NODE_KEYS,
  'edge.a11yDescription.default': 'Press Enter to open the service this dependency starts from.',
};

/** The second step of building a graph (the first is its nodes): its edges, and its layout's text. */
function withEdges(nodes: GraphNodes) {
  const graph = addEdges(nodes);
  return { graph, layout: layoutText(graph) };
}
// Decided before the volumes join (addEdges adds them): counted as if every volume were mounted,
// so a graph that will be big once drawn is built in stages too.
const isBigNodes = ({ nodes, options, model }: GraphNodes) => nodes.length + (options.showVolumes ? model.volumes.length : 0) > BIG;
const isBigGraph = (built: ReturnType<typeof withEdges>) => built.graph.nodes.length > BIG;

function GraphCanvas() {
  // A new model is drawn in the task after the one that received it (see useNextTask); model and
  // docs together, so a load builds the graph once.
  // The direction with them: a new stack's direction comes with its model (see setResult), and
  // the old graph must not be laid out in the new stack's direction for the task in between.
  const { shown, direction } = useNextTask(useAppStore(useShallow(selectDrawn)));
  const model = shown?.model ?? null;
  const docs = shown?.docs ?? null;
  const groupBy = useAppStore(selectGroupBy);
  const showInactive = useAppStore(selectShowInactive);
  const hiddenNetworks = useAppStore(selectHiddenNetworks);
  const focusName = useAppStore(selectFocus);
  const search = useAppStore(selectSearch);
  const selected = useAppStore(selectSelected);
  const flow = useReactFlow();
  const storeApi = useStoreApi();
  const container = useRef<HTMLDivElement>(null);
  const narrow = useStore((s) => s.width > 0 && s.width < NARROW);

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

  // Everything that changes the graph's shape; selection, search and hover are overlaid below.
  const shape = useMemo<GraphShape>(
    () => ({ groupBy, showInactive, hiddenNetworks, focus: focusName, collapsed: [...collapsed], showVolumes }),
    [groupBy, showInactive, hiddenNetworks, focusName, collapsed, showVolumes],
  );
  const nodesOnly = useMemo(() => (model ? graphNodesFor(model, docs, shape, onToggleGroup) : null), [model, docs, shape, onToggleGroup]);
  // While the graph is on screen, each load has the worker place what this plan will draw of it.
  useEffect(() => {
    const plan = { ...shape, direction };
    coreClient.graphPlan = plan;
    return () => {
      if (coreClient.graphPlan === plan) coreClient.graphPlan = null;
    };
  }, [shape, direction]);
  // A big graph is built over three tasks, each short enough to keep the page responsive: its
  // nodes; then its edges and layout text; then it is placed and drawn. A small one in one go.
  const { drawn, settled } = useStaged(nodesOnly, withEdges, isBigNodes, isBigGraph);
  const built = drawn?.graph ?? null;

  const layoutRequest = drawn?.layout ?? null;
  // Past BIG nodes; `big` below is this once there is a layout, except while exporting.
  const many = (built?.nodes.length ?? 0) > BIG;
  // The legend can follow a task behind: it stays out of the task that draws a new graph.
  const legendGraph = useNextTask(built);
  const layoutInput = layoutRequest?.graph ?? null;
  const { layout, final, quick } = useGraphLayout(layoutRequest, direction);
  // The part of the flow on screen, as of the last pan or zoom that ended (see onMoveEnd below).
  const [view, setView] = useState<ViewRect | null>(null);
  // Which zoom thresholds the view is past (see useZoomBands).
  const { bands, follow: followZoom, onMove } = useZoomBands(container, flow.getViewport, (before, after, viewport) => {
    // Coming out of the overview, mount what is in view now, not what the overview framed;
    // likewise when the overview starts naming its boxes: name those on screen now.
    const crossed = (before.farOut && !after.farOut) || (!before.named && after.named);
    if (big && crossed) setView(viewRect(viewport, storeApi.getState()));
  });
  const { namesOnly, farOut, named } = bands;
  // In the overview (see below) nodes go straight to elk's places: there is no DOM to move.
  const farOverview = farOut && many;

  // A big graph moves onto elk's layout a slice of nodes per task, like it mounted them: moving a
  // thousand nodes in one go re-renders them all in one long task.
  const progressive = final && many;
  const moved = useProgressiveCount(progressive ? (built?.nodes.length ?? 0) : 0, progressive ? layout : null, farOverview);
  const positionedEdges = useMemo(() => {
    if (!built || !layout) return [] as Edge<RoutedEdgeData>[];
    const labels = showsLabels(built);
    return built.edges.map((e) => {
      const route = final ? layout.edges[e.id] : undefined;
      const label = labels ? e.data?.label : undefined;
      if (route) return { ...e, label, data: { ...e.data, route: route.points, labelAt: route.label } };
      return label ? { ...e, label } : e;
    });
  }, [built, layout, final]);

  // Hovering a node highlights its neighbourhood: only the neighbours' objects change, the rest
  // dim through one class on the container, so a hover costs the few nodes it touches.
  const [hovered, setHovered] = useState<string | null>(null);
  const near = useMemo(() => {
    if (!hovered) return null;
    const set = new Set([hovered]);
    for (const e of positionedEdges) if (e.source === hovered || e.target === hovered) set.add(e.source).add(e.target);
    return set;
  }, [hovered, positionedEdges]);

  // Every node with selection, search and hover marked on it (where it goes comes below).
  const markedNodes = useMemo(
    () =>
      (built?.nodes ?? NO_NODES).map((n) => {
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
    [built, selected, search, near],
  );
  const shownEdges = useMemo(
    () =>
      positionedEdges.map((e) => {
        const touchesSelected = selected !== null && (e.source === selected || e.target === selected);
        const isNear = hovered !== null && (e.source === hovered || e.target === hovered);
        if (!touchesSelected && !isNear) return e;
        return { ...e, selected: touchesSelected, className: isNear ? `${e.className} is-near` : e.className };
      }),
    [positionedEdges, selected, hovered],
  );

  const [exporting, setExporting] = useState(false);
  // Far out on a very big graph, every node is a few pixels: xyflow draws none of them (a
  // thousand DOM nodes to lay out and composite on every frame) and BulkEdges draws them as boxes.
  const big = layout !== null && many && !exporting;
  const overview = big && farOut;
  // Many edges: BulkEdges draws them all as a few paths, and xyflow on top only those someone is
  // looking at (the selected or hovered service's) and those with a problem (for their tooltip).
  // Such an edge whose other end is not mounted (off screen) is drawn highlighted in the bulk
  // layer instead: a service's neighbourhood shows whole, however far it reaches.
  const bulk = built !== null && !showsLabels(built);
  // Where node i goes, relative to its group, and its size: elk's layout, or, while a big graph
  // moves onto it a slice at a time, the quick placement for the nodes it has not reached yet.
  const quickFrom = progressive && !farOverview && quick && moved < (built?.nodes.length ?? 0) ? moved : null;
  const placeOf = useCallback(
    (n: GraphNode, i: number): Box | null => {
      if (!layout) return null;
      const box = (quickFrom !== null && i >= quickFrom ? quick! : layout).nodes[n.id];
      const sized = n.type === 'serviceGroup' && !n.data.collapsed && box?.width !== undefined;
      return { x: box?.x ?? 0, y: box?.y ?? 0, width: (sized ? box.width : n.width) ?? 0, height: (sized ? box.height : n.height) ?? 0 };
    },
    [layout, quick, quickFrom],
  );
  // Where every node is, in flow coordinates: for the bulk layer, and for a big graph's culling.
  const geometry = useMemo(() => (built && (big || bulk) ? absoluteBoxes(built.nodes, placeOf) : null), [built, big, bulk, placeOf]);
  const boxes = big ? geometry : null;
  const overviewBoxes = overview ? boxes : null;
  // A node hovered when a zoom took the graph into the overview unmounted without a mouseleave.
  useEffect(() => {
    if (overview) setHovered(null);
  }, [overview]);

  // A big stack gives xyflow only the nodes in view, mounted a slice per task (useMountedInView),
  // so no single task renders hundreds of nodes, on load or when a pan brings them into view.
  const inView = useMountedInView(big && !overview ? boxes : null, view, selected);
  const parentOf = useMemo(() => new Map((built?.nodes ?? NO_NODES).flatMap((n) => (n.parentId ? [[n.id, n.parentId] as const] : []))), [built]);
  // Which nodes xyflow gets: all of a small graph; of a big one, those mounted and their groups
  // (groups hold their members' positions), and none in the overview.
  const flowIds = useMemo(() => {
    if (!big) return null;
    if (overview || !inView.mounted) return NOTHING;
    const keep = new Set(inView.mounted);
    for (const id of inView.mounted) for (let p = parentOf.get(id); p; p = parentOf.get(p)) keep.add(p);
    return keep;
  }, [big, overview, inView.mounted, parentOf]);

  // Only the nodes xyflow gets are placed: a big graph's first frame is its overview, drawn
  // from `geometry`, and placing a thousand node objects for it was a good part of that task.
  const nodeCache = useRef(new WeakMap<GraphNode, Placed>());
  const lastShown = useRef<GraphNode[]>([]);
  const shownNodes = useMemo(() => {
    if (!layout) return NO_NODES;
    const geometries = new GeometryCache(direction);
    const nodes: GraphNode[] = [];
    markedNodes.forEach((n, i) => {
      if (flowIds && !flowIds.has(n.id)) return;
      const { x, y, width, height } = placeOf(n, i)!;
      // The same node at the same place stays the same object, so xyflow and React skip it.
      const cached = nodeCache.current.get(n);
      if (cached && cached.x === x && cached.y === y && cached.width === width && cached.height === height && cached.direction === direction) {
        nodes.push(cached.node);
        return;
      }
      // `placeOf` sized it (a group by its layout): a size it has is fixed, with its handles.
      const fixed = width && height ? { width, height, ...geometries.get(width, height) } : {};
      const node = { ...n, ...fixed, position: { x, y } } as GraphNode;
      nodeCache.current.set(n, { x, y, width, height, direction, node });
      nodes.push(node);
    });
    // Nothing moved (a slice that only touched the overview's boxes): keep the array, and with it every memo downstream.
    const previous = lastShown.current;
    if (previous.length === nodes.length && nodes.every((n, i) => n === previous[i])) return previous;
    return (lastShown.current = nodes);
  }, [layout, markedNodes, flowIds, placeOf, direction]);
  const mountedAll = overview || !big || inView.ready;
  // Tab follows the picture, not the file. A big graph's DOM order is its mounting order instead
  // (nearest the middle of the view first), and its overview is reached by search.
  const readable = useMemo(() => (big ? shownNodes : inReadingOrder(shownNodes, direction)), [big, shownNodes, direction]);
  const flowNodes = useRetiringNodes(readable);
  const { visibleEdges, strandedEdges } = useMemo(() => {
    if (overview) return { visibleEdges: [], strandedEdges: [] };
    const looked = (e: Edge<RoutedEdgeData>) => e.selected || (e.className ?? '').includes('is-near');
    const wanted = bulk ? shownEdges.filter((e) => looked(e) || e.data?.problem) : shownEdges;
    if (!big) return { visibleEdges: wanted, strandedEdges: [] };
    const present = new Set(shownNodes.map((n) => n.id));
    const mounted = (e: Edge<RoutedEdgeData>) => present.has(e.source) && present.has(e.target);
    return { visibleEdges: wanted.filter(mounted), strandedEdges: wanted.filter((e) => looked(e) && !mounted(e)) };
  }, [overview, big, bulk, shownEdges, shownNodes]);
  const complete = settled && final && mountedAll && (!progressive || moved >= (built?.nodes.length ?? 0));

  // A big graph is framed from the boxes the layout gave it, not from what xyflow has mounted
  // (a slice, or nothing in the overview): first the quick placement, before its nodes mount, so
  // each slice renders in view; then elk's layout once everything is in place.
  const frame = useCallback(
    (placed: LayoutResult, { duration = 0, measure = true }: { duration?: number; measure?: boolean } = {}) => {
      const bounds = layoutInput && layoutBounds(layoutInput, placed);
      if (!bounds) return;
      // xyflow's own initial fit waits for nodes; on a big graph that opened far out it would fire
      // at the first zoom-in, on whatever slice mounted first.
      storeApi.setState({ fitViewQueued: false });
      const { width, height, minZoom, maxZoom } = storeApi.getState();
      // Not measured while a big graph is being drawn (its quick placement): a read of the page's
      // layout there forces one in the middle of the drop.
      const { uncovered, padding } = fitRoom(measure ? container.current : null, width, height);
      const viewport = getViewportForBounds(bounds, uncovered, height, minZoom, Math.min(maxZoom, FIT.maxZoom), padding);
      void flow.setViewport(viewport, { duration }).then(() => {
        followZoom(flow.getZoom());
        setView(viewRect(flow.getViewport(), storeApi.getState()));
      });
    },
    [layoutInput, flow, storeApi, followZoom],
  );
  useEffect(() => {
    if (quick && layoutInput && layoutInput.nodes.length > BIG) frame(quick, { measure: false });
  }, [layoutInput, quick, frame]);

  // A layout that takes a while says so (past 200 ms), in place of a graph that seems stuck.
  const laying = built !== null && !final;
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!laying) return setSlow(false);
    const id = setTimeout(() => setSlow(true), 200);
    return () => clearTimeout(id);
  }, [laying]);

  // Fit once per laid-out shape, not on every hover or selection, nor when zooming in on a big
  // graph mounts the nodes in view (which makes it briefly incomplete).
  const fitted = useRef<{ shape: unknown; direction: string } | null>(null);
  useEffect(() => {
    if (!complete || (fitted.current?.shape === layoutInput && fitted.current.direction === direction)) return;
    fitted.current = { shape: layoutInput, direction };
    if (layout) requestAnimationFrame(() => frame(layout, { duration: many ? 0 : 200 }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [complete, layoutInput, direction, flow]);

  const onExport = useCallback(
    async (format: 'png' | 'svg') => {
      if (!container.current) return;
      // Nodes out of view are not rendered on big graphs; render them all for the picture.
      setExporting(true);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      try {
        const bounds = (layout && layoutInput && layoutBounds(layoutInput, layout)) || flow.getNodesBounds(flow.getNodes());
        await exportGraph(container.current, bounds, format, `${model?.name ?? 'stackmap'}-graph.${format}`);
      } finally {
        setExporting(false);
      }
    },
    [flow, model?.name, layout, layoutInput],
  );

  const select = useAppStore((s) => s.select);
  const setFilters = useAppStore((s) => s.setFilters);
  const networks = useMemo(() => (model ? networksInUse(model, showInactive) : []), [model, showInactive]);
  // Services left out by the network filter: said on the graph, so a sparse picture is explained.
  const leftOut = useMemo(() => (model ? leftOutByNetworks(model, shape) : 0), [model, shape]);
  const networkFilter = useMemo(
    () => ({ networks, hidden: hiddenNetworks, onHidden: (hidden: string[]) => setFilters({ hiddenNetworks: hidden }) }),
    [networks, hiddenNetworks, setFilters],
  );
  const onNodeClick: NodeMouseHandler<GraphNode> = (_, node) => {
    if (node.type === 'service') select(node.id);
  };
  const onEdgeClick = (_: unknown, edge: Edge) => {
    if (!edge.source.startsWith('group:')) select(edge.source);
  };
  // From a focused service, an arrow key moves the focus to the nearest service that way
  // (xyflow's own arrow keys move nodes, which are fixed here).
  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const direction = ARROW_KEYS[event.key];
    const element = direction && !event.altKey && !event.ctrlKey && !event.metaKey ? (event.target as HTMLElement).closest('.react-flow__node-service') : null;
    const id = element?.getAttribute('data-id');
    if (!id) return;
    const boxOf = (nodeId: string) => {
      const node = flow.getInternalNode(nodeId);
      return node && { ...node.internals.positionAbsolute, width: node.measured.width ?? 0, height: node.measured.height ?? 0 };
    };
    const here = boxOf(id);
    const candidates = flow
      .getNodes()
      .filter((n) => n.type === 'service' && n.id !== id)
      .flatMap((n) => {
        const box = boxOf(n.id);
        return box ? [{ id: n.id, box }] : [];
      });
    const next = here && nearestInDirection(here, candidates, direction);
    if (!next) return;
    event.preventDefault();
    container.current?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(next.id)}"]`)?.focus();
  };

  // The services drawn (`data-nodes` below tells tests and the benchmark a new graph is on screen).
  const serviceCount = built?.nodes.filter((n) => n.type === 'service').length ?? 0;
  // While a newer graph is on its way (a big one is built over a few tasks), the one on screen is
  // dimmed ('is-updating'): a drop never shows the old stack under the new one's name as if current.
  const classes = ['graph', namesOnly ? 'is-zoomed-out' : '', overview ? 'is-overview' : '', near ? 'is-hovering' : '', settled ? '' : 'is-updating']
    .filter(Boolean)
    .join(' ');

  return (
    <div ref={container} className={classes} data-layout={complete ? 'final' : 'quick'} data-nodes={serviceCount} data-testid="graph" onKeyDown={onKeyDown}>
      {/* First in Tab order: the graph's tools come before its hundreds of nodes, as they are drawn above them. */}
      <GraphToolbar
        groupBy={groupBy}
        onGroupBy={(value: GroupBy) => setFilters({ groupBy: value })}
        showVolumes={showVolumes}
        onShowVolumes={setShowVolumes}
        volumeCount={model?.volumes.length ?? 0}
        networks={networkFilter}
        onExport={onExport}
      />
      <ReactFlow
        nodes={flowNodes}
        edges={visibleEdges}
        onNodeMouseEnter={(_, n) => n.type !== 'serviceGroup' && setHovered(n.id)}
        onNodeMouseLeave={() => setHovered(null)}
        onMove={onMove}
        // Which nodes are near the view is settled when a pan or zoom ends: following every frame
        // would re-render the graph (and hand xyflow a new node list) sixty times a second.
        onMoveEnd={(_, viewport) => big && setView(viewRect(viewport, storeApi.getState()))}
        onlyRenderVisibleElements={big}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodeClick={onNodeClick}
        onEdgeClick={onEdgeClick}
        onPaneClick={(event) => {
          // In the overview the services are drawn boxes, not nodes: find the one under the pointer.
          const at = overviewBoxes ? flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }) : null;
          const hit = at ? markedNodes.find((n) => n.type === 'service' && contains(overviewBoxes!.get(n.id), at)) : undefined;
          select(hit?.id ?? null);
        }}
        onNodesChange={(changes) => {
          // Enter or Space on a focused node selects it (xyflow's keyboard support): open its panel.
          const picked = changes.find((c) => c.type === 'select' && c.selected);
          if (picked && 'id' in picked && !picked.id.startsWith('group:') && !picked.id.startsWith('volume:')) select(picked.id);
        }}
        edgesFocusable={false}
        nodesConnectable={false}
        nodesDraggable={false}
        elementsSelectable
        // A thousand services laid out in layers can be tens of thousands of pixels tall: let it fit.
        minZoom={many ? 0.01 : 0.05}
        maxZoom={2}
        fitView
        fitViewOptions={FIT}
        ariaLabelConfig={ARIA_LABELS}
        proOptions={{ hideAttribution: true }}
      >
        {(bulk || overview) && (
          <BulkEdges
            boxes={geometry}
            routed={final}
            edges={positionedEdges}
            direction={direction}
            overview={overview ? markedNodes : null}
            named={named}
            view={view}
            highlighted={strandedEdges}
          />
        )}
        <Background gap={24} />
        <Controls
          showInteractive={false}
          fitViewOptions={FIT}
          // xyflow fits the nodes it holds: for a big graph only what is in view, and never the
          // edge labels. Its fit is only queued; `frame` cancels it and fits what is drawn.
          onFitView={layout ? () => frame(layout) : undefined}
        />
        {/* A big graph hands xyflow only what is in view: a minimap of that would mislead. */}
        {!big && <MiniMap pannable zoomable nodeStrokeWidth={3} {...(narrow ? SMALL_MINIMAP : {})} />}
      </ReactFlow>
      {/* What is drawn, not where: the built graph, so moving nodes onto a layout leaves it be. */}
      <GraphLegend nodes={legendGraph?.nodes ?? NO_NODES} edges={legendGraph?.edges ?? NO_EDGES} bulk={bulk || overview} />
      {/* Notes on what the graph is doing, stacked in one corner so they never cover each other. */}
      <div className="graph-floats">
        {/* Always there, so screen readers announce the text when it appears. */}
        <div className={slow && laying ? 'graph-float graph-progress' : 'visually-hidden'} role="status">
          {slow && laying ? `Laying out ${serviceCount.toLocaleString('en')} services…` : ''}
        </div>
        {/* Always there, so screen readers announce the count when it appears. */}
        <div className={leftOut > 0 ? 'graph-float graph-left-out' : 'visually-hidden'} role="status">
          {leftOut > 0 && (
            <>
              {leftOut === 1 ? '1 service' : `${leftOut.toLocaleString('en')} services`} not drawn: their networks are hidden.{' '}
              <button type="button" className="link-button" onClick={() => setFilters({ hiddenNetworks: [] })}>
                Show all networks
              </button>
            </>
          )}
        </div>
        {overview && (
          // Says what the boxes are and how to get at a service; for the keyboard, the way in (the search).
          <button type="button" className="graph-float graph-hint" onClick={() => document.querySelector<HTMLInputElement>('.search input')?.focus()}>
            {serviceCount.toLocaleString('en')} services drawn as an overview: find one by name
            <span aria-hidden="true">
              {' '}
              (/) · <span className="on-hover">hover a box for its name</span>
              <span className="on-touch">tap a box to open it</span> · zoom in for details
            </span>
          </button>
        )}
      </div>
      <FocusOnSelect boxes={boxes} container={container} />
      <OverviewHover container={container} boxes={overviewBoxes} nodes={markedNodes} />
    </div>
  );
}

/** Centres the selected service when it is chosen from outside the graph (search, timeline, docs). */
function FocusOnSelect({ boxes, container }: { boxes: ReturnType<typeof absoluteBoxes> | null; container: React.RefObject<HTMLDivElement | null> }) {
  const selected = useAppStore(selectSelected);
  const flow = useReactFlow();
  useEffect(() => {
    if (!selected) return;
    // A big graph's xyflow holds only what is in view (nothing in the overview): its boxes say
    // where every service is.
    const node = boxes ? undefined : flow.getInternalNode(selected);
    const box = boxes?.get(selected) ?? (node && { ...node.internals.positionAbsolute, width: node.width ?? 232, height: node.height ?? 64 });
    if (!box) return;
    const zoom = Math.max(flow.getZoom(), 0.8);
    // On a narrow screen the panel is a drawer over the graph's right side: centre the service
    // in the part left uncovered.
    const covered = coveredByDrawer(container.current);
    flow.setCenter(box.x + box.width / 2 + covered / 2 / zoom, box.y + box.height / 2, { zoom, duration: 250 });
    // Only a new selection moves the view, not the overview's boxes being redrawn.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected, flow]);
  return null;
}

/**
 * Where a fit may put the graph in a pane of this size: the width the service panel leaves
 * uncovered, where it is a drawer over the graph, and margins that clear the toolbar (with the
 * notes under it on a narrow graph) and the legend when it is open, so that nothing drawn starts
 * out under them. Neither margin takes more than a quarter of the pane. Without `graph`, plain
 * margins: nothing is measured.
 */
function fitRoom(graph: HTMLElement | null, width: number, height: number) {
  const clear = (px: number) => `${Math.round(Math.min(Math.max(MARGIN, px + 12), height / 4))}px` as const;
  const top = Math.max(reach(graph?.querySelector('.graph-toolbar'), graph, 'top'), reach(graph?.querySelector('.graph-floats'), graph, 'top'));
  const bottom = reach(graph?.querySelector('.graph-legend details[open]')?.closest('.graph-legend'), graph, 'bottom');
  return {
    uncovered: Math.max(width - coveredByDrawer(graph), width / 2),
    padding: { left: FIT.padding, right: FIT.padding, top: clear(top), bottom: clear(bottom) },
  };
}

/** How much of the graph's right side the service panel covers, where it is a drawer over it (a tablet). */
function coveredByDrawer(graph: HTMLElement | null): number {
  if (!graph) return 0;
  const pane = graph.getBoundingClientRect();
  const drawer = document.querySelector('.service-panel')?.getBoundingClientRect();
  return drawer && drawer.left > pane.left && drawer.left < pane.right ? pane.right - drawer.left : 0;
}

/** How far `element` (the toolbar, the legend) reaches into the graph from its top or bottom edge. */
function reach(element: Element | null | undefined, graph: HTMLElement | null, edge: 'top' | 'bottom'): number {
  if (!element || !graph) return 0;
  const box = element.getBoundingClientRect();
  const pane = graph.getBoundingClientRect();
  return Math.max(0, edge === 'top' ? box.bottom - pane.top : pane.bottom - box.top);
}

/** The part of the flow on screen, in flow coordinates. */
function viewRect(viewport: { x: number; y: number; zoom: number }, pane: { width: number; height: number }): ViewRect {
  // The pane's size as xyflow last measured it: reading the DOM here would force a layout per frame.
  const width = pane.width || 1200;
  const height = pane.height || 800;
  return { x: -viewport.x / viewport.zoom, y: -viewport.y / viewport.zoom, width: width / viewport.zoom, height: height / viewport.zoom };
}


export function GraphView() {
  return (
    <ReactFlowProvider>
      <GraphCanvas />
    </ReactFlowProvider>
  );
}
