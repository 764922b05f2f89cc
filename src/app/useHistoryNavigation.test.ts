import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from '../core/share/restoreView';
import type { SourceRef } from '../core/types';
import { isNavigation, placeOf } from './useHistoryNavigation';

const ref = (line: number): SourceRef => ({ file: 'compose.yaml', line, column: 1 });
const at = (patch: Partial<{ tab: typeof DEFAULT_VIEW.tab; docsAnchor: string | null; docsFocus: SourceRef | null; viewer: SourceRef | null }> = {}) =>
  placeOf({
    view: { ...DEFAULT_VIEW, tab: patch.tab ?? 'graph', docsAnchor: patch.docsAnchor ?? null },
    docsFocus: patch.docsFocus ?? null,
    viewer: patch.viewer ?? null,
  });

describe('isNavigation', () => {
  it('counts a source opened, another source, and the viewer closed', () => {
    const first = ref(3);
    expect(isNavigation(at(), at({ viewer: first }))).toBe(true);
    expect(isNavigation(at({ viewer: first }), at({ viewer: ref(9) }))).toBe(true);
    expect(isNavigation(at({ viewer: first }), at())).toBe(true);
  });

  it('counts a note followed into the docs', () => {
    expect(isNavigation(at(), at({ tab: 'docs', docsFocus: ref(12), docsAnchor: 'architecture.md#owners' }))).toBe(true);
  });

  it('leaves tab switches and docs scrolling to the permalink', () => {
    expect(isNavigation(at(), at({ tab: 'timeline' }))).toBe(false);
    expect(isNavigation(at({ tab: 'docs', docsAnchor: 'a.md#x' }), at({ tab: 'docs', docsAnchor: 'a.md#y' }))).toBe(false);
    const open = ref(4);
    expect(isNavigation(at({ viewer: open }), at({ viewer: open, tab: 'problems' }))).toBe(false);
  });
});
