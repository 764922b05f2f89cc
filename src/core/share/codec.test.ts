import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deflateSync, strToU8 } from 'fflate';
import { corpusStacks, sampleStacks } from '../../../bench/shareStacks';
import { hasCorpus } from '../../../tests/corpus';
import { encodeBase64url } from './base64url';
import { decodePermalink, encodePayload, encodePermalink, MAX_PERMALINK_LENGTH } from './codec';
import { PERMALINK_DICTIONARY } from './dictionary';
import { DEFAULT_VIEW } from './restoreView';
import type { ShareState } from './types';

const small: ShareState = {
  version: 1,
  files: [{ path: 'compose.yaml', text: 'services:\n  web:\n    image: nginx\n    depends_on: [db]\n  db:\n    image: postgres\n' }],
  view: { ...DEFAULT_VIEW, tab: 'timeline', selected: 'db' },
};

const errors = (d: { diagnostics: { severity: string; code: string }[] }) => d.diagnostics.filter((x) => x.severity === 'error').map((x) => x.code);

describe('permalink format v1 (pinned: links already shared must keep opening)', () => {
  it('encodes a small state to this exact link', () => {
    expect(encodePermalink(small)).toMatchInlineSnapshot(`"v1d.i65WArbVlKyUQEGbA0yrQLHi1BxgpyQ1BSiakqQE7tqg6UJpZgAbqlgaGRihrRCdkoQ3v4AcGBsLAA"`);
  });

  it('decodes the pinned links, with and without the dictionary', () => {
    const withDictionary = 'v1d.i65WArbVlKyUQEGbA0yrQLHi1BxgpyQ1BSiakqQE7tqg6UJpZgAbqlgaGRihrRCdkoQ3v4AcGBsLAA';
    const plain =
      'v1.XcxLCgMhEIThqzS9HnIAr-JIULsQQdthWvIg5O6ZTHZZFXz8lH_xjIkdz9rRqoIXNjTkCTlUEr8X7zmPvg3D5Rl7O4v9VjPMrUp0RzqXqPZY4EhL1cdPBBtU7DrUkZcUvip_-XE8yw5blUMIHw';
    expect(decodePermalink(withDictionary)).toEqual({ value: small, diagnostics: [] });
    expect(decodePermalink(plain)).toEqual({ value: small, diagnostics: [] });
  });

  it('decodes a link built by hand the documented way', () => {
    const json = JSON.stringify([{ tab: 'docs' }, [['compose.yaml', 'services:\n  web:\n    image: nginx\n']]]);
    const link = 'v1.' + encodeBase64url(deflateSync(strToU8(json)));
    const decoded = decodePermalink(link);
    expect(decoded.diagnostics).toEqual([]);
    expect(decoded.value?.view).toEqual({ ...DEFAULT_VIEW, tab: 'docs' });
    expect(decoded.value?.files).toEqual([{ path: 'compose.yaml', text: 'services:\n  web:\n    image: nginx\n' }]);
    const withDictionary = 'v1d.' + encodeBase64url(deflateSync(strToU8(json), { dictionary: PERMALINK_DICTIONARY }));
    expect(decodePermalink(withDictionary).value).toEqual(decoded.value);
  });

  it('carries only the view fields that differ from the defaults', () => {
    expect(encodePayload({ ...small, view: DEFAULT_VIEW })).toBe(`[{},[["compose.yaml",${JSON.stringify(small.files[0].text)}]]]`);
  });
});

describe('decodePermalink', () => {
  const link = encodePermalink(small);

  it('accepts a leading #, a whole URL and surrounding white space', () => {
    expect(decodePermalink(`#${link}`).value).toEqual(small);
    expect(decodePermalink(`  https://stackmap.example/app/?x=1#${link}\n`).value).toEqual(small);
  });

  it('names what is wrong in plain words', () => {
    expect(decodePermalink('').diagnostics[0].message).toMatch(/not a Stackmap link/);
    expect(decodePermalink('v2.AAAA').diagnostics[0].message).toMatch(/newer version of Stackmap/);
    expect(decodePermalink('v1.abc$def').diagnostics[0].message).toMatch(/characters a Stackmap link never has/);
    const cut = decodePermalink(link.slice(0, link.length - 20));
    expect(cut.diagnostics[0].message).toMatch(/^This link is damaged: it was probably cut off by the app it was pasted into/);
  });

  it('rescues the view and the whole files from a link that was cut off', () => {
    const state: ShareState = {
      version: 1,
      files: [
        { path: 'compose.yaml', text: 'services:\n  db:\n    image: postgres\n'.repeat(20) },
        { path: 'docs/architecture.md', text: Array.from({ length: 4000 }, (_, i) => `line ${i * 7919 % 10007}`).join('\n') },
      ],
      view: { ...DEFAULT_VIEW, tab: 'docs', selected: 'db' },
    };
    const full = encodePermalink(state);
    const cut = decodePermalink(full.slice(0, Math.floor(full.length * 0.6)));
    expect(errors(cut)).toEqual(['link-damaged']);
    expect(cut.value?.view).toEqual(state.view);
    expect(cut.value?.files).toEqual([state.files[0]]);
    expect(cut.diagnostics[0].message).toMatch(/The view and 1 file came through whole/);
  });

  it('drops files with paths that leave the workspace and keeps the rest', () => {
    const json = JSON.stringify([{}, [['../../etc/passwd', 'x'], ['/abs', 'x'], ['ok.yaml', 'services: {}\n'], ['ok.yaml', 'dup'], [1, 2], 'junk']]);
    const decoded = decodePermalink('v1.' + encodeBase64url(deflateSync(strToU8(json))));
    expect(decoded.value?.files).toEqual([{ path: 'ok.yaml', text: 'services: {}\n' }]);
    expect(decoded.diagnostics).toMatchObject([{ severity: 'warning', code: 'share-bad-files' }]);
    expect(decoded.diagnostics[0].message).toMatch(/5 of the 6 files/);
  });

  it('fits the sample stack in a link', () => {
    const files = readSample();
    const fragment = encodePermalink({ version: 1, files, view: DEFAULT_VIEW });
    expect(fragment.length).toBeLessThan(MAX_PERMALINK_LENGTH);
    expect(decodePermalink(fragment)).toEqual({ value: { version: 1, files, view: DEFAULT_VIEW }, diagnostics: [] });
  });
});

function readSample() {
  const dir = path.resolve(__dirname, '../../../samples/shopfront');
  return ['compose.yaml', 'compose.override.yaml', '.env', 'docs/architecture.md'].map((p) => ({ path: p, text: fs.readFileSync(path.join(dir, p), 'utf8') }));
}

describe('round trip of every sample stack', () => {
  for (const stack of sampleStacks()) {
    it(stack.name, () => {
      const state: ShareState = { version: 1, files: stack.files, view: { ...DEFAULT_VIEW, profiles: ['debug'] } };
      expect(decodePermalink(encodePermalink(state))).toEqual({ value: state, diagnostics: [] });
    });
  }
});

describe.skipIf(!hasCorpus)('round trip of every corpus stack', () => {
  for (const stack of corpusStacks()) {
    it(stack.name, () => {
      const state: ShareState = { version: 1, files: stack.files, view: { ...DEFAULT_VIEW, direction: 'TB', docsAnchor: `${stack.files[0].path}#top` } };
      expect(decodePermalink(encodePermalink(state))).toEqual({ value: state, diagnostics: [] });
    });
  }
});
