import { useEffect, useMemo, useState } from 'react';
import type { LayoutDirection } from '../../core/types';
import type { LayoutGraph, LayoutResult } from '../../worker/protocol';
import { coreClient } from '../coreClient';
import { quickPlacement } from './quickPlacement';

/**
 * The quick placement at once, then elk's layout from the worker when it arrives. `final` is
 * true while `layout` is elk's for exactly this graph and direction; `quick` is the placement.
 */
export function useGraphLayout(
  graph: LayoutGraph | null,
  direction: LayoutDirection,
): { layout: LayoutResult | null; final: boolean; quick: LayoutResult | null } {
  const key = useMemo(() => (graph ? `${direction}|${JSON.stringify(graph)}` : ''), [graph, direction]);
  const [laidOut, setLaidOut] = useState<{ key: string; layout: LayoutResult } | null>(null);
  const isFinal = laidOut !== null && laidOut.key === key;

  useEffect(() => {
    if (!graph) return;
    let current = true;
    coreClient
      .layout(graph, direction)
      .then((layout) => current && setLaidOut({ key, layout }))
      .catch(() => undefined);
    return () => {
      current = false;
    };
    // `key` captures everything the layout reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  // Kept after elk's layout arrives: a big graph moves its nodes over from it a slice at a time.
  const quick = useMemo(() => (graph ? quickPlacement(graph, direction) : null), [graph, direction]);
  return { layout: isFinal ? laidOut.layout : quick, final: isFinal, quick };
}
