import { describe, expect, it } from 'vitest';
import { findCycles, reachability, stronglyConnected } from './graph';
import { analyzeHealthTiming, explainHealthTiming } from './healthTiming';
import { formatRange } from './formatTime';

const graph = (edges: number[][]) => edges.map((list) => list.map((to) => ({ to })));

describe('graph helpers', () => {
  it('numbers components dependencies first', () => {
    // 0 waits for 1, 1 waits for 2; 3 and 4 wait for each other.
    const edges = graph([[1], [2], [], [4], [3]]);
    const c = stronglyConnected(edges);
    expect(c[2]).toBeLessThan(c[1]);
    expect(c[1]).toBeLessThan(c[0]);
    expect(c[3]).toBe(c[4]);
  });

  it('names the shortest loop through every member of a component', () => {
    // 0 → 1 → 2 → 0 and 1 → 0: two loops share 0 and 1.
    const edges = graph([[1], [2, 0], [0], [3]]);
    expect(findCycles(edges, stronglyConnected(edges))).toEqual([[0, 1], [2, 0, 1], [3]]);
  });

  it('answers transitive reachability, across and inside cycles', () => {
    const reaches = reachability(graph([[1], [2], [], [4], [3, 0], []]));
    expect(reaches(0, 2)).toBe(true);
    expect(reaches(2, 0)).toBe(false);
    expect(reaches(4, 2)).toBe(true);
    expect(reaches(3, 3)).toBe(true);
    expect(reaches(0, 0)).toBe(false);
    expect(reaches(5, 0)).toBe(false);
  });

  it('handles more than 32 nodes in its bitsets', () => {
    const n = 100;
    const reaches = reachability(graph(Array.from({ length: n }, (_, i) => (i ? [i - 1] : []))));
    expect(reaches(99, 0)).toBe(true);
    expect(reaches(40, 33)).toBe(true);
    expect(reaches(33, 40)).toBe(false);
  });
});

describe('healthcheck timing', () => {
  it("follows Docker's schedule: start_interval during start_period, else interval", () => {
    expect(analyzeHealthTiming({ interval_s: 10, timeout_s: 5, retries: 3, start_period_s: 30, start_interval_s: 5 })).toEqual({ firstProbe_s: 5, worst_s: 75 });
    expect(analyzeHealthTiming({ interval_s: 30, timeout_s: 30, retries: 3, start_period_s: 0, start_interval_s: 5 })).toEqual({ firstProbe_s: 30, worst_s: 180 });
    expect(explainHealthTiming({ interval_s: 10, timeout_s: 5, retries: 3, start_period_s: 30, start_interval_s: 5 }).worstText).toBe('30 + 3 × (10 + 5) = 75 s');
  });

  it('falls back to defaults for values that are not durations', () => {
    expect(analyzeHealthTiming({ interval_s: Number.NaN, timeout_s: -1, retries: 3, start_period_s: 0, start_interval_s: 5 })).toEqual({ firstProbe_s: 30, worst_s: 180 });
  });

  it('writes ranges compactly', () => {
    expect(formatRange({ min_s: 6, max_s: 6 })).toBe('6 s');
    expect(formatRange({ min_s: 1.5, max_s: 111.333 })).toBe('1.5–111.33 s');
  });
});
