// The located tree every compose stage works on: a YAML value where each node
// remembers where it was written, so facts keep their file/line/column through
// interpolation, include/extends, merge and normalization.
import type { SourceRef } from '../types';

/** `!reset` drops an inherited value; `!override` replaces it instead of merging. */
export type MergeTag = '!reset' | '!override';

interface NodeBase {
  src: SourceRef;
  tag?: MergeTag;
  /** Earlier definitions this node replaced (set by merge). */
  overrides?: SourceRef[];
  /** Other definitions merged into this mapping or sequence (set by merge). */
  mergedWith?: SourceRef[];
}

export type Scalar = string | number | boolean | null;

export interface YScalar extends NodeBase {
  kind: 'scalar';
  value: Scalar;
}

export interface YSeq extends NodeBase {
  kind: 'seq';
  items: YNode[];
}

export interface YEntry {
  keySrc: SourceRef;
  value: YNode;
}

/** A mapping. A `Map` keeps key order and cannot be polluted through `__proto__` keys. */
export interface YMap extends NodeBase {
  kind: 'map';
  entries: Map<string, YEntry>;
}

export type YNode = YScalar | YSeq | YMap;

export const scalar = (value: Scalar, src: SourceRef): YScalar => ({ kind: 'scalar', value, src });
export const seq = (items: YNode[], src: SourceRef): YSeq => ({ kind: 'seq', items, src });
export const map = (src: SourceRef, entries: Map<string, YEntry> = new Map()): YMap => ({ kind: 'map', entries, src });

export const isMap = (n: YNode | undefined | null): n is YMap => !!n && n.kind === 'map';
export const isSeq = (n: YNode | undefined | null): n is YSeq => !!n && n.kind === 'seq';
export const isScalar = (n: YNode | undefined | null): n is YScalar => !!n && n.kind === 'scalar';

/** The value under `key`, when `node` is a mapping that has it. */
export function get(node: YNode | undefined | null, key: string): YNode | undefined {
  return isMap(node) ? node.entries.get(key)?.value : undefined;
}

export function setEntry(entries: Map<string, YEntry>, key: string, value: YNode, keySrc: SourceRef = value.src): void {
  entries.set(key, { keySrc, value });
}

/** The scalar as text, the way compose reads a scalar where it expects a string. */
export function scalarText(n: YNode | undefined): string | undefined {
  if (!isScalar(n) || n.value === null) return undefined;
  return String(n.value);
}

/** Converts a located tree to plain JSON. A `__proto__` key becomes an own property, never the prototype. */
export function toJson(n: YNode): unknown {
  switch (n.kind) {
    case 'scalar':
      return n.value;
    case 'seq':
      return n.items.map(toJson);
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const [k, e] of n.entries) {
        if (k === '__proto__') Object.defineProperty(out, k, { value: toJson(e.value), enumerable: true, writable: true, configurable: true });
        else out[k] = toJson(e.value);
      }
      return out;
    }
  }
}

