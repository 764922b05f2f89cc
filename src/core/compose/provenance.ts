// Provenance: where each fact of the canonical project was set and what it replaced,
// keyed by JSON Pointer (`/services/api/environment/LOG_LEVEL`).
import type { FactSource, SourceRef } from '../types';
import type { YNode } from './node';

/** Deep enough for `/services/<s>/<key>/<item>`; deeper facts share their parent's place. */
const MAX_DEPTH = 4;

// Keys rarely hold `~` or `/`: skip the replacements for the others (this runs for every fact).
const escape = (s: string) => (s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s);

export function collectProvenance(node: YNode, pointer: string, out: Record<string, FactSource>, keySrc?: SourceRef, depth = 0): void {
  if (pointer) {
    const fact: FactSource = { source: keySrc ?? node.src, overrides: node.overrides ?? [] };
    if (node.mergedWith?.length) fact.mergedWith = node.mergedWith;
    out[pointer] = fact;
  }
  if (depth >= MAX_DEPTH) return;
  if (node.kind === 'map') for (const [k, e] of node.entries) collectProvenance(e.value, `${pointer}/${escape(k)}`, out, e.keySrc, depth + 1);
  else if (node.kind === 'seq') for (let i = 0; i < node.items.length; i++) collectProvenance(node.items[i], `${pointer}/${i}`, out, undefined, depth + 1);
}
