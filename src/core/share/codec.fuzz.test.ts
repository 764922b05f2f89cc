import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { encodeBase64url } from './base64url';
import { decodePermalink, encodePermalink, MAX_FRAGMENT_INPUT } from './codec';
import { PERMALINK_DICTIONARY } from './dictionary';
import { DEFAULT_VIEW, restoreView } from './restoreView';
import type { ShareState } from './types';

// Generous for a slow CI machine; a real decode of a normal link takes well under 5 ms.
const BOUND_MS = 200;

/** Decodes, and checks the promises: no throw, bounded time, a valid state or null. */
function decodeChecked(fragment: string) {
  const t0 = performance.now();
  const result = decodePermalink(fragment);
  expect(performance.now() - t0).toBeLessThan(BOUND_MS);
  expect(Array.isArray(result.diagnostics)).toBe(true);
  if (result.value !== null) {
    expect(result.value.version).toBe(1);
    expect(restoreView(result.value.view)).toEqual(result.value.view);
    for (const f of result.value.files) {
      expect(typeof f.path).toBe('string');
      expect(typeof f.text).toBe('string');
      expect(f.path.split('/')).not.toContain('..');
    }
  }
  return result;
}

const link = (json: string, dictionary = false) =>
  (dictionary ? 'v1d.' : 'v1.') + encodeBase64url(deflateSync(strToU8(json), dictionary ? { dictionary: PERMALINK_DICTIONARY } : {}));

const valid: ShareState = {
  version: 1,
  files: [
    { path: 'compose.yaml', text: 'services:\n  api:\n    image: example/api:1\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16\n' },
    { path: 'docs/architecture.md', text: '# Architecture\n\n| Service | Role |\n|---|---|\n| `api` | REST API |\n| `db` | PostgreSQL |\n' },
  ],
  view: { ...DEFAULT_VIEW, tab: 'timeline', selected: 'api', profiles: ['debug'] },
};
const validLink = encodePermalink(valid);
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

describe('decodePermalink on hostile input', () => {
  it('survives random strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (s) => void decodeChecked(s)), { numRuns: 500 });
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => void decodeChecked(`v1.${s}`)), { numRuns: 300 });
  });

  it('survives random bytes behind a valid prefix', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), fc.boolean(), (bytes, dictionary) => {
        const result = decodeChecked((dictionary ? 'v1d.' : 'v1.') + encodeBase64url(bytes));
        if (result.value === null) expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('survives every truncation of a valid link, and says it was cut off', () => {
    for (let cut = 0; cut < validLink.length; cut++) {
      const result = decodeChecked(validLink.slice(0, cut));
      expect(result.diagnostics.length).toBeGreaterThan(0);
    }
    expect(decodeChecked(validLink.slice(0, -5)).diagnostics[0].message).toMatch(/cut off/);
  });

  it('survives bit flips and swapped characters in a valid link', () => {
    fc.assert(
      fc.property(fc.nat(validLink.length - 5), fc.nat(63), (at, c) => {
        const i = 4 + at;
        void decodeChecked(validLink.slice(0, i) + BASE64URL[c] + validLink.slice(i + 1));
      }),
      { numRuns: 500 },
    );
  });

  it('restores wrong-shaped JSON to a valid state or refuses it', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), (value, dictionary) => {
        void decodeChecked(link(JSON.stringify(value), dictionary));
        void decodeChecked(link(JSON.stringify([value, [['a.yaml', value]]]), dictionary));
        void decodeChecked(link(JSON.stringify([{ tab: value, filters: value }, value]), dictionary));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a deflate bomb quickly', () => {
    const bomb = 'v1.' + encodeBase64url(deflateSync(new Uint8Array(16 * 1024 * 1024), { level: 9 }));
    // The same inside a plausible payload: one file whose text is 16 MB of one letter.
    const letters = link(`[{},[["compose.yaml","${'a'.repeat(16 * 1024 * 1024)}"]]]`, true);
    for (const fragment of [bomb, letters]) {
      // Best of five: the bound is about the work done, not about a busy test machine.
      const times = [0, 1, 2, 3, 4].map(() => {
        const t0 = performance.now();
        const result = decodePermalink(fragment);
        expect(result.value).toBeNull();
        expect(result.diagnostics.map((d) => d.code)).toEqual(['link-too-large']);
        return performance.now() - t0;
      });
      expect(Math.min(...times)).toBeLessThan(BOUND_MS);
    }
  });

  it('refuses an absurdly long fragment before looking inside', () => {
    const result = decodeChecked('v1.' + 'A'.repeat(MAX_FRAGMENT_INPUT));
    expect(result.diagnostics.map((d) => d.code)).toEqual(['link-too-large']);
  });

  it('refuses a link with thousands of files without slowing down', () => {
    const files = Array.from({ length: 20000 }, (_, i) => [`f${i}.yaml`, '']);
    const result = decodeChecked(link(JSON.stringify([{}, files])));
    expect(result.value?.files.length).toBe(500);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['share-bad-files']);
  });
});
