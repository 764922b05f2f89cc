// Merge stage: several compose files in order, by the compose specification's merge rules
// (compose-go override/merge.go): mappings merge, shell commands replace, unique resources
// deduplicate by their key with the later definition winning in place, other sequences append.
// `!reset` removes an inherited value, `!override` replaces it whole. Every replaced fact
// keeps the places it overrode, so provenance can show them.
import type { SourceRef } from '../types';
import type { YEntry, YMap, YNode, YSeq } from './node';
import { scalarText } from './node';

type Indexer = (n: YNode) => string;

const REPLACE = ['services.*.command', 'services.*.entrypoint', 'services.*.healthcheck.test'];

const keyValue: Indexer = (n) => {
  const t = scalarText(n);
  if (t !== undefined) return t.split('=')[0];
  return JSON.stringify(plain(n));
};
const byValue: Indexer = (n) => scalarText(n) ?? JSON.stringify(plain(n));
const mountTarget =
  (prefix: string): Indexer =>
  (n) => {
    if (n.kind === 'map') {
      const target = scalarText(n.entries.get('target')?.value);
      if (target) return target;
      const source = scalarText(n.entries.get('source')?.value) ?? '';
      return prefix ? `${prefix}/${source}` : source;
    }
    const t = scalarText(n) ?? '';
    return prefix ? `${prefix}/${t}` : t;
  };
const volumeTarget: Indexer = (n) => {
  if (n.kind === 'map') return scalarText(n.entries.get('target')?.value) ?? byValue(n);
  const parts = (scalarText(n) ?? '').split(':');
  return parts.length >= 2 && !/^[A-Za-z]$/.test(parts[0]) ? parts[1] : parts[0];
};
const portKey: Indexer = (n) => {
  if (n.kind !== 'map') return byValue(n);
  const f = (k: string) => scalarText(n.entries.get(k)?.value) ?? '';
  return `${f('host_ip')}:${f('published')}:${f('target')}/${f('protocol') || 'tcp'}`;
};

const UNIQUE: Record<string, Indexer> = {
  'services.*.annotations': keyValue,
  'services.*.build.args': keyValue,
  'services.*.build.tags': byValue,
  'services.*.build.platforms': byValue,
  'services.*.cap_add': byValue,
  'services.*.cap_drop': byValue,
  'services.*.configs': mountTarget(''),
  'services.*.devices': volumeTarget,
  'services.*.dns': byValue,
  'services.*.dns_opt': byValue,
  'services.*.dns_search': byValue,
  'services.*.environment': keyValue,
  'services.*.env_file': (n) => (n.kind === 'map' ? (scalarText(n.entries.get('path')?.value) ?? '') : byValue(n)),
  'services.*.expose': byValue,
  'services.*.external_links': byValue,
  'services.*.labels': keyValue,
  'services.*.links': byValue,
  'services.*.networks.*.aliases': byValue,
  'services.*.ports': portKey,
  'services.*.profiles': byValue,
  'services.*.secrets': mountTarget('/run/secrets'),
  'services.*.sysctls': keyValue,
  'services.*.tmpfs': byValue,
  'services.*.volumes': volumeTarget,
};

function plain(n: YNode): unknown {
  if (n.kind === 'scalar') return n.value;
  if (n.kind === 'seq') return n.items.map(plain);
  return [...n.entries].map(([k, e]) => [k, plain(e.value)]);
}

function pattern(path: string[]): string[] {
  // `services.api.build.args` matches `services.*.build.args`: the second segment names a service.
  const out = [...path];
  if (out[0] === 'services' && out.length > 1) out[1] = '*';
  if (out[0] === 'services' && out[2] === 'networks' && out.length > 3) out[3] = '*';
  return out;
}

/**
 * Earlier definitions kept per fact. Each merge copies the list, so an uncapped list makes a
 * long `extends` chain quadratic; the most recent few are what a person follows anyway.
 */
export const MAX_PROVENANCE = 8;

const replaced = (over: YNode, base: YNode): YNode => ({
  ...over,
  tag: undefined,
  overrides: [base.src, ...(base.overrides ?? []).slice(0, MAX_PROVENANCE - 1)],
});

const withMerged = <T extends YNode>(n: T, extra: SourceRef): T => ({ ...n, mergedWith: [...(n.mergedWith ?? []).slice(1 - MAX_PROVENANCE), extra] });

/**
 * Merges `over` onto `base` (both located trees of whole compose files or parts of them).
 * `path` is the key path of the nodes (e.g. `['services', 'api']`). Neither input is mutated.
 */
export function mergeNodes(base: YNode | undefined, over: YNode, path: string[] = []): YNode | undefined {
  if (over.tag === '!reset') return undefined;
  if (base === undefined) return stripTags(over);
  if (over.tag === '!override') return replaced(stripTags(over), base);
  const key = pattern(path).join('.');
  if (REPLACE.includes(key)) return replaced(over, base);
  if (base.kind === 'map' && over.kind === 'map') return mergeMaps(base, over, path);
  if (over.kind === 'seq' || base.kind === 'seq') {
    const b = base.kind === 'seq' ? base : asSeq(base);
    const o = over.kind === 'seq' ? over : asSeq(over);
    if (b && o) return mergeSeqs(b, o, UNIQUE[key]);
  }
  return replaced(over, base);
}

// Some keys take a string or a list (`dns`, `env_file`, `tmpfs`): merge them as lists.
function asSeq(n: YNode): YSeq | undefined {
  if (n.kind === 'scalar' && n.value !== null) return { kind: 'seq', items: [n], src: n.src };
  return undefined;
}

function mergeMaps(base: YMap, over: YMap, path: string[]): YMap {
  const entries = new Map<string, YEntry>(base.entries);
  for (const [k, e] of over.entries) {
    const prev = entries.get(k);
    const merged = mergeNodes(prev?.value, e.value, [...path, k]);
    if (merged === undefined) entries.delete(k);
    else if (prev && merged.overrides && merged.overrides[0] === prev.value.src) {
      // Point at the key the user wrote (`LOG_LEVEL:`), not at its value, like every other fact.
      entries.set(k, { keySrc: e.keySrc, value: { ...merged, overrides: [prev.keySrc, ...merged.overrides.slice(1)] } });
    } else entries.set(k, { keySrc: prev && !merged.overrides ? prev.keySrc : e.keySrc, value: merged });
  }
  return withMerged({ ...base, entries }, over.src);
}

function mergeSeqs(base: YSeq, over: YSeq, index: Indexer | undefined): YSeq {
  if (!index) return withMerged({ ...base, items: [...base.items, ...over.items.map(stripTags)] }, over.src);
  const items = [...base.items];
  const at = new Map<string, number>();
  items.forEach((n, i) => at.set(index(n), i));
  for (const n of over.items) {
    const k = index(n);
    const i = at.get(k);
    if (i === undefined) {
      at.set(k, items.length);
      items.push(stripTags(n));
    } else {
      items[i] = replaced(stripTags(n), items[i]);
    }
  }
  return withMerged({ ...base, items }, over.src);
}

/**
 * `!reset`/`!override` only mean something against an earlier file: with nothing to act on,
 * a `!reset` value is dropped and an `!override` value is taken as written.
 */
export function stripTags(n: YNode): YNode {
  const out: YNode = n.tag ? { ...n, tag: undefined } : n;
  if (out.kind === 'map') {
    let changed = false;
    const entries = new Map<string, YEntry>();
    for (const [k, e] of out.entries) {
      if (e.value.tag === '!reset') {
        changed = true;
        continue;
      }
      const v = stripTags(e.value);
      if (v !== e.value) changed = true;
      entries.set(k, v === e.value ? e : { keySrc: e.keySrc, value: v });
    }
    return changed ? { ...out, entries } : out;
  }
  if (out.kind === 'seq') {
    const items = out.items.filter((i) => i.tag !== '!reset').map(stripTags);
    return items.some((x, i) => x !== out.items[i]) || items.length !== out.items.length ? { ...out, items } : out;
  }
  return out;
}
