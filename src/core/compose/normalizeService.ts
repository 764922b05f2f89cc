// Normalize stage for one service. `normalizeServiceSyntax` runs on each file before merge
// (short → long syntax, so merge compares like with like and every converted fact keeps its
// position); `finishService` runs once after merge and fills compose's defaults.
import type { Diagnostic } from '../types';
import { map, scalar, scalarText, seq, setEntry } from './node';
import type { YEntry, YMap, YNode } from './node';
import { projectPath } from './paths';
import {
  normalizeCommand,
  normalizeDependsOn,
  normalizeDuration,
  normalizeKeyValues,
  normalizeNetworks,
  normalizePorts,
  normalizeVolumes,
  toBool,
  toNumber,
} from './shortSyntax';
import type { PortBudget } from './shortSyntax';

export interface PathContext {
  /** Workspace directory of the project (relative paths are printed against it). */
  projectDir: string;
  /** Workspace directory relative paths in this file resolve against. */
  fileDir: string;
  /** Ports left to expand in this project; unlimited when absent. */
  portBudget?: PortBudget;
}

const KEY_VALUES = ['environment', 'labels', 'annotations', 'sysctls'];
const DURATIONS = ['stop_grace_period'];
const HEALTH_DURATIONS = ['interval', 'timeout', 'start_period', 'start_interval'];
const BOOLEANS = ['init', 'privileged', 'read_only', 'stdin_open', 'tty', 'oom_kill_disable'];
const NUMBERS = ['scale', 'cpu_shares', 'cpu_count', 'cpu_percent', 'oom_score_adj', 'pids_limit', 'cpus'];

type Rewrite = (n: YNode) => YNode;

function rewrite(m: YMap, key: string, f: Rewrite): void {
  const e = m.entries.get(key);
  if (e) m.entries.set(key, { keySrc: e.keySrc, value: f(e.value) });
}

/** Short syntax → long syntax and relative paths → project paths, for one service of one file. */
export function normalizeServiceSyntax(svc: YNode, ctx: PathContext, diagnostics: Diagnostic[]): YNode {
  if (svc.kind !== 'map') return svc;
  const out: YMap = { ...svc, entries: new Map(svc.entries) };
  const path = (p: string) => projectPath(ctx.projectDir, ctx.fileDir, p);
  for (const k of KEY_VALUES) rewrite(out, k, (n) => normalizeKeyValues(n));
  rewrite(out, 'depends_on', normalizeDependsOn);
  rewrite(out, 'networks', normalizeNetworks);
  rewrite(out, 'ports', (n) => normalizePorts(n, diagnostics, ctx.portBudget));
  rewrite(out, 'expose', (n) => (n.kind === 'seq' ? { ...n, items: n.items.map((i) => (i.kind === 'scalar' && i.value !== null ? { ...i, value: String(i.value) } : i)) } : n));
  rewrite(out, 'volumes', (n) => mapItems(normalizeVolumes(n), (v) => (v.kind === 'map' && scalarText(v.entries.get('type')?.value) === 'bind' ? rewriteScalar(v, 'source', path) : v)));
  rewrite(out, 'command', normalizeCommand);
  rewrite(out, 'entrypoint', normalizeCommand);
  for (const k of DURATIONS) rewrite(out, k, (n) => normalizeDuration(n, diagnostics, k));
  for (const k of BOOLEANS) rewrite(out, k, toBool);
  for (const k of NUMBERS) rewrite(out, k, toNumber);
  rewrite(out, 'healthcheck', (n) => normalizeHealthcheck(n, diagnostics));
  rewrite(out, 'build', (n) => normalizeBuild(n, path));
  rewrite(out, 'env_file', (n) => normalizeEnvFile(n, path));
  rewrite(out, 'extends', (n) => (n.kind === 'scalar' ? singleEntry(n, 'service') : n));
  rewrite(out, 'deploy', (n) => (n.kind === 'map' ? rewriteScalar(n, 'replicas', undefined, toNumber) : n));
  return out;
}

function singleEntry(n: YNode, key: string): YMap {
  const m = map(n.src);
  setEntry(m.entries, key, n);
  return m;
}

function mapItems(n: YNode, f: Rewrite): YNode {
  return n.kind === 'seq' ? { ...n, items: n.items.map(f) } : n;
}

function rewriteScalar(m: YMap, key: string, f?: (s: string) => string, g?: Rewrite): YMap {
  const e = m.entries.get(key);
  if (!e) return m;
  const entries = new Map(m.entries);
  const t = scalarText(e.value);
  const value = g ? g(e.value) : t !== undefined && f ? scalar(f(t), e.value.src) : e.value;
  entries.set(key, { keySrc: e.keySrc, value });
  return { ...m, entries };
}

function normalizeHealthcheck(n: YNode, diagnostics: Diagnostic[]): YNode {
  if (n.kind !== 'map') return n;
  const out: YMap = { ...n, entries: new Map(n.entries) };
  rewrite(out, 'test', (t) => {
    if (t.kind === 'scalar' && typeof t.value === 'string') return { ...seq([scalar('CMD-SHELL', t.src), t], t.src), tag: t.tag };
    return t;
  });
  for (const k of HEALTH_DURATIONS) rewrite(out, k, (d) => normalizeDuration(d, diagnostics, `healthcheck.${k}`));
  rewrite(out, 'retries', toNumber);
  rewrite(out, 'disable', toBool);
  return out;
}

function normalizeBuild(n: YNode, path: (p: string) => string): YNode {
  if (n.kind === 'scalar') {
    const m = map(n.src);
    setEntry(m.entries, 'context', scalar(path(scalarText(n) ?? '.'), n.src));
    return m;
  }
  if (n.kind !== 'map') return n;
  let out: YMap = rewriteScalar(n, 'context', path);
  if (out.entries.has('args')) out = { ...out, entries: new Map(out.entries) };
  rewrite(out, 'args', (a) => normalizeKeyValues(a));
  return out;
}

function normalizeEnvFile(n: YNode, path: (p: string) => string): YNode {
  const items = n.kind === 'seq' ? n.items : [n];
  const out = items.map((i) => {
    const m = map(i.src);
    if (i.kind === 'map') {
      const p = scalarText(i.entries.get('path')?.value) ?? '';
      setEntry(m.entries, 'path', scalar(path(p), i.src));
      const req = i.entries.get('required')?.value;
      setEntry(m.entries, 'required', req ? toBool(req) : scalar(true, i.src));
      const fmt = i.entries.get('format');
      if (fmt) m.entries.set('format', fmt);
    } else {
      setEntry(m.entries, 'path', scalar(path(scalarText(i) ?? ''), i.src));
      setEntry(m.entries, 'required', scalar(true, i.src));
    }
    return m;
  });
  return { ...seq(out, n.src), tag: n.tag };
}

/** Compose's defaults, once all files are merged: build dockerfile, the default network. */
export function finishService(svc: YNode): YNode {
  if (svc.kind !== 'map') return svc;
  const entries = new Map<string, YEntry>(svc.entries);
  const out: YMap = { ...svc, entries };
  const build = entries.get('build')?.value;
  if (build?.kind === 'map' && !build.entries.has('dockerfile') && !build.entries.has('dockerfile_inline')) {
    const b: YMap = { ...build, entries: new Map(build.entries) };
    if (!b.entries.has('context')) setEntry(b.entries, 'context', scalar('.', build.src));
    setEntry(b.entries, 'dockerfile', scalar('Dockerfile', build.src));
    rewrite(out, 'build', () => b);
  }
  const mode = scalarText(entries.get('network_mode')?.value);
  if (!entries.has('networks') && !mode) {
    const nets = map(svc.src);
    setEntry(nets.entries, 'default', scalar(null, svc.src));
    setEntry(entries, 'networks', nets, svc.src);
  }
  return out;
}
