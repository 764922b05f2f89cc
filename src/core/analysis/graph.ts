// The depends_on graph compose itself acts on: active compose services and the compose
// dependencies between them. Docs, mermaid and inferred edges never change how compose starts.
import type { Dependency, Model, Service } from '../types';

export interface Edge {
  to: number;
  dep: Dependency;
}

export interface StartupGraph {
  services: Service[];
  index: Map<string, number>;
  /** `edges[i]`: what service i waits for. */
  edges: Edge[][];
}

export const isComposeService = (s: Service): boolean => s.origin.includes('compose');

export function buildStartupGraph(model: Model): StartupGraph {
  const services = model.services.filter((s) => s.active && isComposeService(s));
  const index = new Map<string, number>();
  services.forEach((s, i) => {
    if (!index.has(s.name)) index.set(s.name, i);
  });
  const edges = services.map((s) => {
    const out: Edge[] = [];
    const seen = new Set<number>();
    for (const dep of s.dependsOn) {
      const to = dep.origin === 'compose' ? index.get(dep.service) : undefined;
      // A dependency on a service that is absent or not started (missing, profile off) is
      // not waited for: compose drops it when `required: false`, and checks report the rest.
      if (to === undefined || seen.has(to)) continue;
      seen.add(to);
      out.push({ to, dep });
    }
    return out;
  });
  return { services, index, edges };
}

/**
 * Strongly connected components (Tarjan), iterative so a long chain cannot overflow the stack.
 * Returns each node's component id; components are numbered in reverse topological order
 * (a component's dependencies get lower ids than the component itself).
 */
export function stronglyConnected(edges: { to: number }[][]): number[] {
  const n = edges.length;
  const order = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const component = new Array<number>(n).fill(-1);
  const onStack = new Array<boolean>(n).fill(false);
  const stack: number[] = [];
  let counter = 0;
  let components = 0;
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    const work: [number, number][] = [[root, 0]];
    order[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (work.length) {
      const frame = work[work.length - 1];
      const [v, i] = frame;
      if (i < edges[v].length) {
        frame[1]++;
        const w = edges[v][i].to;
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = true;
          work.push([w, 0]);
        } else if (onStack[w]) {
          low[v] = Math.min(low[v], order[w]);
        }
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1][0];
        low[parent] = Math.min(low[parent], low[v]);
      }
      if (low[v] === order[v]) {
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = false;
          component[w] = components;
        } while (w !== v);
        components++;
      }
    }
  }
  return component;
}

/**
 * The cycles to report: for every component that loops, the shortest loops through its members
 * until each member is named in one. Each cycle lists service indexes in dependency order.
 */
export function findCycles(edges: { to: number }[][], component: number[]): number[][] {
  const members = new Map<number, number[]>();
  component.forEach((c, v) => {
    const list = members.get(c);
    if (list) list.push(v);
    else members.set(c, [v]);
  });
  const cycles: number[][] = [];
  for (const group of members.values()) {
    const looping = group.length > 1 || edges[group[0]].some((e) => e.to === group[0]);
    if (!looping) continue;
    const covered = new Set<number>();
    for (const start of group) {
      if (covered.has(start)) continue;
      const cycle = shortestLoop(edges, component, start);
      cycle.forEach((v) => covered.add(v));
      cycles.push(cycle);
    }
  }
  return cycles;
}

function shortestLoop(edges: { to: number }[][], component: number[], start: number): number[] {
  const previous = new Map<number, number>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head];
    for (const { to } of edges[v]) {
      if (component[to] !== component[start]) continue;
      if (to === start) {
        const path = [v];
        for (let u = v; u !== start; ) {
          u = previous.get(u)!;
          path.push(u);
        }
        return path.reverse();
      }
      if (!previous.has(to)) {
        previous.set(to, v);
        queue.push(to);
      }
    }
  }
  return [start];
}

/**
 * `reaches(from, to)`: whether `from` waits for `to` through one or more edges. Bitsets per
 * component, built dependencies-first, so each query is one lookup.
 */
export function reachability(edges: { to: number }[][]): (from: number, to: number) => boolean {
  const n = edges.length;
  const words = Math.ceil(n / 32) || 1;
  const component = stronglyConnected(edges);
  const count = component.reduce((m, c) => Math.max(m, c + 1), 0);
  const members: number[][] = Array.from({ length: count }, () => []);
  component.forEach((c, v) => members[c].push(v));
  const bits = new Uint32Array(count * words);
  const set = (c: number, v: number) => (bits[c * words + (v >>> 5)] |= 1 << (v & 31));
  for (let c = 0; c < count; c++) {
    const looping = members[c].length > 1 || edges[members[c][0]].some((e) => e.to === members[c][0]);
    if (looping) for (const v of members[c]) set(c, v);
    for (const v of members[c]) {
      for (const { to } of edges[v]) {
        const d = component[to];
        set(c, to);
        if (d === c) continue;
        for (let w = 0; w < words; w++) bits[c * words + w] |= bits[d * words + w];
      }
    }
  }
  return (from, to) => (bits[component[from] * words + (to >>> 5)] & (1 << (to & 31))) !== 0;
}
