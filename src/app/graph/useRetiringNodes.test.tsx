// @vitest-environment jsdom
import type { Node } from '@xyflow/react';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useRetiringNodes, withRetiring } from './useRetiringNodes';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const node = (id: string, extra: Partial<Node> = {}): Node => ({ id, position: { x: 0, y: 0 }, data: {}, ...extra });
const summary = (nodes: Node[]) => nodes.map((n) => (n.hidden ? `(${n.id})` : n.id)).join(' ');

describe('withRetiring', () => {
  it('keeps the nodes that left, hidden, after the new ones', () => {
    const out = withRetiring([node('a'), node('b'), node('c')], [node('b'), node('d')]);
    expect(summary(out)).toBe('b d (a) (c)');
  });

  it('hands back the new list itself when nothing left', () => {
    const next = [node('a'), node('b')];
    expect(withRetiring([node('a')], next)).toBe(next);
    expect(withRetiring([], next)).toBe(next);
  });

  it('does not keep a node that was already retiring', () => {
    const out = withRetiring([node('b'), node('a', { hidden: true })], [node('b')]);
    expect(summary(out)).toBe('b');
  });

  it('keeps a group and its members in their order, so a parent stays before its children', () => {
    const out = withRetiring([node('g'), node('m', { parentId: 'g' }), node('x')], [node('x')]);
    expect(summary(out)).toBe('x (g) (m)');
  });
});

describe('useRetiringNodes', () => {
  let container: HTMLDivElement;
  let root: Root;
  const seen: string[] = [];
  function Probe({ nodes }: { nodes: Node[] }) {
    seen.push(summary(useRetiringNodes(nodes)));
    return null;
  }
  beforeEach(() => {
    vi.useFakeTimers();
    seen.length = 0;
    container = document.createElement('div');
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    vi.useRealTimers();
  });

  it('gives the leaving nodes hidden for one render, then drops them in the next task', () => {
    act(() => root.render(<Probe nodes={[node('a'), node('b')]} />));
    act(() => root.render(<Probe nodes={[node('c')]} />));
    expect(seen.at(-1)).toBe('c (a) (b)');
    act(() => vi.runAllTimers());
    expect(seen.at(-1)).toBe('c');
  });

  it('follows a list that changes again before the task: a node shown is hidden before it goes', () => {
    act(() => root.render(<Probe nodes={[node('a'), node('b')]} />));
    act(() => root.render(<Probe nodes={[node('b')]} />));
    act(() => root.render(<Probe nodes={[node('c')]} />));
    // a was hidden already (xyflow unmounted it); b was shown until now.
    expect(seen.at(-1)).toBe('c (b)');
    act(() => vi.runAllTimers());
    expect(seen.at(-1)).toBe('c');
  });

  it('passes a growing list straight through', () => {
    const first = [node('a')];
    const second = [node('a'), node('b')];
    act(() => root.render(<Probe nodes={first} />));
    act(() => root.render(<Probe nodes={second} />));
    expect(seen.at(-1)).toBe('a b');
    expect(vi.getTimerCount()).toBe(0);
  });
});
