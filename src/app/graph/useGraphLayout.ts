import { useEffect, useMemo, useState } from 'react';
import type { LayoutDirection } from '../../core/types';
import type { LayoutGraph, LayoutResult } from '../../graph/types';
import { coreClient } from '../coreClient';
import { layoutKey } from '../../graph/graphPlan';
import { quickPlacement } from '../../graph/quickPlacement';

/**
 * The quick placement at once, then elk's layout from the worker when it arrives. `input` is the
 * layout graph and its text (graphPlan's layoutText), the text being the layout's key. `final` is
 * true while `layout` is elk's for exactly this graph and direction; `quick` is the placement.
 */
export function useGraphLayout(
  input: { graph: LayoutGraph; text: string } | null,
  direction: LayoutDirection,
): { layout: LayoutResult | null; final: boolean; quick: LayoutResult | null } {
  const key = input ? layoutKey(input.text, direction) : '';
  const [laidOut, setLaidOut] = useState<{ key: string; layout: LayoutResult } | null>(null);
  const isFinal = laidOut !== null && laidOut.key === key;

  useEffect(() => {
    if (!input) return;
    let current = true;
    coreClient
      .layout(input.text, direction)
      .then((layout) => current && setLaidOut({ key, layout }))
      .catch(() => undefined);
    return () => {
      current = false;
    };
    // `key` captures everything the layout reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  // Kept after elk's layout arrives: a big graph moves its nodes over from it a slice at a time.
  // After a load, the worker has usually placed this very graph already (see placeAhead).
  const graph = input?.graph ?? null;
  const quick = useMemo(() => (graph ? (coreClient.placement(key) ?? quickPlacement(graph, direction)) : null), [graph, direction]); // eslint-disable-line react-hooks/exhaustive-deps
  return { layout: isFinal ? laidOut.layout : quick, final: isFinal, quick };
}
