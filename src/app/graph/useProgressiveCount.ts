import { useEffect, useState } from 'react';

// Fixed rather than adaptive on purpose: every slice also costs xyflow a pass over all the nodes
// already mounted (its per-node store selectors), so fewer, fuller slices finish sooner.
const SLICE = 40;

/**
 * How many of `total` items to render: all at once for small lists; for big ones none in the
 * task that brought them (it already did the work of receiving them), then a slice more per
 * task after `identity` changes, so mounting a thousand nodes is many short tasks instead of
 * one long one that freezes the page.
 */
export function useProgressiveCount(total: number, identity: unknown, immediate = false): number {
  const [state, setState] = useState({ identity, count: 0 });
  // `immediate`: nothing is drawn that the slices would spare (the overview), so take all at once.
  const count = immediate ? total : state.identity === identity ? state.count : 0;
  if (state.identity !== identity || state.count !== count) setState({ identity, count });

  useEffect(() => {
    if (total <= SLICE || count >= total) return;
    const id = setTimeout(() => setState((s) => (s.identity === identity ? { identity, count: Math.min(total, s.count + SLICE) } : s)), 0);
    return () => clearTimeout(id);
  }, [count, total, identity]);
  return total <= SLICE ? total : count;
}
