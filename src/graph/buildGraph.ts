import type { Edge, Node } from '@xyflow/react';
import type { DocsModel } from '../core/markdown/types';
import type { Diagnostic, Model, Service, SourceRef, ViewState } from '../core/types';
import { groupServices, type ServiceGroup } from './groups';
import { dependencyEdges, NODE_WIDTH, serviceNodes, type DependencyEdgeData, type ServiceFlowNode } from './toFlowElements';

export type GroupBy = ViewState['filters']['groupBy'];

export interface GroupNodeData extends Record<string, unknown> {
  group: ServiceGroup;
  /** Members drawn inside (or hidden, when collapsed), counting nested groups' members. */
  count: number;
  collapsed: boolean;
  onToggle: (id: string) => void;
}
export type GroupFlowNode = Node<GroupNodeData, 'serviceGroup'>;

export interface VolumeNodeData extends Record<string, unknown> {
  name: string;
  external: boolean;
  users: string[];
}
export type VolumeFlowNode = Node<VolumeNodeData, 'volume'>;

export type GraphNode = ServiceFlowNode | GroupFlowNode | VolumeFlowNode;

export interface EdgeProblem {
  severity: 'error' | 'warning';
  messages: string[];
}

export interface RoutedEdgeData extends Partial<DependencyEdgeData> {
  problem?: EdgeProblem;
  /** Set once elk has laid the graph out: the route and where the label goes, in flow coordinates. */
  route?: { x: number; y: number }[];
  labelAt?: { x: number; y: number };
}

export interface GraphOptions {
  groupBy: GroupBy;
  collapsed: ReadonlySet<string>;
  showVolumes: boolean;
  onToggleGroup: (id: string) => void;
}

export interface BuiltGraph {
  nodes: GraphNode[];
  edges: Edge<RoutedEdgeData>[];
  groups: ServiceGroup[];
  /** Service → why it is drawn in the group it is (a service on several networks). */
  groupNotes: Map<string, string>;
}

export const GROUP_HEADER = 30;
export const COLLAPSED_SIZE = { width: NODE_WIDTH, height: 56 };
export const VOLUME_SIZE = { width: 168, height: 34 };

/** A graph's boxes, and what its edges need to know of them: the first half of `buildGraph`. */
export interface GraphNodes {
  model: Model;
  options: GraphOptions;
  nodes: GraphNode[];
  groups: ServiceGroup[];
  groupNotes: Map<string, string>;
  /** The services shown, and the box each is drawn as: itself, or its outermost collapsed group. */
  services: Service[];
  drawnAs: Map<string, string>;
  groupOf: Map<string, string>;
}

/**
 * The whole picture before layout: services (from `serviceNodes`), the boxes they are grouped
 * in, collapsed groups standing in for their members, named volumes, and edges (from
 * `dependencyEdges`) marked with the diagnostics they take part in. Selection, search and hover
 * are applied later, per node. It comes in two halves so that the graph view can build a big
 * graph's nodes and its edges in separate tasks.
 */
export function buildGraph(
  model: Model,
  docs: DocsModel | null,
  view: ViewState,
  focus: Set<string> | null,
  options: GraphOptions,
): BuiltGraph {
  return addEdges(buildNodes(model, docs, view, focus, options));
}

/** The boxes: services, groups and collapsed groups (volumes come with the edges). */
export function buildNodes(
  model: Model,
  docs: DocsModel | null,
  view: ViewState,
  focus: Set<string> | null,
  options: GraphOptions,
): GraphNodes {
  // Selection and search change often; they are overlaid later so this stays cached.
  const neutral: ViewState = { ...view, selected: null, filters: { ...view.filters, search: '' } };
  const base = serviceNodes(model, neutral, focus);
  const services = base.map((n) => n.data.service);
  const grouping = groupServices(services, docs, options.groupBy, new Set(view.filters.hiddenNetworks));
  const groupById = new Map(grouping.groups.map((g) => [g.id, g]));
  const collapsedAncestor = outermostCollapsed(groupById, options.collapsed);
  const drawnAs = new Map<string, string>();
  for (const s of services) drawnAs.set(s.name, collapsedAncestor(grouping.groupOf.get(s.name)) ?? s.name);

  const counts = new Map<string, number>();
  for (const [, groupId] of grouping.groupOf) {
    for (let g = groupById.get(groupId); g; g = g.parent ? groupById.get(g.parent) : undefined) {
      counts.set(g.id, (counts.get(g.id) ?? 0) + 1);
    }
  }
  const nodes: GraphNode[] = [];
  for (const g of grouping.groups) {
    const hiddenBy = g.parent ? collapsedAncestor(g.parent) : null;
    if (hiddenBy) continue;
    const collapsed = options.collapsed.has(g.id);
    nodes.push({
      id: g.id,
      type: 'serviceGroup',
      position: { x: 0, y: 0 },
      ...(g.parent ? { parentId: g.parent } : {}),
      ...(collapsed ? COLLAPSED_SIZE : {}),
      data: { group: g, count: counts.get(g.id) ?? 0, collapsed, onToggle: options.onToggleGroup },
      selectable: false,
      draggable: false,
      ariaLabel: `Group ${g.label}`,
    });
  }
  for (const n of base) {
    if (drawnAs.get(n.id) !== n.id) continue;
    const parentId = grouping.groupOf.get(n.id);
    const note = grouping.notes.get(n.id);
    // Most nodes of a big stack are in no group: they go in as they are.
    nodes.push(parentId || note ? { ...n, ...(parentId ? { parentId } : {}), data: note ? { ...n.data, groupNote: note } : n.data } : n);
  }
  return { model, options, nodes, groups: grouping.groups, groupNotes: grouping.notes, services, drawnAs, groupOf: grouping.groupOf };
}

/** The whole graph: `buildNodes`' boxes with the edges between them, and volumes if shown. */
export function addEdges(graph: GraphNodes): BuiltGraph {
  const { model, options, drawnAs } = graph;
  const problems = edgeProblems(model.diagnostics);
  // Volumes go into a copy: the first half is memoized, and may be given its edges again.
  const nodes = options.showVolumes ? [...graph.nodes] : graph.nodes;
  const edges: Edge<RoutedEdgeData>[] = [];
  const seen = new Set<string>();
  const grouped = graph.groups.length > 0;
  for (const e of dependencyEdges(graph.services)) {
    const source = drawnAs.get(e.source) ?? e.source;
    const target = drawnAs.get(e.target) ?? e.target;
    if (source === target) continue; // both ends inside one collapsed group
    const rerouted = source !== e.source || target !== e.target;
    const id = rerouted ? `${source}->${target}:${e.className}` : e.id;
    if (seen.has(id)) continue;
    seen.add(id);
    const dep = e.data!.dependency;
    const problem = dep.source && problems.size ? problems.get(sourceKey(dep.source)) : undefined;
    // Leaves the box its source is drawn in: a big graph draws such edges faint (see graph.css).
    const across = grouped && graph.groupOf.get(e.source) !== graph.groupOf.get(e.target);
    if (!problem && !rerouted && !across) {
      edges.push(e);
      continue;
    }
    let className = across ? `${e.className} is-across` : e.className!;
    if (problem) className += ` has-problem is-${problem.severity}`;
    edges.push({
      ...e,
      id,
      source,
      target,
      className,
      ...(problem ? { markerEnd: { type: 'arrowclosed' as never, width: 14, height: 14, color: problem.severity === 'error' ? 'var(--err)' : 'var(--warn)' } } : {}),
      data: { ...e.data!, problem },
    });
  }

  if (options.showVolumes) {
    const collapsedAncestor = outermostCollapsed(new Map(graph.groups.map((g) => [g.id, g])), options.collapsed);
    addVolumes(model, graph.services.map((s) => s.name), drawnAs, graph.groupOf, collapsedAncestor, nodes, edges);
  }
  return { nodes, edges, groups: graph.groups, groupNotes: graph.groupNotes };
}

/** A member of a collapsed group (at any depth) is drawn as its outermost collapsed group. */
function outermostCollapsed(groupById: Map<string, ServiceGroup>, collapsed: ReadonlySet<string>) {
  return (groupId: string | undefined): string | null => {
    let found: string | null = null;
    for (let g = groupId ? groupById.get(groupId) : undefined; g; g = g.parent ? groupById.get(g.parent) : undefined) {
      if (collapsed.has(g.id)) found = g.id;
    }
    return found;
  };
}

/** Named volumes as small storage nodes, linked (no arrow) to each service that mounts them. */
function addVolumes(
  model: Model,
  shown: string[],
  drawnAs: Map<string, string>,
  groupOf: Map<string, string>,
  collapsedAncestor: (g: string | undefined) => string | null,
  nodes: GraphNode[],
  edges: Edge<RoutedEdgeData>[],
): void {
  const named = new Map(model.volumes.map((v) => [v.name, v]));
  const users = new Map<string, string[]>();
  const byName = new Map(model.services.map((s) => [s.name, s]));
  for (const name of shown) {
    for (const m of byName.get(name)?.volumes ?? []) {
      if (m.type !== 'volume' || !m.source || !named.has(m.source)) continue;
      const list = users.get(m.source) ?? [];
      if (!list.includes(name)) list.push(name);
      users.set(m.source, list);
    }
  }
  for (const [volume, list] of users) {
    const id = `volume:${volume}`;
    // A volume only one group uses is drawn inside it; one shared across groups stays outside.
    const groups = new Set(list.map((u) => groupOf.get(u) ?? ''));
    const only = groups.size === 1 ? [...groups][0] : '';
    const parentId = only && !collapsedAncestor(only) ? only : undefined;
    nodes.push({
      id,
      type: 'volume',
      position: { x: 0, y: 0 },
      ...VOLUME_SIZE,
      ...(parentId ? { parentId } : {}),
      data: { name: volume, external: named.get(volume)!.external, users: list },
      selectable: false,
      ariaLabel: `Volume ${volume}`,
    });
    const linked = new Set<string>();
    for (const user of list) {
      const from = drawnAs.get(user) ?? user;
      if (linked.has(from)) continue;
      linked.add(from);
      edges.push({ id: `${from}~${id}`, source: from, target: id, type: 'routed', className: 'edge-volume', data: {} });
    }
  }
}

const sourceKey = (s: SourceRef) => `${s.file}:${s.line}:${s.column}`;

/** Dependency position → the diagnostics that point at it, as primary or related source. */
function edgeProblems(diagnostics: Diagnostic[]): Map<string, EdgeProblem> {
  const out = new Map<string, EdgeProblem>();
  for (const d of diagnostics) {
    if (d.severity === 'info' || !d.service) continue;
    for (const ref of [d.source, ...(d.related ?? [])]) {
      if (!ref) continue;
      const key = sourceKey(ref);
      const p = out.get(key) ?? { severity: d.severity, messages: [] };
      if (d.severity === 'error') p.severity = 'error';
      if (!p.messages.includes(d.message)) p.messages.push(d.message);
      out.set(key, p);
    }
  }
  return out;
}
