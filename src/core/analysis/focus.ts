// A service's neighbourhood for the focus filter: everything it needs, and everything that needs it.
import type { DependencyOrigin, Model } from '../types';

export interface FocusOptions {
  /** Which kinds of dependency to follow; all of them when absent. */
  origins?: DependencyOrigin[];
}

/**
 * The services `name` depends on (`needs`) and that depend on it (`neededBy`), transitively,
 * in breadth-first order. The service itself is in neither list; an unknown name gives two empty lists.
 */
export function focusSet(model: Model, name: string, options: FocusOptions = {}): { needs: string[]; neededBy: string[] } {
  const follow = options.origins ? new Set(options.origins) : null;
  const known = new Set(model.services.map((s) => s.name));
  if (!known.has(name)) return { needs: [], neededBy: [] };
  const forward = new Map<string, string[]>();
  const backward = new Map<string, string[]>();
  for (const s of model.services) {
    for (const d of s.dependsOn) {
      if ((follow && !follow.has(d.origin)) || !known.has(d.service)) continue;
      push(forward, s.name, d.service);
      push(backward, d.service, s.name);
    }
  }
  return { needs: reach(forward, name), neededBy: reach(backward, name) };
}

function push(map: Map<string, string[]>, key: string, value: string) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function reach(edges: Map<string, string[]>, start: string): string[] {
  const seen = new Set([start]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    for (const next of edges.get(queue[head]) ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return queue.slice(1);
}
