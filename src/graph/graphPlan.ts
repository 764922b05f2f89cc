import { focusSet } from '../core/analysis/focus';
import type { DocsModel } from '../core/markdown/types';
import { DEFAULT_VIEW } from '../core/share/restoreView';
import type { LayoutDirection, Model, Service, ViewState } from '../core/types';
import { visibleServices } from './toFlowElements';
import type { GraphShape, LayoutGraph } from './types';
import { addEdges, buildNodes, type BuiltGraph, type GraphNodes } from './buildGraph';
import { toLayoutGraph } from './toLayoutGraph';

/** The focused service and its neighbourhood, or null (no focus, or a name the model lacks). */
export function focusedServices(model: Model, name: string | null): Set<string> | null {
  if (!name || !model.services.some((s) => s.name === name)) return null;
  const { needs, neededBy } = focusSet(model, name);
  return new Set([name, ...needs, ...neededBy]);
}

/** The graph of that shape; selection, search and hover are overlaid on it later. */
export function graphFor(model: Model, docs: DocsModel | null, shape: GraphShape, onToggleGroup: (id: string) => void = () => {}): BuiltGraph {
  return addEdges(graphNodesFor(model, docs, shape, onToggleGroup));
}

/** The first half of `graphFor`: its nodes. `addEdges` makes the whole graph of them. */
export function graphNodesFor(model: Model, docs: DocsModel | null, shape: GraphShape, onToggleGroup: (id: string) => void = () => {}): GraphNodes {
  return buildNodes(model, docs, viewOf(shape), focusedServices(model, shape.focus), {
    groupBy: shape.groupBy,
    collapsed: new Set(shape.collapsed),
    showVolumes: shape.showVolumes,
    onToggleGroup,
  });
}

/** The services a graph of this shape draws: filters, profiles and focus applied. */
export function servicesFor(model: Model, shape: GraphShape): Service[] {
  return visibleServices(model, viewOf(shape), focusedServices(model, shape.focus));
}

/** How many services the hidden networks leave out of the graph of this shape, focus and profiles applied. */
export function leftOutByNetworks(model: Model, shape: GraphShape): number {
  if (!shape.hiddenNetworks.length) return 0;
  const focus = focusedServices(model, shape.focus);
  const shown = (hiddenNetworks: string[]) => visibleServices(model, viewOf({ ...shape, hiddenNetworks }), focus).length;
  return shown([]) - shown(shape.hiddenNetworks);
}

/** The view state that decides which services a graph of this shape shows. */
function viewOf(shape: GraphShape): ViewState {
  return { ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, showInactive: shape.showInactive, hiddenNetworks: shape.hiddenNetworks } };
}

/**
 * The layout graph as the text a layout request carries: a string crosses to the worker far
 * cheaper than the object would be cloned, and it is the layout cache's key on both sides.
 */
export function layoutText(graph: BuiltGraph): { graph: LayoutGraph; text: string } {
  const layoutGraph = toLayoutGraph(graph);
  return { graph: layoutGraph, text: JSON.stringify(layoutGraph) };
}

/** What a layout is cached under, here and in the worker. */
export function layoutKey(text: string, direction: LayoutDirection): string {
  return `${direction}\n${text}`;
}
