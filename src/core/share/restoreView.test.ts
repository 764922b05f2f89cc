import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compactView, DEFAULT_VIEW, restoreView } from './restoreView';
import type { ViewState } from '../types';

describe('restoreView', () => {
  it('gives the defaults for anything that is not an object', () => {
    for (const input of [null, undefined, 42, 'graph', [], true]) expect(restoreView(input)).toEqual(DEFAULT_VIEW);
  });

  it('keeps good fields and replaces bad ones by their defaults', () => {
    const view = restoreView({
      tab: 'timeline',
      selected: 'db',
      direction: 'sideways',
      profiles: ['debug', 7, '', 'debug', 'ops'],
      filters: { search: 42, focus: 'api', showInactive: 'yes', hiddenNetworks: ['edge', 3, 'edge', ''], groupBy: 'network' },
      assumptions: { containerStart_s: -1, oneShotRun_s: 30, healthcheck: 'last-probe' },
      docsAnchor: 'docs/architecture.md#startup-order',
      __proto__evil: { polluted: true },
    });
    expect(view).toEqual({
      ...DEFAULT_VIEW,
      tab: 'timeline',
      selected: 'db',
      profiles: ['debug', 'ops'],
      filters: { search: '', focus: 'api', showInactive: false, hiddenNetworks: ['edge'], groupBy: 'network' },
      assumptions: { containerStart_s: 1, oneShotRun_s: 30, healthcheck: 'last-probe' },
      docsAnchor: 'docs/architecture.md#startup-order',
    });
    expect(Object.keys(view)).toEqual(Object.keys(DEFAULT_VIEW));
  });

  it('refuses numbers that are not finite seconds and names that are too long', () => {
    const view = restoreView({ assumptions: { containerStart_s: Number.NaN, oneShotRun_s: 1e12 }, selected: 'x'.repeat(5000) });
    expect(view.assumptions).toEqual(DEFAULT_VIEW.assumptions);
    expect(view.selected).toBeNull();
  });

  it('compactView keeps only what differs, and restoreView gives the view back', () => {
    expect(compactView(DEFAULT_VIEW)).toEqual({});
    const view: ViewState = { ...DEFAULT_VIEW, tab: 'docs', filters: { ...DEFAULT_VIEW.filters, groupBy: 'profile' } };
    expect(compactView(view)).toEqual({ tab: 'docs', filters: { groupBy: 'profile' } });
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const restored = restoreView(input);
        expect(restoreView(compactView(restored))).toEqual(restored);
      }),
    );
  });
});
