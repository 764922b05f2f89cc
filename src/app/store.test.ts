import { beforeEach, describe, expect, it } from 'vitest';
import { loadWorkspace } from '../core/model/buildModel';
import { DEFAULT_VIEW } from '../core/share/restoreView';
import { useAppStore } from './store';

const { model, docs } = loadWorkspace([{ path: 'compose.yaml', text: 'services:\n  web:\n    image: nginx\n' }], {});
const result = () => ({ model, docs, elapsed_ms: 1, revision: useAppStore.getState().revision });

describe('the direction a new stack is laid out in', () => {
  beforeEach(() => useAppStore.setState({ view: DEFAULT_VIEW, directionChosen: false, result: null, lastGood: null }));

  it('comes with the model, in the same update, while nobody chose one', () => {
    const seen: string[] = [];
    const stop = useAppStore.subscribe((s) => seen.push(`${s.result ? 'model' : 'none'} ${s.view.direction}`));
    useAppStore.getState().setResult(result(), 'TB');
    stop();
    // One update: never the new model in the old direction, nor the old in the new.
    expect(seen).toEqual(['model TB']);
  });

  it('stays as the user or a link chose it', () => {
    useAppStore.getState().chooseDirection('LR');
    useAppStore.getState().setResult(result(), 'TB');
    expect(useAppStore.getState().view.direction).toBe('LR');
    useAppStore.setState({ directionChosen: false });
    useAppStore.getState().showSharedView({ ...DEFAULT_VIEW, direction: 'LR' });
    useAppStore.getState().setResult(result(), 'TB');
    expect(useAppStore.getState().view.direction).toBe('LR');
  });
});
