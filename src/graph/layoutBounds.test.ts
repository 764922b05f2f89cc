import { describe, expect, it } from 'vitest';
import { layoutBounds } from './layoutBounds';
import type { LayoutGraph } from './types';

const graph: LayoutGraph = {
  nodes: [
    { id: 'group', width: 10, height: 10 },
    { id: 'api', width: 100, height: 40, parent: 'group' },
    { id: 'web', width: 100, height: 40 },
    { id: 'db', width: 100, height: 40 },
  ],
  edges: [{ id: 'web->db', source: 'web', target: 'db', label: { width: 60, height: 18 } }],
};

describe('layoutBounds', () => {
  it('frames the top-level boxes, with the sizes the layout gave them', () => {
    const bounds = layoutBounds(graph, {
      nodes: { group: { x: 0, y: 0, width: 300, height: 200 }, api: { x: 500, y: 500 }, web: { x: 400, y: 0 }, db: { x: 400, y: 100 } },
      edges: {},
    });
    // The member's position is relative to its group: the group's box already holds it.
    expect(bounds).toEqual({ x: 0, y: 0, width: 500, height: 200 });
  });

  it('takes in a route that swings wide, and a label beside it', () => {
    const bounds = layoutBounds(graph, {
      nodes: { group: { x: 0, y: 0, width: 300, height: 200 }, web: { x: 400, y: 0 }, db: { x: 400, y: 100 } },
      edges: { 'web->db': { points: [{ x: 450, y: 40 }, { x: 560, y: 40 }, { x: 560, y: 100 }], label: { x: 580, y: 70 } } },
    });
    expect(bounds).toEqual({ x: 0, y: 0, width: 610, height: 200 });
  });

  it('ignores a label position the graph has no label for', () => {
    const unlabelled: LayoutGraph = { ...graph, edges: [{ id: 'web->db', source: 'web', target: 'db' }] };
    const bounds = layoutBounds(unlabelled, {
      nodes: { web: { x: 0, y: 0 }, db: { x: 0, y: 100 } },
      edges: { 'web->db': { points: [{ x: 50, y: 40 }, { x: 50, y: 100 }], label: { x: 900, y: 70 } } },
    });
    expect(bounds).toEqual({ x: 0, y: 0, width: 100, height: 140 });
  });

  it('is null when nothing is placed', () => {
    expect(layoutBounds(graph, { nodes: {}, edges: {} })).toBeNull();
  });
});
