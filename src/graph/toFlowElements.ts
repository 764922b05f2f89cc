import type { Edge, EdgeMarker, Node } from '@xyflow/react';
import type { Dependency, Diagnostic, Model, Service, ViewState } from '../core/types';
import { shortNames } from './shortNames';

export interface ServiceNodeData extends Record<string, unknown> {
  service: Service;
  problems: { errors: number; warnings: number };
  selected: boolean;
  matched: boolean;
  /** Why the service sits in the group it is drawn in, when that was a choice. */
  groupNote?: string;
  /** Big stacks draw each service as its name and badges only. */
  compact?: boolean;
  /** The name cut to SHORT_NAME characters, when it is longer (see shortNames). */
  shortName?: string;
}

export type ServiceFlowNode = Node<ServiceNodeData, 'service'>;

export interface DependencyEdgeData extends Record<string, unknown> {
  dependency: Dependency;
  /** What the edge says ("healthy", "inferred from DB_HOST"), drawn when the graph shows labels. */
  label: string;
  labelSize: { width: number; height: number };
}

export const NODE_WIDTH = 232;
// Hundreds of services are read by name and shape, not by port chips: a smaller node is less DOM
// to create, style and paint, which is what a big stack's first frame is made of.
export const COMPACT_ABOVE = 150;
export const COMPACT_HEIGHT = 36;
/** What a node holds of its name zoomed out, where the name is drawn bigger (see styles.css). */
export const SHORT_NAME = 9;

/** Height grows with what the node shows, so the layout engine leaves room for it. */
export function nodeHeight(service: Service): number {
  return 64 + (service.ports.length ? 24 : 0);
}

export const EDGE_STYLES: Record<string, { label: string; className: string; description: string; color: string }> = {
  service_started: { label: 'started', className: 'edge-started', description: 'waits until the container has started', color: 'var(--started)' },
  service_healthy: { label: 'healthy', className: 'edge-healthy', description: 'waits until its healthcheck passes', color: 'var(--healthy)' },
  service_completed_successfully: {
    label: 'completed',
    className: 'edge-completed',
    description: 'waits until it has run to completion (exit 0)',
    color: 'var(--completed)',
  },
  docs: { label: 'docs', className: 'edge-docs', description: 'stated in the docs only, not in compose', color: 'var(--docs)' },
  inferred: { label: 'inferred', className: 'edge-inferred', description: 'inferred from a host name in its environment', color: 'var(--inferred)' },
};

// Edge labels are drawn at 11px; measuring each in the DOM (getBBox) costs a layout per edge,
// so their boxes are estimated once here and handed to the layout engine as they are.
export const LABEL_FONT_PX = 11;
export function labelSize(text: string): { width: number; height: number } {
  return { width: Math.ceil(text.length * LABEL_FONT_PX * 0.6) + 10, height: LABEL_FONT_PX + 6 };
}

const LABEL_SIZES = Object.fromEntries(Object.entries(EDGE_STYLES).map(([kind, style]) => [kind, labelSize(style.label)]));
const NO_PROBLEMS = Object.freeze({ errors: 0, warnings: 0 });

export function edgeKind(dep: Dependency): keyof typeof EDGE_STYLES {
  if (dep.origin === 'docs' || dep.origin === 'mermaid') return 'docs';
  if (dep.origin === 'inferred') return 'inferred';
  return dep.condition;
}

/**
 * Which services the view shows: those compose starts (or all, with inactive profiles shown)
 * on a network not hidden, or only one service's neighbourhood when focused.
 */
export function visibleServices(model: Model, view: ViewState, focusSet: Set<string> | null): Service[] {
  const hidden = new Set(view.filters.hiddenNetworks);
  return model.services.filter(
    (s) => (view.filters.showInactive || s.active) && onShownNetwork(s, hidden) && (!focusSet || focusSet.has(s.name)),
  );
}

/**
 * Whether a service stays when these networks are hidden: while any network it is on is shown.
 * One on no network (`network_mode`, or known from the docs only) is never hidden by one.
 */
export function onShownNetwork(service: Service, hidden: ReadonlySet<string>): boolean {
  return hidden.size === 0 || service.networks.length === 0 || service.networks.some((n) => !hidden.has(n));
}

/**
 * The networks the services drawn are on (those compose starts, or all with `showInactive`),
 * with how many services each: the declared ones in their order, then those compose adds
 * (`default`). What the graph's network filter lists.
 */
export function networksInUse(model: Model, showInactive = false): { name: string; services: number }[] {
  const counts = new Map<string, number>(model.networks.map((n) => [n.name, 0]));
  for (const s of model.services) {
    if (!showInactive && !s.active) continue;
    for (const n of s.networks) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  return [...counts].filter(([, services]) => services > 0).map(([name, services]) => ({ name, services }));
}

/** The one place a model Service becomes an xyflow Node: one node per service the view shows. */
export function serviceNodes(model: Model, view: ViewState, focusSet: Set<string> | null): ServiceFlowNode[] {
  const services = visibleServices(model, view, focusSet);
  const problems = countProblems(model.diagnostics);
  const query = view.filters.search.trim().toLowerCase();
  const compact = services.length > COMPACT_ABOVE;
  const short = shortNames(services.map((s) => s.name), SHORT_NAME);
  return services.map((service) => ({
    id: service.name,
    type: 'service',
    position: { x: 0, y: 0 },
    width: NODE_WIDTH,
    height: compact ? COMPACT_HEIGHT : nodeHeight(service),
    data: {
      service,
      problems: problems.get(service.name) ?? NO_PROBLEMS,
      selected: view.selected === service.name,
      matched: query !== '' && service.name.toLowerCase().includes(query),
      ...(compact ? { compact } : {}),
      ...(short.has(service.name) ? { shortName: short.get(service.name) } : {}),
    },
    selected: view.selected === service.name,
    ariaLabel: `Service ${service.name}`,
  }));
}

/**
 * The one place a Dependency becomes an xyflow Edge: the dependencies between the services
 * shown, one edge per pair and kind. The edge's text is `data.label`; the graph view puts it on
 * the edge as xyflow's `label` only where labels are drawn (see showsLabels), so a big graph's
 * edges reach the screen as they are built here instead of as thousands of copies.
 */
export function dependencyEdges(services: Service[]): Edge<DependencyEdgeData>[] {
  const shown = new Set(services.map((s) => s.name));
  const edges: Edge<DependencyEdgeData>[] = [];
  const markers: Partial<Record<keyof typeof EDGE_STYLES, EdgeMarker>> = {};
  for (const service of services) {
    const seen = new Set<string>();
    for (const dep of service.dependsOn) {
      if (!shown.has(dep.service)) continue;
      const kind = edgeKind(dep);
      // A docs edge that compose already states adds nothing to the picture.
      if (kind === 'docs' && service.dependsOn.some((d) => d.origin === 'compose' && d.service === dep.service)) continue;
      const id = `${service.name}->${dep.service}:${kind}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const style = EDGE_STYLES[kind];
      const label = kind === 'inferred' && dep.reason ? `inferred from ${dep.reason}` : style.label;
      // A big stack has thousands of edges and a handful of kinds: one arrowhead object per kind.
      const markerEnd = (markers[kind] ??= { type: 'arrowclosed' as never, width: 14, height: 14, color: style.color });
      edges.push({
        id,
        source: service.name,
        target: dep.service,
        type: 'routed',
        className: style.className,
        animated: false,
        markerEnd,
        data: { dependency: dep, label, labelSize: label === style.label ? LABEL_SIZES[kind] : labelSize(label) },
      });
    }
  }
  return edges;
}

function countProblems(diagnostics: Diagnostic[]): Map<string, { errors: number; warnings: number }> {
  const counts = new Map<string, { errors: number; warnings: number }>();
  for (const d of diagnostics) {
    if (!d.service) continue;
    const c = counts.get(d.service) ?? { errors: 0, warnings: 0 };
    if (d.severity === 'error') c.errors++;
    else if (d.severity === 'warning') c.warnings++;
    counts.set(d.service, c);
  }
  return counts;
}
