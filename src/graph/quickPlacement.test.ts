import { describe, expect, it } from 'vitest';
import { orderLayers, quickPlacement } from './quickPlacement';

describe('orderLayers', () => {
  it('uncrosses two edges by ordering a layer after its neighbours', () => {
    const layers = [['a', 'b'], ['c', 'd']];
    orderLayers(layers, [['a', 'd'], ['b', 'c']]);
    expect(layers).toEqual([['a', 'b'], ['d', 'c']]);
  });

  it('keeps every node, and the order of a layer with no edges', () => {
    const layers = [['a', 'b', 'c'], ['x', 'y'], ['p', 'q']];
    orderLayers(layers, [['c', 'x'], ['a', 'y']]);
    expect(layers[0]).toEqual(['a', 'b', 'c']);
    expect(layers[1]).toEqual(['y', 'x']);
    expect(layers[2]).toEqual(['p', 'q']);
  });
});

describe('quickPlacement', () => {
  it('places a crossing pair of dependencies without the crossing', () => {
    const node = (id: string) => ({ id, width: 100, height: 40 });
    const layout = quickPlacement(
      { nodes: ['web', 'admin', 'db', 'cache'].map(node), edges: [{ id: 'e1', source: 'web', target: 'cache' }, { id: 'e2', source: 'admin', target: 'db' }] },
      'LR',
    );
    const { web, admin, db, cache } = layout.nodes;
    expect(web.x).toBeLessThan(cache.x);
    expect(Math.sign(web.y - admin.y)).toBe(Math.sign(cache.y - db.y));
  });
});
