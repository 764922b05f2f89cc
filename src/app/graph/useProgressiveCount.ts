import { useEffect, useState } from 'react';

const SLICE = 150;

/**
 * How many of `total` items to render: all at once for small lists; for big ones a slice more
 * each frame after `identity` changes, so mounting a thousand nodes is many short tasks
 * instead of one long one that freezes the page.
 */
export function useProgressiveCount(total: number, identity: unknown): number {
  const [state, setState] = useState({ identity, count: Math.min(total, SLICE) });
  const count = state.identity === identity ? state.count : Math.min(total, SLICE);
  if (state.identity !== identity) setState({ identity, count });

  useEffect(() => {
    if (count >= total) return;
    const id = setTimeout(() => setState((s) => (s.identity === identity ? { identity, count: Math.min(total, s.count + SLICE) } : s)), 0);
    return () => clearTimeout(id);
  }, [count, total, identity]);
  return total <= SLICE ? total : count;
}
