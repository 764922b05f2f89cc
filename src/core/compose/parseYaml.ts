// Load stage: YAML text → located tree. YAML 1.2 via `yaml`'s parseDocument with a
// LineCounter; aliases and merge keys are expanded here (with a budget, so a
// billion-laughs file answers with a diagnostic instead of exhausting memory).
import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Alias, Document, Node as YamlNode, ParsedNode, Scalar as YamlScalar } from 'yaml';
import type { Diagnostic, Parsed, SourceRef, WorkspaceFile } from '../types';
import { diag } from './diagnostics';
import { map, scalar, seq, setEntry } from './node';
import type { MergeTag, YEntry, YMap, YNode } from './node';

/** Compose files are small; anything bigger is almost certainly not one. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Deeper nesting than this is no compose file; it also keeps recursion off the stack limit. */
export const MAX_DEPTH = 200;
/** Nodes the document may expand to once aliases are resolved (real files stay far below). */
export const MAX_EXPANDED_NODES = 200_000;

const MERGE_TAGS: readonly string[] = ['!reset', '!override'];

/**
 * Parses one compose file into a located tree. Never throws: YAML errors, duplicate keys,
 * oversized or empty input and alias bombs come back as diagnostics with file:line:col.
 */
export function parseYaml(file: WorkspaceFile): Parsed<YNode | null> {
  const hit = cache.get(file.path);
  if (hit && hit.text === file.text) {
    // Most recently used last, so the oldest entry is the one evicted.
    cache.delete(file.path);
    cache.set(file.path, hit);
    return { value: hit.value, diagnostics: hit.diagnostics.map((d) => ({ ...d })) };
  }
  const parsed = parseUncached(file);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(file.path, { text: file.text, value: parsed.value, diagnostics: parsed.diagnostics.map((d) => ({ ...d })) });
  return parsed;
}

/**
 * Parsed files by path, reused while the text is unchanged. Parsing is most of the pipeline's
 * cost, and callers read the same files again: the CLI asks for referenced files and then loads
 * the project, the app reloads every file when one of them is edited. Sharing a tree is safe
 * because no stage mutates a node it did not create.
 */
const cache = new Map<string, { text: string; value: YNode | null; diagnostics: Diagnostic[] }>();
const CACHE_SIZE = 64;

function parseUncached(file: WorkspaceFile): Parsed<YNode | null> {
  const diagnostics: Diagnostic[] = [];
  const lc = new LineCounter();
  const pos = (offset: number): SourceRef => {
    const p = lc.linePos(offset);
    return { file: file.path, line: p.line, column: p.col };
  };
  if (file.text.length > MAX_FILE_BYTES) {
    diagnostics.push(diag('error', 'file-too-large', `${file.path} is ${(file.text.length / 1048576).toFixed(1)} MB; compose files larger than ${MAX_FILE_BYTES / 1048576} MB are not read.`, { file: file.path, line: 1, column: 1 }));
    return { value: null, diagnostics };
  }
  const bad = file.text.indexOf('\uFFFD');
  let doc: Document.Parsed;
  try {
    doc = parseDocument(file.text, { lineCounter: lc, merge: true, uniqueKeys: false, prettyErrors: false, version: '1.2' });
  } catch (e) {
    // The yaml parser recurses on nesting; pathological input can exhaust the stack.
    diagnostics.push(diag('error', 'yaml-syntax', `${file.path} could not be read as YAML (${(e as Error).message}); nesting is probably too deep.`, { file: file.path, line: 1, column: 1 }));
    return { value: null, diagnostics };
  }
  if (bad >= 0) {
    diagnostics.push(diag('warning', 'invalid-utf8', `${file.path} contains bytes that are not valid UTF-8 (shown as \uFFFD); save the file as UTF-8.`, pos(bad)));
  }
  for (const e of doc.errors) {
    diagnostics.push(diag('error', 'yaml-syntax', yamlMessage(e.code, e.message), pos(e.pos[0])));
  }
  for (const w of doc.warnings) {
    if (w.code === 'TAG_RESOLVE_FAILED' && MERGE_TAGS.some((t) => w.message.includes(t))) continue;
    diagnostics.push(diag('warning', 'yaml-warning', firstLine(w.message), pos(w.pos[0])));
  }
  if (doc.errors.length > 0) return { value: null, diagnostics };
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    diagnostics.push(diag('error', 'empty-file', `${file.path} is empty: a compose file needs at least a \`services:\` section.`, pos(0)));
    return { value: null, diagnostics };
  }
  const conv = new Converter(doc, file.path, pos, diagnostics);
  const value = conv.convert(doc.contents as YamlNode, 0);
  if (conv.aborted) return { value: null, diagnostics };
  return { value, diagnostics };
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}

function yamlMessage(code: string, message: string): string {
  const text = firstLine(message).replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'TAB_AS_INDENT') return 'Tabs are not allowed for indentation in YAML; indent with spaces.';
  return text;
}

class Converter {
  aborted = false;
  private expanded = 0;
  // Each anchored node is converted once and shared; stages never mutate nodes, so sharing is safe.
  private readonly memo = new Map<YamlNode, YNode>();
  private readonly sizes = new Map<YNode, number>();
  private targets: Map<Alias, YamlNode | undefined> | undefined;

  constructor(
    private readonly doc: Document.Parsed,
    private readonly file: string,
    private readonly pos: (offset: number) => SourceRef,
    private readonly diagnostics: Diagnostic[],
  ) {}

  private src(n: YamlNode | null | undefined): SourceRef {
    return this.pos(n?.range?.[0] ?? 0);
  }

  private fail(code: string, message: string, src: SourceRef): YNode {
    if (!this.aborted) this.diagnostics.push(diag('error', code, message, src));
    this.aborted = true;
    return scalar(null, src);
  }

  convert(n: YamlNode | null | undefined, depth: number): YNode {
    if (this.aborted) return scalar(null, this.src(n));
    if (depth > MAX_DEPTH) return this.fail('yaml-too-deep', `Nesting deeper than ${MAX_DEPTH} levels; compose files are never this deep.`, this.src(n));
    if (n == null) return scalar(null, this.src(n));
    if (isAlias(n)) {
      const target = this.aliasTarget(n);
      if (!target) return this.fail('yaml-syntax', `Unknown alias *${n.source}.`, this.src(n));
      const node = this.memo.get(target) ?? this.convert(target, depth + 1);
      this.expanded += this.sizeOf(node);
      if (this.expanded > MAX_EXPANDED_NODES) {
        return this.fail('yaml-alias-limit', `Aliases expand this file beyond ${MAX_EXPANDED_NODES.toLocaleString('en')} values (an "alias bomb"?); reduce the use of *${n.source}.`, this.src(n));
      }
      return node;
    }
    const cached = this.memo.get(n);
    if (cached) return cached;
    const out = this.convertNode(n, depth);
    const tag = n.tag && MERGE_TAGS.includes(n.tag) ? (n.tag as MergeTag) : undefined;
    if (tag) out.tag = tag;
    if (n.anchor) this.memo.set(n, out);
    this.expanded++;
    return out;
  }

  private convertNode(n: YamlNode, depth: number): YNode {
    const src = this.src(n);
    if (isScalar(n)) {
      const v = n.value;
      if (v === null || v === undefined) return scalar(null, src);
      if (typeof v === 'string' || typeof v === 'boolean') return scalar(v, src);
      if (typeof v === 'number') return scalar(v, src);
      if (typeof v === 'bigint') return scalar(String(v), src);
      return scalar(String((n as YamlScalar).source ?? v), src);
    }
    if (isSeq(n)) return seq(n.items.map((i) => this.convert(i as YamlNode, depth + 1)), src);
    if (isMap(n)) return this.convertMap(n.items, src, depth);
    return scalar(null, src);
  }

  private convertMap(pairs: { key: unknown; value: unknown }[], src: SourceRef, depth: number): YMap {
    const out = map(src);
    const merged: YMap[] = [];
    for (const pair of pairs) {
      const key = pair.key as ParsedNode | null;
      if (isScalar(key) && typeof key.value === 'symbol') {
        merged.push(...this.mergeSources(pair.value as YamlNode, depth));
        continue;
      }
      const keySrc = this.src(key);
      const name = this.keyText(key);
      const prev = out.entries.get(name);
      if (prev) {
        this.diagnostics.push(diag('error', 'duplicate-key', `Key \`${name}\` is defined twice in the same mapping (first at line ${prev.keySrc.line}); remove one of them.`, keySrc, { related: [prev.keySrc] }));
        continue;
      }
      setEntry(out.entries, name, this.convert(pair.value as YamlNode, depth + 1), keySrc);
    }
    // YAML merge keys: keys written in the mapping win, then earlier merged mappings win over later ones.
    for (const m of merged) {
      for (const [k, e] of m.entries) if (!out.entries.has(k)) out.entries.set(k, e as YEntry);
    }
    return out;
  }

  private mergeSources(v: YamlNode, depth: number): YMap[] {
    const node = this.convert(v, depth + 1);
    const list = node.kind === 'seq' ? node.items : [node];
    const maps: YMap[] = [];
    for (const item of list) {
      if (item.kind === 'map') maps.push(item);
      else this.diagnostics.push(diag('error', 'yaml-merge', 'A merge key `<<` must refer to a mapping or a list of mappings.', item.src));
    }
    return maps;
  }

  private keyText(key: ParsedNode | null): string {
    if (key == null) return '';
    if (isScalar(key)) return key.value == null ? '' : String(key.value);
    // Compose never uses complex keys; keep the text so the schema can complain about it.
    return String(key);
  }

  /**
   * What an alias points at: the last node with its anchor before it, as `Alias.resolve` has it.
   * `resolve` walks the whole document on every call, which made files with many aliases
   * quadratic; one walk here resolves them all.
   */
  private aliasTarget(alias: Alias): YamlNode | undefined {
    if (!this.targets) {
      const targets = new Map<Alias, YamlNode | undefined>();
      const anchors = new Map<string, YamlNode>();
      // Document order, a node before its children and a key before its value, as `visit` goes.
      const walk = (node: unknown): void => {
        if (isAlias(node)) {
          targets.set(node, anchors.get(node.source));
          return;
        }
        if (isScalar(node)) {
          if (node.anchor) anchors.set(node.anchor, node);
        } else if (isMap(node) || isSeq(node)) {
          if (node.anchor) anchors.set(node.anchor, node);
          for (const item of node.items as unknown[]) {
            if (isPair(item)) {
              walk(item.key);
              walk(item.value);
            } else walk(item);
          }
        }
      };
      walk(this.doc.contents);
      this.targets = targets;
    }
    return this.targets.get(alias);
  }

  private sizeOf(n: YNode): number {
    const known = this.sizes.get(n);
    if (known !== undefined) return known;
    let s = 1;
    if (n.kind === 'seq') for (const i of n.items) s += this.sizeOf(i);
    else if (n.kind === 'map') for (const e of n.entries.values()) s += this.sizeOf(e.value);
    this.sizes.set(n, s);
    return s;
  }
}
