import { norm } from './facts';
import type { ServiceIndex } from './matchService';

export interface MentionSpan {
  start: number;
  end: number;
  service: string;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}])?/gu;
// A reference qualified by a registry or host name ("ghcr.io/shop/api:1.9", "example.com/docs/api"):
// its path segments name images and pages, not services.
const QUALIFIED = /(?<![^\s`'"(<[])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?::\d+)?\/[^\s`'")>\]]*/gu;

/** Certain keys only (names, generic words stripped, shared prefix, image): prose is not guessed at. */
export function mentionKeys(index: ServiceIndex, extra: Map<string, string> = new Map()): Map<string, string> {
  const keys = new Map<string, string>();
  for (const tier of index.tiers.slice(0, 4)) {
    for (const [k, v] of tier) if (v && k.length >= 2 && !keys.has(k)) keys.set(k, v);
  }
  for (const [k, v] of extra) if (!keys.has(k) && k.length >= 2) keys.set(k, v);
  return keys;
}

/** Keys for mention matching: each known service by its lower-case alphanumeric name. */
export function serviceKeys(known: string[]): Map<string, string> {
  return new Map(known.map((name) => [name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''), name]));
}

/** Where a text names a service: whole words or runs of up to three words, longest first. */
export function findMentions(text: string, keys: Map<string, string>): MentionSpan[] {
  if (!keys.size) return [];
  const qualified = [...text.matchAll(QUALIFIED)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  const words = [...text.matchAll(WORD)]
    .map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, key: norm(m[0]) }))
    .filter((w) => !qualified.some(([from, to]) => w.start >= from && w.end <= to));
  const out: MentionSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let size = Math.min(3, words.length - i); size >= 1; size--) {
      const run = words.slice(i, i + size);
      // Runs join words separated by spaces or dashes only, not across sentences.
      if (size > 1 && !run.slice(1).every((w, k) => /^[\s_-]*$/.test(text.slice(run[k].end, w.start)))) continue;
      const key = run.map((w) => w.key).join('');
      // No plurals: across the corpus' 61 pages, every plural of a service name meant the thing
      // ("new votes", "production setups"), never the service.
      const service = keys.get(key);
      // Words run together only into a name that has as many parts: "celery beat" is celery-beat,
      // but "set up" is not a service called setup.
      if (service && size > 1 && partsOf(service) < size) continue;
      if (service) {
        out.push({ start: run[0].start, end: run[size - 1].end, service });
        i += size - 1;
        break;
      }
    }
  }
  return out;
}

const partsOf = (name: string): number => name.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length;
