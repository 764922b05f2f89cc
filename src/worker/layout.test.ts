import { describe, expect, it } from 'vitest';
import { generateStack } from '../../bench/generateStack';
import { graphFor, layoutText } from '../graph/graphPlan';
import type { GraphShape, LayoutResult } from '../graph/types';
import { quickPlacement } from '../graph/quickPlacement';
import { loadWorkspace } from '../core/model/buildModel';
import { layoutGraph, placeQuickly, toElkGraph } from './layout';

const plain: GraphShape = { groupBy: 'none', showInactive: false, hiddenNetworks: [], focus: null, collapsed: [], showVolumes: false };
const big = loadWorkspace([{ path: 'compose.yaml', text: generateStack(300) }], {});
const small = loadWorkspace([{ path: 'compose.yaml', text: generateStack(40) }], {});

describe('toElkGraph', () => {
  it('starts a big flat graph from the quick placement’s order', () => {
    const { graph } = layoutText(graphFor(big.model, big.docs, plain));
    const elk = toElkGraph(graph, 'LR');
    expect(elk.layoutOptions!['elk.layered.crossingMinimization.strategy']).toBe('INTERACTIVE');
    const quick = quickPlacement(graph, 'LR');
    for (const child of elk.children!) expect({ x: child.x, y: child.y }).toEqual(quick.nodes[child.id]);
  });

  it('leaves small graphs and grouped ones to elk’s own crossing minimisation', () => {
    const flat = toElkGraph(layoutText(graphFor(small.model, small.docs, plain)).graph, 'LR');
    expect(flat.layoutOptions).not.toHaveProperty(['elk.layered.crossingMinimization.strategy']);
    expect(flat.children!.every((c) => c.x === undefined)).toBe(true);
    const grouped = toElkGraph(layoutText(graphFor(big.model, big.docs, { ...plain, groupBy: 'network' })).graph, 'LR');
    expect(grouped.layoutOptions).not.toHaveProperty(['elk.layered.crossingMinimization.strategy']);
  });
});

describe('placeQuickly', () => {
  it('places a graph once: the seed elk asks for is the placement a load sent ahead', () => {
    const { graph, text } = layoutText(graphFor(big.model, big.docs, plain));
    const sent = placeQuickly(text, graph, 'LR');
    expect(sent).toEqual(quickPlacement(graph, 'LR'));
    let asked = 0;
    toElkGraph(graph, 'LR', (g) => (asked++, placeQuickly(text, g, 'LR')));
    expect(asked).toBe(1);
    expect(placeQuickly(text, graph, 'LR')).toBe(sent);
    expect(placeQuickly(text, graph, 'TB')).not.toBe(sent);
  });
});

describe('layoutGraph', () => {
  it('places every node and routes every edge of a big stack, and answers a repeat from its cache', async () => {
    const { graph, text } = layoutText(graphFor(big.model, big.docs, plain));
    const pending = layoutGraph(text, 'LR');
    expect(layoutGraph(text, 'LR')).toBe(pending);
    const layout = JSON.parse(await pending) as LayoutResult;
    expect(Object.keys(layout.nodes)).toHaveLength(graph.nodes.length);
    for (const e of graph.edges) expect(layout.edges[e.id].points.length).toBeGreaterThanOrEqual(2);
    // Layered left to right: every dependency points from an earlier layer to a later one.
    const left = (id: string) => layout.nodes[id].x;
    expect(graph.edges.filter((e) => left(e.source) >= left(e.target))).toEqual([]);
  }, 30_000);
});
