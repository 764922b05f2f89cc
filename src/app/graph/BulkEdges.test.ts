import type { Edge } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { absoluteBoxes, bulkPaths, overviewGroupNames, overviewNames, overviewPaths } from './BulkEdges';
import { middleEllipsis } from './middleEllipsis';
import type { GraphNode, RoutedEdgeData } from '../../graph/buildGraph';

const service = (id: string, x: number, y: number, extra: Partial<GraphNode> = {}, data: Record<string, unknown> = {}) =>
  ({
    id,
    type: 'service',
    position: { x, y },
    width: 200,
    height: 60,
    data: { service: { name: id, active: true }, problems: { errors: 0, warnings: 0 }, matched: false, ...data },
    ...extra,
  }) as unknown as GraphNode;

const edge = (source: string, target: string, className: string, route?: { x: number; y: number }[]) =>
  ({ id: `${source}->${target}`, source, target, className, markerEnd: 'arrow', data: route ? { route } : {} }) as unknown as Edge<RoutedEdgeData>;

describe('bulk edges', () => {
  it('places grouped nodes by their group, as xyflow does', () => {
    const group = { id: 'group:a', type: 'serviceGroup', position: { x: 100, y: 50 }, width: 400, height: 200, data: {} } as unknown as GraphNode;
    const boxes = absoluteBoxes([service('api', 10, 20, { parentId: 'group:a' }), group]);
    expect(boxes.get('api')).toEqual({ x: 110, y: 70, width: 200, height: 60 });
  });

  it('places nodes where `placeOf` says, nested groups included, whatever their own positions', () => {
    const outer = { id: 'group:a', type: 'serviceGroup', position: { x: 0, y: 0 }, data: {} } as unknown as GraphNode;
    const inner = { id: 'group:b', type: 'serviceGroup', position: { x: 0, y: 0 }, parentId: 'group:a', data: {} } as unknown as GraphNode;
    const nodes = [service('api', 0, 0, { parentId: 'group:b' }), inner, outer, service('db', 0, 0)];
    const at: Record<string, { x: number; y: number; width: number; height: number }> = {
      'group:a': { x: 100, y: 50, width: 600, height: 400 },
      'group:b': { x: 20, y: 30, width: 300, height: 200 },
      api: { x: 5, y: 6, width: 200, height: 36 },
      db: { x: 900, y: 10, width: 200, height: 36 },
    };
    const boxes = absoluteBoxes(nodes, (n) => at[n.id]);
    expect(boxes.get('api')).toEqual({ x: 125, y: 86, width: 200, height: 36 });
    expect(boxes.get('group:b')).toEqual({ x: 120, y: 80, width: 300, height: 200 });
    expect(boxes.get('db')).toEqual(at.db);
  });

  it('draws an unrouted edge side to side in the layout direction, and a routed one along its route', () => {
    const nodes = [service('web', 0, 0), service('db', 400, 100)];
    const [straight] = bulkPaths(absoluteBoxes(nodes), [edge('web', 'db', 'edge-started')], 'LR');
    expect(straight.className).toBe('edge-started');
    expect(straight.lines).toBe('M200 30L400 130');
    // The arrowhead ends where the edge does.
    expect(straight.heads.startsWith('M400 130')).toBe(true);

    const [down] = bulkPaths(absoluteBoxes(nodes), [edge('web', 'db', 'edge-started')], 'TB');
    expect(down.lines).toBe('M100 60L500 100');

    const [routed] = bulkPaths(new Map(), [edge('web', 'db', 'edge-healthy', [{ x: 200.4, y: 30 }, { x: 300, y: 30 }, { x: 300, y: 130 }, { x: 399.6, y: 130 }])], 'LR');
    expect(routed.lines).toBe('M200 30L300 30L300 130L400 130');
  });

  it('draws one path per kind of edge', () => {
    const nodes = [service('a', 0, 0), service('b', 400, 0), service('c', 800, 0)];
    const paths = bulkPaths(absoluteBoxes(nodes), [edge('a', 'b', 'edge-started'), edge('b', 'c', 'edge-started'), edge('a', 'c', 'edge-healthy')], 'LR');
    expect(paths.map((p) => p.className).sort()).toEqual(['edge-healthy', 'edge-started']);
    expect(paths.find((p) => p.className === 'edge-started')!.lines.match(/M/g)).toHaveLength(2);
  });

  it('skips an edge whose ends are not known', () => {
    expect(bulkPaths(absoluteBoxes([service('a', 0, 0)]), [edge('a', 'gone', 'edge-started')], 'LR')).toEqual([]);
  });
});

describe('overview boxes', () => {
  it('draws groups under services, and each service in the look that says the most about it', () => {
    const group = { id: 'group:a', type: 'serviceGroup', position: { x: 0, y: 0 }, width: 900, height: 300, data: {} } as unknown as GraphNode;
    const nodes = [
      service('plain', 0, 0),
      service('broken', 300, 0, {}, { problems: { errors: 1, warnings: 0 } }),
      service('picked', 600, 0, { selected: true }, { problems: { errors: 1, warnings: 0 } }),
      group,
    ];
    const looks = overviewPaths(nodes, absoluteBoxes(nodes));
    expect(looks[0].className).toBe('serviceGroup');
    expect(Object.fromEntries(looks.map((l) => [l.className, l.d]))).toMatchObject({
      service: 'M0 0h200v60h-200Z',
      'has-errors': 'M300 0h200v60h-200Z',
      'is-selected': 'M600 0h200v60h-200Z',
    });
  });
});

describe('overview names', () => {
  it('cuts long names in the middle, so names that share a start stay apart', () => {
    expect(middleEllipsis('snuba-subscription-consumer-events', 11)).toBe('snuba…vents');
    expect(middleEllipsis('snuba-subscription-consumer-eap-items', 11)).toBe('snuba…items');
    expect(middleEllipsis('api', 11)).toBe('api');
  });

  it('names each service inside its box, and nothing else', () => {
    const group = { id: 'group:a', type: 'serviceGroup', position: { x: 0, y: 0 }, width: 900, height: 300, data: {} } as unknown as GraphNode;
    const nodes = [service('api', 100, 40), group];
    const names = overviewNames(nodes, absoluteBoxes(nodes));
    expect(names).toHaveLength(1);
    expect(names[0]).toMatchObject({ id: 'api', text: 'api', x: 112 });
    expect(names[0].y).toBeGreaterThan(40);
    expect(names[0].y).toBeLessThan(100);
  });

  it('names each group, with its count, at its box\'s top left corner', () => {
    const group = { id: 'group:net', type: 'serviceGroup', position: { x: 50, y: 20 }, width: 900, height: 300, data: { group: { label: 'backend' }, count: 12 } } as unknown as GraphNode;
    const nodes = [group, { ...service('api', 10, 40), parentId: 'group:net' } as GraphNode];
    expect(overviewGroupNames(nodes, absoluteBoxes(nodes))).toEqual([{ id: 'group:net', text: 'backend (12)', x: 50, y: 20 }]);
  });

  it('names only the boxes in view', () => {
    const nodes = [service('here', 0, 0), service('edge', 900, 500), service('far', 1100, 0)];
    const names = overviewNames(nodes, absoluteBoxes(nodes), { x: 0, y: 0, width: 1000, height: 600 });
    expect(names.map((n) => n.id)).toEqual(['here', 'edge']);
  });
});
