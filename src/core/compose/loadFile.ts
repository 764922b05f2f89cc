// One compose file through the per-file stages, in compose-go's order (loader.go
// loadYamlFile): parse → interpolate → validate (on the user's own syntax) → include →
// extends → short-to-long syntax. Relative paths resolve against the file's directory.
import type { Diagnostic, Severity, WorkspaceFile } from '../types';
import { diag } from './diagnostics';
import { interpolateNode } from './interpolate';
import type { Lookup } from './interpolate';
import { mergeNodes } from './merge';
import { scalarText } from './node';
import type { YEntry, YMap, YNode } from './node';
import { normalizeServiceSyntax } from './normalizeService';
import { parseYaml } from './parseYaml';
import { dirname, joinPath } from './paths';
import { resolveIncludes } from './resolveIncludes';
import type { PortBudget } from './shortSyntax';
import { validateCompose } from './validate';

export interface FileContext {
  files: Map<string, WorkspaceFile>;
  /** Workspace directory relative paths print against. */
  projectDir: string;
  /** Workspace directory relative paths in this file resolve against. */
  fileDir: string;
  lookup: Lookup;
  diagnostics: Diagnostic[];
  missingSeverity: Severity;
  /** Files being loaded (include/extends chain), to report cycles. */
  stack: string[];
  /** Parsed, interpolated files, keyed by path, directory context and variables. */
  cache: Map<string, YMap | null>;
  /** Ports left to expand, shared by every file of the project. */
  portBudget?: PortBudget;
}

// Interpolation depends on the variables: an include with its own env_file gets its own
// lookup, so the same file read under two includes must not share one cached result.
const lookupIds = new WeakMap<Lookup, number>();
let nextLookupId = 0;
function lookupId(lookup: Lookup): number {
  let id = lookupIds.get(lookup);
  if (id === undefined) lookupIds.set(lookup, (id = nextLookupId++));
  return id;
}

/** Loads one compose file; null when it cannot be read at all (diagnostics say why). */
export function loadFile(path: string, ctx: FileContext, from?: YNode): YMap | null {
  const key = `${path}\u0000${ctx.fileDir}\u0000${ctx.projectDir}\u0000${lookupId(ctx.lookup)}`;
  if (ctx.cache.has(key)) return ctx.cache.get(key) ?? null;
  const file = ctx.files.get(path);
  if (!file) {
    ctx.diagnostics.push(diag(ctx.missingSeverity, 'missing-file', `${path} is referenced but not in the workspace; add the file.`, from?.src ?? null));
    return null;
  }
  const parsed = parseYaml(file);
  ctx.diagnostics.push(...parsed.diagnostics);
  if (!parsed.value) return remember(ctx, key, null);
  if (parsed.value.kind !== 'map') {
    ctx.diagnostics.push(diag('error', 'not-a-mapping', `${path} must be a mapping with a \`services:\` key at the top level, not a ${parsed.value.kind === 'seq' ? 'list' : 'single value'}.`, parsed.value.src));
    return remember(ctx, key, null);
  }
  const interpolated = interpolateNode(parsed.value, ctx.lookup, ctx.diagnostics) as YMap;
  ctx.diagnostics.push(...validateCompose(interpolated));
  let root = interpolated;
  ctx.stack.push(path);
  try {
    root = normalizeServices(root, ctx);
    root = resolveExtends(root, path, ctx);
    if (root.entries.has('include')) root = resolveIncludes(root, ctx, loadFile);
  } finally {
    ctx.stack.pop();
  }
  return remember(ctx, key, root);
}

function remember(ctx: FileContext, key: string, v: YMap | null): YMap | null {
  ctx.cache.set(key, v);
  return v;
}

function normalizeServices(root: YMap, ctx: FileContext): YMap {
  const services = root.entries.get('services');
  if (services?.value.kind !== 'map') return root;
  const entries = new Map<string, YEntry>();
  for (const [name, e] of services.value.entries) {
    entries.set(name, { keySrc: e.keySrc, value: normalizeServiceSyntax(e.value, ctx, ctx.diagnostics) });
  }
  const out: YMap = { ...root, entries: new Map(root.entries) };
  out.entries.set('services', { keySrc: services.keySrc, value: { ...services.value, entries } });
  return out;
}

/** Resolves `extends` (same file or another file, chained), reporting cycles. */
function resolveExtends(root: YMap, path: string, ctx: FileContext): YMap {
  const services = root.entries.get('services');
  if (services?.value.kind !== 'map') return root;
  const svcMap = services.value;
  if (![...svcMap.entries.values()].some((e) => e.value.kind === 'map' && e.value.entries.has('extends'))) return root;
  const done = new Map<string, YNode>();
  const resolving: string[] = [];
  const resolve = (name: string): YNode | undefined => {
    if (done.has(name)) return done.get(name);
    const e = svcMap.entries.get(name);
    if (!e) return undefined;
    const svc = e.value;
    const ext = svc.kind === 'map' ? svc.entries.get('extends')?.value : undefined;
    if (svc.kind !== 'map' || !ext || ext.kind !== 'map') {
      done.set(name, svc);
      return svc;
    }
    const target = scalarText(ext.entries.get('service')?.value) ?? '';
    const fileRef = scalarText(ext.entries.get('file')?.value);
    // A file may name itself in `extends.file`: that is the same-file case, not a cycle.
    const filePath = fileRef === undefined ? path : joinPath(ctx.fileDir, fileRef);
    let base: YNode | undefined;
    if (filePath !== path) {
      base = extendsFromFile(filePath, target, ext, ctx);
    } else if (resolving.includes(target) || target === name) {
      ctx.diagnostics.push(diag('error', 'extends-cycle', `\`extends\` forms a cycle: ${[...resolving, name, target].join(' → ')}.`, ext.src, { service: name }));
    } else {
      resolving.push(name);
      base = resolve(target);
      resolving.pop();
      if (base === undefined) ctx.diagnostics.push(diag('error', 'extends-missing', `Service ${name} extends ${target}, which is not defined in ${path}.`, ext.src, { service: name }));
    }
    const own: YMap = { ...svc, entries: new Map(svc.entries) };
    own.entries.delete('extends');
    const merged = base ? (mergeNodes(withoutExtends(base), own, ['services', name]) ?? own) : own;
    done.set(name, merged);
    return merged;
  };
  const entries = new Map<string, YEntry>();
  for (const [name, e] of svcMap.entries) entries.set(name, { keySrc: e.keySrc, value: resolve(name) ?? e.value });
  const out: YMap = { ...root, entries: new Map(root.entries) };
  out.entries.set('services', { keySrc: services.keySrc, value: { ...svcMap, entries } });
  return out;
}

function withoutExtends(n: YNode): YNode {
  if (n.kind !== 'map' || !n.entries.has('extends')) return n;
  const entries = new Map(n.entries);
  entries.delete('extends');
  return { ...n, entries };
}

function extendsFromFile(path: string, service: string, at: YNode, ctx: FileContext): YNode | undefined {
  if (ctx.stack.includes(path)) {
    ctx.diagnostics.push(diag('error', 'extends-cycle', `\`extends\` forms a cycle through files: ${[...ctx.stack, path].join(' → ')}.`, at.src));
    return undefined;
  }
  const other = loadFile(path, { ...ctx, fileDir: dirname(path) }, at);
  if (!other) return undefined;
  const svc = other.entries.get('services')?.value;
  const found = svc?.kind === 'map' ? svc.entries.get(service)?.value : undefined;
  if (!found) ctx.diagnostics.push(diag('error', 'extends-missing', `${path} has no service ${service} to extend.`, at.src));
  return found;
}
