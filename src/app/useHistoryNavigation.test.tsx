// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from '../core/share/restoreView';
import type { SourceRef } from '../core/types';
import { useAppStore } from './store';
import { isNavigation, placeOf, useHistoryNavigation, withoutHistory } from './useHistoryNavigation';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ref = (file: string, line: number): SourceRef => ({ file, line, column: 1 });
const initial = useAppStore.getState();

function Harness() {
  useHistoryNavigation();
  return null;
}

/** Steps through history and waits for the popstate it causes (jsdom fires it a task later). */
async function go(delta: number) {
  await act(async () => {
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    history.go(delta);
    await popped;
  });
}

/** Lets a history move the app made itself (history.go from a subscription) land. */
async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
}

const store = () => useAppStore.getState();
const where = () => ({ tab: store().view.tab, viewer: store().viewer?.line ?? null });

describe('useHistoryNavigation', () => {
  let root: Root;
  let start: number;
  beforeEach(() => {
    useAppStore.setState(initial, true);
    root = createRoot(document.createElement('div'));
    act(() => root.render(<Harness />));
    start = history.length;
  });
  afterEach(() => act(() => root.unmount()));

  it('Back returns from a note followed into the docs to the tab it was followed from', async () => {
    act(() => store().setView({ tab: 'timeline' }));
    expect(history.length).toBe(start);
    act(() => store().openDocs(ref('architecture.md', 12), 'architecture.md#owners'));
    expect(history.length).toBe(start + 1);
    await go(-1);
    expect(where()).toEqual({ tab: 'timeline', viewer: null });
    expect(store().docsFocus).toBeNull();
    await go(1);
    expect(store().view).toMatchObject({ tab: 'docs', docsAnchor: 'architecture.md#owners' });
  });

  it('Back closes a source opened; closing it instead leaves no entry to come back to', async () => {
    act(() => store().openSource(ref('compose.yaml', 3)));
    await go(-1);
    expect(where()).toEqual({ tab: 'graph', viewer: null });
    await go(1);
    expect(where()).toEqual({ tab: 'graph', viewer: 3 });
    act(() => store().openSource(null));
    await settle();
    expect(where()).toEqual({ tab: 'graph', viewer: null });
    expect((history.state as { place?: { viewer: unknown } }).place?.viewer).toBeNull();
  });

  it('closing the viewer after moving from file to file in it goes back to where it was first opened', async () => {
    act(() => store().setView({ tab: 'problems' }));
    act(() => store().openSource(ref('compose.yaml', 3)));
    act(() => store().openSource(ref('compose.override.yaml', 8)));
    act(() => store().openSource(null));
    await settle();
    expect(where()).toEqual({ tab: 'problems', viewer: null });
    expect((history.state as { place?: { viewer: unknown } }).place?.viewer).toBeNull();
  });

  it('does not count what withoutHistory changes (a link opened, a view restored)', () => {
    act(() => withoutHistory(() => store().openSource(ref('compose.yaml', 3))));
    expect(history.length).toBe(start);
  });
});

const line = (n: number): SourceRef => ref('compose.yaml', n);
const at = (patch: Partial<{ tab: typeof DEFAULT_VIEW.tab; docsAnchor: string | null; docsFocus: SourceRef | null; viewer: SourceRef | null }> = {}) =>
  placeOf({
    view: { ...DEFAULT_VIEW, tab: patch.tab ?? 'graph', docsAnchor: patch.docsAnchor ?? null },
    docsFocus: patch.docsFocus ?? null,
    viewer: patch.viewer ?? null,
  });

describe('isNavigation', () => {
  it('counts a source opened, another source, and the viewer closed', () => {
    const first = line(3);
    expect(isNavigation(at(), at({ viewer: first }))).toBe(true);
    expect(isNavigation(at({ viewer: first }), at({ viewer: line(9) }))).toBe(true);
    expect(isNavigation(at({ viewer: first }), at())).toBe(true);
  });

  it('counts a note followed into the docs', () => {
    expect(isNavigation(at(), at({ tab: 'docs', docsFocus: line(12), docsAnchor: 'architecture.md#owners' }))).toBe(true);
  });

  it('leaves tab switches and docs scrolling to the permalink', () => {
    expect(isNavigation(at(), at({ tab: 'timeline' }))).toBe(false);
    expect(isNavigation(at({ tab: 'docs', docsAnchor: 'a.md#x' }), at({ tab: 'docs', docsAnchor: 'a.md#y' }))).toBe(false);
    const open = line(4);
    expect(isNavigation(at({ viewer: open }), at({ viewer: open, tab: 'problems' }))).toBe(false);
  });
});
