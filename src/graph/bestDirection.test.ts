import { describe, expect, it } from 'vitest';
import { generateStack } from '../../bench/generateStack';
import { loadWorkspace } from '../core/model/buildModel';
import { bestDirection } from './bestDirection';
import { graphFor, layoutText } from './graphPlan';
import type { LayoutGraph } from './types';

/** `layers` layers of `width` services each, every service depending on one in the next layer. */
function stack(layers: number, width: number): LayoutGraph {
  const id = (l: number, i: number) => `s${l}-${i}`;
  const nodes = [];
  const edges = [];
  for (let l = 0; l < layers; l++) {
    for (let i = 0; i < width; i++) {
      nodes.push({ id: id(l, i), width: 232, height: 64 });
      if (l > 0) edges.push({ id: `${id(l - 1, i)}->${id(l, i)}`, source: id(l - 1, i), target: id(l, i) });
    }
  }
  return { nodes, edges };
}

const laptop = { width: 1400, height: 770 };
const tablet = { width: 820, height: 1000 };

describe('bestDirection', () => {
  it('lays a deep chain of few services top to bottom on a tall screen', () => {
    expect(bestDirection(stack(6, 2), tablet, 'LR')).toBe('TB');
  });

  it('lays a shallow stack of many services left to right, even on a tall screen', () => {
    expect(bestDirection(stack(2, 10), laptop, 'TB')).toBe('LR');
    const { model, docs } = loadWorkspace([{ path: 'compose.yaml', text: generateStack(300) }], {});
    const { graph } = layoutText(graphFor(model, docs, { groupBy: 'none', showInactive: false, hiddenNetworks: [], focus: null, collapsed: [], showVolumes: false }));
    expect(bestDirection(graph, tablet, 'TB')).toBe('LR');
  });

  it('keeps the current direction when the other is not clearly better', () => {
    const square = stack(3, 3);
    expect(bestDirection(square, { width: 1000, height: 1000 }, 'LR')).toBe('LR');
    expect(bestDirection(square, { width: 1000, height: 1000 }, 'TB')).toBe('TB');
  });
});
