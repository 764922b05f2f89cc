import type { Viewport } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

// Below this zoom a node shows its name only and edge labels are hidden: its details would be
// unreadable (the sample fits a laptop screen just above it, details and all).
export const NAMES_ONLY_ZOOM = 0.45;
// Below this zoom ("far out") a big graph, where a screen holds well over a hundred nodes, is
// drawn as the overview.
export const FAR_ZOOM = 0.6;
// In the overview, from this zoom on the boxes are wide enough on screen to carry a name.
export const OVERVIEW_NAMES_ZOOM = 0.4;

/** Which of the thresholds above a zoom is past. */
export interface ZoomBands {
  namesOnly: boolean;
  farOut: boolean;
  named: boolean;
}

export const zoomBands = (zoom: number): ZoomBands => ({ namesOnly: zoom < NAMES_ONLY_ZOOM, farOut: zoom < FAR_ZOOM, named: zoom >= OVERVIEW_NAMES_ZOOM });
const sameBands = (a: ZoomBands, b: ZoomBands) => a.namesOnly === b.namesOnly && a.farOut === b.farOut && a.named === b.named;
// Until the first zoom is known, past none of them.
const NO_BANDS: ZoomBands = { namesOnly: false, farOut: false, named: false };

/**
 * What follows the zoom. The `--zoom` CSS variable on `element` follows every frame (it keeps
 * names readable zoomed out, with no re-render). The bands, which change the picture (the
 * overview gives way to nodes, names come or go), follow in a task of their own after the one
 * that crossed a threshold: a wheel's task already moves and paints the whole view. They follow
 * the viewport as it is by then, so a crossing undone within a task changes nothing.
 *
 * `follow(zoom)` sets all of it at once (after a programmatic fit); `onMove` is xyflow's.
 * `onCrossed(before, after, viewport)` is told of each change of bands that came from a move.
 */
export function useZoomBands(
  element: RefObject<HTMLElement | null>,
  getViewport: () => Viewport,
  onCrossed: (before: ZoomBands, after: ZoomBands, viewport: Viewport) => void,
): { bands: ZoomBands; follow: (zoom: number) => void; onMove: (event: unknown, viewport: Viewport) => void } {
  const [bands, setBands] = useState(NO_BANDS);
  // What was last asked for: the state follows it at the next render.
  const asked = useRef(NO_BANDS);
  const follow = useCallback(
    (zoom: number) => {
      element.current?.style.setProperty('--zoom', String(zoom));
      const next = zoomBands(zoom);
      if (sameBands(next, asked.current)) return;
      asked.current = next;
      setBands(next);
    },
    [element],
  );

  const latest = useRef({ getViewport, onCrossed });
  useEffect(() => {
    latest.current = { getViewport, onCrossed };
  });
  const timer = useRef(0);
  const onMove = useCallback(
    (_: unknown, viewport: Viewport) => {
      element.current?.style.setProperty('--zoom', String(viewport.zoom));
      if (timer.current || sameBands(zoomBands(viewport.zoom), asked.current)) return;
      timer.current = window.setTimeout(() => {
        timer.current = 0;
        const before = asked.current;
        const now = latest.current.getViewport();
        follow(now.zoom);
        if (asked.current !== before) latest.current.onCrossed(before, asked.current, now);
      });
    },
    [element, follow],
  );
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      timer.current = 0;
    },
    [],
  );
  return { bands, follow, onMove };
}
