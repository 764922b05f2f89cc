// @vitest-environment jsdom
import type { Viewport } from '@xyflow/react';
import { act, useRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useZoomBands, type ZoomBands } from './useZoomBands';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('useZoomBands', () => {
  let root: Root;
  let host: HTMLDivElement;
  // The viewport as xyflow holds it: moves set it before they call onMove.
  let viewport: Viewport;
  let renders: ZoomBands[];
  let crossings: string[];
  let hook: ReturnType<typeof useZoomBands>;

  function Probe() {
    const element = useRef<HTMLElement | null>(host);
    hook = useZoomBands(element, () => viewport, (before, after, at) => crossings.push(`${before.farOut ? 'far' : 'near'}→${after.farOut ? 'far' : 'near'} at ${at.zoom}`));
    renders.push(hook.bands);
    return null;
  }
  const move = (zoom: number) => act(() => {
    viewport = { x: 0, y: 0, zoom };
    hook.onMove(null, viewport);
  });
  const nextTask = () => act(() => vi.advanceTimersToNextTimer());
  const zoomVar = () => host.style.getPropertyValue('--zoom');

  beforeEach(() => {
    vi.useFakeTimers();
    host = document.createElement('div');
    renders = [];
    crossings = [];
    root = createRoot(document.createElement('div'));
    act(() => root.render(<Probe />));
    act(() => hook.follow(0.3));
  });
  afterEach(() => {
    act(() => root.unmount());
    vi.useRealTimers();
  });

  it('follows every frame with --zoom, and a crossing in the task after', () => {
    expect(renders.at(-1)).toMatchObject({ farOut: true, namesOnly: true, named: false });
    const before = renders.length;
    move(0.35);
    expect(zoomVar()).toBe('0.35');
    expect(renders.length).toBe(before); // within the overview: no band changed, no render
    move(0.7);
    expect(zoomVar()).toBe('0.7');
    expect(renders.at(-1)?.farOut).toBe(true); // not yet: the wheel's task stays short
    nextTask();
    expect(renders.at(-1)).toEqual({ farOut: false, namesOnly: false, named: true });
    expect(crossings).toEqual(['far→near at 0.7']);
  });

  it('follows the viewport as it is when its task runs, not as it was when crossed', () => {
    move(0.7);
    move(0.62);
    nextTask();
    expect(renders.at(-1)?.farOut).toBe(false);
    expect(crossings).toEqual(['far→near at 0.62']);
  });

  it('changes nothing for a crossing undone before its task runs', () => {
    const before = renders.length;
    move(0.7);
    move(0.3);
    nextTask();
    expect(renders.length).toBe(before);
    expect(crossings).toEqual([]);
  });

  it('compares a move with what was last asked for, not with a render still to come', () => {
    move(0.7);
    nextTask(); // near, asked for
    move(0.3); // back out before anything else happens: crosses again
    nextTask();
    expect(renders.at(-1)?.farOut).toBe(true);
    expect(crossings).toEqual(['far→near at 0.7', 'near→far at 0.3']);
  });

  it('drops a pending crossing when it unmounts', () => {
    move(0.7);
    act(() => root.unmount());
    expect(vi.getTimerCount()).toBe(0);
    root = createRoot(document.createElement('div')); // for afterEach
  });
});
