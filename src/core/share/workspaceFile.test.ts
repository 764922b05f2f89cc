import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_VIEW } from './restoreView';
import { decodeWorkspaceFile, encodeWorkspaceFile } from './workspaceFile';
import type { ShareState } from './types';

const state: ShareState = {
  version: 1,
  files: [
    { path: 'compose.yaml', text: 'services:\n  db:\n    image: postgres:16\n' },
    { path: '.env', text: 'LOG_LEVEL=info\n' },
  ],
  view: { ...DEFAULT_VIEW, tab: 'docs', fileOrder: ['compose.yaml'] },
};

describe('workspace file', () => {
  it('round-trips, and is readable JSON with its format and version first', () => {
    const text = encodeWorkspaceFile(state);
    expect(text.startsWith('{\n  "format": "stackmap-workspace",\n  "version": 1,')).toBe(true);
    expect(decodeWorkspaceFile(text)).toEqual({ value: state, diagnostics: [] });
  });

  it('says what is wrong with a file that is not one', () => {
    expect(decodeWorkspaceFile('{"format":"stackmap-workspace","version":1,\n  "files": [,]}').diagnostics).toMatchObject([{ code: 'workspace-damaged' }]);
    expect(decodeWorkspaceFile('{"name":"x"}').diagnostics[0].code).toBe('workspace-not-stackmap');
    expect(decodeWorkspaceFile('{"format":"stackmap-workspace","version":3}').diagnostics[0].message).toMatch(/newer version/);
  });

  it('restores bad fields like a permalink does', () => {
    const text = JSON.stringify({ format: 'stackmap-workspace', version: 1, files: [{ path: 'a.yaml', text: 1 }, { path: 'b.yaml', text: '' }], view: { tab: 'nope', fileOrder: ['gone.yaml', 'b.yaml'] } });
    const decoded = decodeWorkspaceFile(text);
    expect(decoded.value).toEqual({ version: 1, files: [{ path: 'b.yaml', text: '' }], view: { ...DEFAULT_VIEW, fileOrder: ['b.yaml'] } });
    expect(decoded.diagnostics).toMatchObject([{ severity: 'warning', code: 'share-bad-files' }]);
  });

  it('never throws on any JSON or text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v)), fc.jsonValue().map((v) => JSON.stringify({ format: 'stackmap-workspace', version: 1, files: v, view: v }))), (text) => {
        const decoded = decodeWorkspaceFile(text);
        expect(decoded.value === null || Array.isArray(decoded.value.files)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
