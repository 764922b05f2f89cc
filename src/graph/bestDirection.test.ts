import { describe, expect, it } from 'vitest';
import { generateStack } from '../../bench/generateStack';
import { loadWorkspace } from '../core/model/buildModel';
import { bestDirection, directionFor, layering } from './bestDirection';
import type { GraphPlan } from './types';

/** `layers` layers of `width` services each, every service depending on the one below it. */
function stack(layers: number, width: number) {
  const lines = ['services:'];
  for (let l = 0; l < layers; l++) {
    for (let i = 0; i < width; i++) {
      lines.push(`  s${l}-${i}:`, '    image: nginx');
      if (l + 1 < layers) lines.push(`    depends_on: [s${l + 1}-${i}]`);
    }
  }
  return loadWorkspace([{ path: 'compose.yaml', text: lines.join('\n') }], {}).model.services;
}

const laptop = { width: 1400, height: 600 };
const tablet = { width: 760, height: 900 };

describe('layering', () => {
  it('counts the layers and the widest one, a service one layer past what needs it', () => {
    expect(layering(stack(4, 3))).toEqual({ layers: 4, widest: 3 });
  });

  it('survives a cycle', () => {
    const { model } = loadWorkspace([{ path: 'compose.yaml', text: 'services:\n  a:\n    image: x\n    depends_on: [b]\n  b:\n    image: x\n    depends_on: [a]\n' }], {});
    expect(layering(model.services).layers).toBeGreaterThan(0);
  });
});

describe('bestDirection', () => {
  it('lays a deep chain of few services top to bottom on a tall screen', () => {
    expect(bestDirection(layering(stack(6, 2)), 64, tablet, 'LR')).toBe('TB');
  });

  it('lays a shallow stack of many services left to right, even on a tall screen', () => {
    expect(bestDirection(layering(stack(2, 10)), 64, laptop, 'TB')).toBe('LR');
    const { model } = loadWorkspace([{ path: 'compose.yaml', text: generateStack(300) }], {});
    expect(bestDirection(layering(model.services), 36, tablet, 'TB')).toBe('LR');
  });

  it('keeps the current direction when the other is not clearly better', () => {
    const square = layering(stack(3, 3));
    expect(bestDirection(square, 64, { width: 1000, height: 1000 }, 'LR')).toBe('LR');
    expect(bestDirection(square, 64, { width: 1000, height: 1000 }, 'TB')).toBe('TB');
  });
});

describe('directionFor', () => {
  const { model } = loadWorkspace([{ path: 'compose.yaml', text: generateStack(300) }], {});
  const plan: GraphPlan = { groupBy: 'none', showInactive: false, hiddenNetworks: [], focus: null, collapsed: [], showVolumes: false, direction: 'TB' };

  it('chooses only when the plan asks, for a graph not grouped', () => {
    expect(directionFor(model, { ...plan, fitTo: tablet })).toBe('LR');
    expect(directionFor(model, plan)).toBe('TB');
    expect(directionFor(model, { ...plan, groupBy: 'network', fitTo: tablet })).toBe('TB');
  });
});
