import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../core/model/buildModel';
import { DEFAULT_VIEW } from '../../core/share/restoreView';
import { buildGraph } from '../../graph/buildGraph';
import { legendFeatures } from './GraphLegend';

const STACK = `services:
  proxy:
    image: nginx
    networks: [front]
    depends_on:
      api: { condition: service_healthy }
  api:
    image: example/api
    networks: [front, back]
    depends_on:
      migrate: { condition: service_completed_successfully }
    healthcheck: { test: ["CMD", "true"] }
    volumes: [data:/srv]
  migrate:
    image: example/api
    command: migrate
    restart: "no"
    networks: [back]
  debug:
    image: busybox
    profiles: [debug]
networks: { front: {}, back: {} }
volumes: { data: {} }
`;

const { model } = loadWorkspace([{ path: 'compose.yaml', text: STACK }]);
const graph = (options: { groupBy?: 'none' | 'network'; showVolumes?: boolean; showInactive?: boolean } = {}) => {
  const view = { ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, showInactive: options.showInactive ?? false } };
  return buildGraph(model, null, view, null, {
    groupBy: options.groupBy ?? 'none',
    collapsed: new Set(),
    showVolumes: options.showVolumes ?? false,
    onToggleGroup: () => undefined,
  });
};

describe('legendFeatures', () => {
  it('lists the edge kinds in use, in the legend’s order, and nothing the graph lacks', () => {
    const { nodes, edges } = graph();
    const has = legendFeatures(nodes, edges);
    expect(has.lines.map((l) => l.label)).toEqual(['healthy', 'completed']);
    expect(has.oneShot).toBe(true);
    expect(has).toMatchObject({ groups: false, collapsed: false, volumes: false, inactive: false, docsOnly: false, edgeErrors: false });
  });

  it('follows what the view adds: groups, volumes, inactive services', () => {
    const { nodes, edges } = graph({ groupBy: 'network', showVolumes: true, showInactive: true });
    expect(legendFeatures(nodes, edges)).toMatchObject({ groups: true, volumes: true, inactive: true });
  });

  it('explains faint edges between groups only where they are drawn faint: in bulk', () => {
    const { nodes, edges } = graph({ groupBy: 'network' });
    expect(edges.some((e) => e.className?.includes('is-across'))).toBe(true);
    expect(legendFeatures(nodes, edges).faintAcross).toBe(false);
    expect(legendFeatures(nodes, edges, true).faintAcross).toBe(true);
    expect(legendFeatures(graph().nodes, graph().edges, true).faintAcross).toBe(false);
  });
});
