import { useEffect, useMemo, useState } from 'react';

type Box = { x: number; y: number; width: number; height: number };
export type ViewRect = { x: number; y: number; width: number; height: number };

const SLICE = 40;

/**
 * Which nodes of a big graph xyflow is given: those in (or near) the view, mounted a slice per
 * task as they come into it. xyflow's own culling mounts everything that scrolls into view in one
 * go, and every node it holds costs a little on every pan frame; this keeps both bounded.
 * `ready` is true once everything near the view is mounted.
 */
export function useMountedInView(
  boxes: Map<string, Box> | null,
  view: ViewRect | null,
  /** Kept mounted wherever it is: the selected service (its panel is open, it may have focus). */
  pinned: string | null = null,
): { mounted: ReadonlySet<string> | null; ready: boolean } {
  const near = useMemo(() => {
    if (!boxes || !view) return null;
    // A margin of a quarter screen each way, so a short pan finds its nodes already there.
    const [x0, y0] = [view.x - view.width / 4, view.y - view.height / 4];
    const [x1, y1] = [view.x + view.width * 1.25, view.y + view.height * 1.25];
    const found: { id: string; distance: number }[] = [];
    const [cx, cy] = [view.x + view.width / 2, view.y + view.height / 2];
    for (const [id, b] of boxes) {
      if (id === pinned || (b.x < x1 && b.x + b.width > x0 && b.y < y1 && b.y + b.height > y0)) {
        found.push({ id, distance: id === pinned ? -1 : Math.hypot(b.x + b.width / 2 - cx, b.y + b.height / 2 - cy) });
      }
    }
    // Nearest the middle of the screen first: the slices fill the view from where the eye is.
    return found.sort((a, b) => a.distance - b.distance).map((f) => f.id);
  }, [boxes, view, pinned]);
  const [mounted, setMounted] = useState<ReadonlySet<string>>(() => new Set());

  const missing = near ? near.filter((id) => !mounted.has(id)) : [];
  const stale = near ? mounted.size > near.length - missing.length : false;
  useEffect(() => {
    if (!near || (!missing.length && !stale)) return;
    const id = setTimeout(() => {
      const keep = new Set(near);
      const next = new Set([...mounted].filter((m) => keep.has(m)));
      for (const m of missing.slice(0, SLICE)) next.add(m);
      setMounted(next);
    }, 0);
    return () => clearTimeout(id);
    // `missing` and `stale` follow from `near` and `mounted`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [near, mounted]);
  return { mounted: near ? mounted : null, ready: near !== null && missing.length === 0 };
}
