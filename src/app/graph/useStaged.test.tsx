// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useStaged } from './useStaged';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Values are names; a name that starts with a capital is big. The second step appends "+edges".
const withEdges = (name: string) => `${name}+edges`;
const isBig = (name: string) => /^[A-Z]/.test(name);
const made: string[] = [];
const then = (name: string) => {
  made.push(name);
  return withEdges(name);
};

describe('useStaged', () => {
  let root: Root;
  const seen: string[] = [];
  function Probe({ value }: { value: string }) {
    const { drawn, settled } = useStaged(value, then, isBig, isBig);
    seen.push(`${drawn}${settled ? '' : ' (on its way)'}`);
    return null;
  }
  const show = (value: string) => act(() => root.render(<Probe value={value} />));
  const nextTask = () => act(() => vi.advanceTimersToNextTimer());

  beforeEach(() => {
    vi.useFakeTimers();
    seen.length = 0;
    made.length = 0;
    root = createRoot(document.createElement('div'));
  });
  afterEach(() => {
    act(() => root.unmount());
    vi.useRealTimers();
  });

  it('takes a small value through in one task', () => {
    show('a');
    show('b');
    expect(seen.at(-1)).toBe('b+edges');
    expect(made).toEqual(['a', 'b']);
  });

  it('spreads a big value over three tasks, and says so until it is drawn', () => {
    show('a');
    show('B');
    expect(seen.at(-1)).toBe('a+edges (on its way)');
    expect(made).toEqual(['a']);
    nextTask();
    expect(made).toEqual(['a', 'B']);
    expect(seen.at(-1)).toBe('a+edges (on its way)');
    nextTask();
    expect(seen.at(-1)).toBe('B+edges');
  });

  it('never makes or draws a value replaced before its turn', () => {
    show('A');
    show('B');
    show('C');
    nextTask();
    nextTask();
    expect(made).toEqual(['A', 'C']);
    expect(seen.at(-1)).toBe('C+edges');
  });

  it('drops a value replaced after its second step, before it is drawn', () => {
    show('A');
    show('B');
    nextTask(); // B's edges are made
    show('C'); // a new value comes in before B is drawn
    for (let i = 0; i < 4; i++) nextTask();
    expect(made).toEqual(['A', 'B', 'C']);
    expect(seen.filter((s) => s.startsWith('B+edges'))).toEqual([]);
    expect(seen.at(-1)).toBe('C+edges');
  });
});
