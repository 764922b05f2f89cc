// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Model } from '../core/types';
import { coreClient } from './coreClient';
import { useAppStore } from './store';
import { useCoreSync } from './useCoreSync';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const initial = useAppStore.getState();
const modelOf = (...services: string[]) => ({ services: services.map((name) => ({ name })) }) as unknown as Model;

function Harness() {
  useCoreSync();
  return null;
}

describe('useCoreSync', () => {
  let root: Root;
  // Each load waits until the test answers it, so the answers can come in any order.
  const answers: ((model: Model) => void)[] = [];

  beforeEach(() => {
    useAppStore.setState(initial, true);
    answers.length = 0;
    vi.spyOn(coreClient, 'load').mockImplementation(
      () => new Promise((resolve) => answers.push((model) => resolve({ model, docs: { pages: [] } as never, elapsed_ms: 1 }))),
    );
    root = createRoot(document.createElement('div'));
    act(() => root.render(<Harness />));
  });
  afterEach(() => {
    act(() => root.unmount());
    vi.restoreAllMocks();
  });

  const answer = async (i: number, model: Model) => {
    await act(async () => {
      answers[i](model);
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
  };

  it('keeps the newest load when an older one, overtaken, answers last', async () => {
    act(() => useAppStore.getState().setFiles([{ path: 'compose.yaml', text: 'services: {a: {image: x}}' }], 'drop'));
    // The same files, another profile: a second load of the same revision.
    act(() => useAppStore.getState().setView({ profiles: ['debug'] }));
    expect(answers).toHaveLength(2);
    await answer(1, modelOf('a', 'debug-tools'));
    await answer(0, modelOf('a'));
    expect(useAppStore.getState().result?.model.services.map((s) => s.name)).toEqual(['a', 'debug-tools']);
  });

  it('announces a drop with the count of its own load, not of the one it overtook', async () => {
    act(() => useAppStore.getState().setFiles([{ path: 'one.yaml', text: 'services: {a: {image: x}}' }], 'drop'));
    act(() => {
      useAppStore.getState().setAnnounce('two.yaml');
      useAppStore.getState().setFiles([{ path: 'two.yaml', text: 'services: {b: {image: x}, c: {image: x}}' }], 'drop');
    });
    await answer(0, modelOf('a'));
    expect(useAppStore.getState().toasts).toEqual([]);
    await answer(1, modelOf('b', 'c'));
    expect(useAppStore.getState().toasts.map((t) => t.message)).toEqual(['Loaded two.yaml: 2 services']);
  });
});
