import type { Node } from '@xyflow/react';
import { useEffect, useState } from 'react';

/**
 * The nodes to hand xyflow when `nodes` may drop some it has mounted. Each of xyflow's node
 * components reads its node from the store by id, and reads it again on every store update until
 * React unmounts it. A node taken out of the list is gone from the store before that, and the read
 * throws: once per update, about nine updates when a new stack replaces the old one. On Chromium a
 * throw costs a fraction of a millisecond, so a few hundred mounted nodes froze the page for tens
 * of ms (more when panning a big graph unmounts a slice of nodes).
 *
 * So a node leaving the list stays one render more, hidden: xyflow unmounts hidden nodes while
 * they are still in its store, and the task after drops them for good, with nothing left to read
 * them.
 */
export function useRetiringNodes<N extends Node>(nodes: N[]): N[] {
  const [state, setState] = useState({ nodes, given: nodes });
  let given = state.given;
  if (state.nodes !== nodes) {
    given = withRetiring(state.given, nodes);
    setState({ nodes, given });
  }
  useEffect(() => {
    if (state.given === state.nodes) return;
    const id = setTimeout(() => setState((s) => (s.nodes === state.nodes ? { nodes: s.nodes, given: s.nodes } : s)), 0);
    return () => clearTimeout(id);
  }, [state]);
  return given;
}

/** `next`, and hidden copies of the nodes xyflow showed (in `previous`) that `next` no longer has. */
export function withRetiring<N extends Node>(previous: N[], next: N[]): N[] {
  let ids: Set<string> | null = null;
  const retiring: N[] = [];
  for (const n of previous) {
    if (n.hidden) continue;
    ids ??= new Set(next.map((m) => m.id));
    if (!ids.has(n.id)) retiring.push({ ...n, hidden: true });
  }
  return retiring.length ? next.concat(retiring) : next;
}
