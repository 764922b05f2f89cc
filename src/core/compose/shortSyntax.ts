// Short → long syntax for the parts of a service that compose prints in long form:
// ports, volumes, depends_on, environment-like lists, networks, durations, commands.
// Each converted node keeps the position of what the user wrote.
import type { Diagnostic, SourceRef } from '../types';
import { diag } from './diagnostics';
import { map, scalar, scalarText, seq, setEntry } from './node';
import type { YMap, YNode } from './node';

const str = (v: string, src: SourceRef) => scalar(v, src);

/** `["A=1", "B"]` or `{A: 1, B: null}` → `{A: "1", B: null}` (values as strings, as compose keeps them). */
export function normalizeKeyValues(n: YNode, nullForBare = true): YNode {
  if (n.kind === 'seq') {
    const out = map(n.src);
    out.tag = n.tag;
    for (const item of n.items) {
      const t = scalarText(item);
      if (t === undefined) continue;
      const eq = t.indexOf('=');
      if (eq < 0) setEntry(out.entries, t, scalar(nullForBare ? null : '', item.src), item.src);
      else setEntry(out.entries, t.slice(0, eq), str(t.slice(eq + 1), item.src), item.src);
    }
    return out;
  }
  if (n.kind === 'map') {
    const out = map(n.src);
    out.tag = n.tag;
    for (const [k, e] of n.entries) {
      const v = e.value;
      const value = v.kind === 'scalar' && v.value !== null && typeof v.value !== 'string' ? { ...v, value: String(v.value) } : v;
      out.entries.set(k, { keySrc: e.keySrc, value });
    }
    return out;
  }
  return n;
}

/** `depends_on: [db]` → `{db: {condition: service_started, required: true}}`; long entries get the defaults. */
export function normalizeDependsOn(n: YNode): YNode {
  const out = map(n.src);
  out.tag = n.tag;
  const add = (name: string, src: SourceRef, keySrc: SourceRef, long?: YMap) => {
    const dep = map(src);
    dep.tag = long?.tag;
    setEntry(dep.entries, 'condition', long?.entries.get('condition')?.value ?? str('service_started', src));
    const req = long?.entries.get('required')?.value;
    setEntry(dep.entries, 'required', req ? toBool(req) : scalar(true, src));
    for (const [k, e] of long?.entries ?? []) {
      if (k === 'restart') setEntry(dep.entries, k, toBool(e.value), e.keySrc);
      else if (!dep.entries.has(k)) dep.entries.set(k, e);
    }
    setEntry(out.entries, name, dep, keySrc);
  };
  if (n.kind === 'seq') for (const i of n.items) add(scalarText(i) ?? '', i.src, i.src);
  else if (n.kind === 'map') for (const [k, e] of n.entries) add(k, e.value.src, e.keySrc, e.value.kind === 'map' ? e.value : undefined);
  else return n;
  return out;
}

/** `networks: [a, b]` → `{a: null, b: null}`. */
export function normalizeNetworks(n: YNode): YNode {
  if (n.kind !== 'seq') return n;
  const out = map(n.src);
  out.tag = n.tag;
  for (const i of n.items) setEntry(out.entries, scalarText(i) ?? '', scalar(null, i.src), i.src);
  return out;
}

export function toBool(n: YNode): YNode {
  if (n.kind === 'scalar' && typeof n.value === 'string') {
    if (/^(true|yes|on)$/i.test(n.value)) return { ...n, value: true };
    if (/^(false|no|off)$/i.test(n.value)) return { ...n, value: false };
  }
  return n;
}

export function toNumber(n: YNode): YNode {
  if (n.kind === 'scalar' && typeof n.value === 'string' && /^-?\d+(\.\d+)?$/.test(n.value.trim())) return { ...n, value: Number(n.value) };
  return n;
}

// ---- ports ----

/**
 * Ports a project may expand, shared by every file of one load. Compose expands ranges one
 * entry per port; `"1-65535"` a few times over would otherwise take seconds and hundreds of MB.
 */
export interface PortBudget {
  left: number;
}

export const MAX_PORTS_PER_PROJECT = 10_000;

const PORT = /^(?:(?:\[([^\]]+)\]|([^:\[\]]*)):)??(?:([\d$]*(?:-\d+)?):)?(\d+)(?:-(\d+))?(?:\/(\w+))?$/;

/** One short-syntax port (`"127.0.0.1:8000-8001:80-81/udp"`) → long-syntax entries. */
export function parsePort(text: string, src: SourceRef, diagnostics: Diagnostic[], budget?: PortBudget): YMap[] {
  const m = PORT.exec(text.trim());
  if (!m) {
    diagnostics.push(diag('error', 'invalid-port', `"${text}" is not a port: write CONTAINER, HOST:CONTAINER or IP:HOST:CONTAINER, optionally with /tcp or /udp.`, src));
    return [];
  }
  const hostIp = m[1] ?? m[2];
  const published = m[3] || undefined;
  const start = Number(m[4]);
  const end = m[5] ? Number(m[5]) : start;
  const protocol = m[6] ?? 'tcp';
  let pubStart: number | undefined;
  let pubEnd: number | undefined;
  if (published && /^\d+(-\d+)?$/.test(published)) {
    const [a, b] = published.split('-').map(Number);
    pubStart = a;
    pubEnd = b ?? a;
  }
  const count = end - start + 1;
  if (count < 1 || count > 65536) {
    diagnostics.push(diag('error', 'invalid-port', `"${text}" has a port range that ends before it starts.`, src));
    return [];
  }
  if (budget) {
    if (count > budget.left) {
      diagnostics.push(diag('error', 'too-many-ports', `"${text}" expands to ${count} ports, past Stackmap's limit of ${MAX_PORTS_PER_PROJECT} ports per project; publish a narrower range.`, src));
      return [];
    }
    budget.left -= count;
  }
  const sameSize = pubStart !== undefined && pubEnd! - pubStart + 1 === count;
  const out: YMap[] = [];
  for (let i = 0; i < count; i++) {
    let pub: string | undefined = published;
    if (count > 1 && sameSize) pub = String(pubStart! + i);
    out.push(portMap(src, start + i, pub, protocol, hostIp || undefined));
  }
  return out;
}

function portMap(src: SourceRef, target: number, published: string | undefined, protocol: string, hostIp?: string, mode = 'ingress'): YMap {
  const m = map(src);
  setEntry(m.entries, 'mode', str(mode, src));
  if (hostIp) setEntry(m.entries, 'host_ip', str(hostIp, src));
  setEntry(m.entries, 'target', scalar(target, src));
  if (published !== undefined && published !== '') setEntry(m.entries, 'published', str(published, src));
  setEntry(m.entries, 'protocol', str(protocol, src));
  return m;
}

export function normalizePorts(n: YNode, diagnostics: Diagnostic[], budget?: PortBudget): YNode {
  if (n.kind !== 'seq') return n;
  const items: YNode[] = [];
  for (const item of n.items) {
    if (item.kind === 'map') {
      const e = item.entries;
      const target = toNumber(e.get('target')?.value ?? scalar(null, item.src));
      const pub = e.get('published')?.value;
      const m = portMap(item.src, typeof (target as { value?: unknown }).value === 'number' ? ((target as { value: number }).value) : 0, pub ? scalarText(pub) : undefined, scalarText(e.get('protocol')?.value) ?? 'tcp', scalarText(e.get('host_ip')?.value), scalarText(e.get('mode')?.value) ?? 'ingress');
      for (const [k, x] of e) if (!m.entries.has(k)) m.entries.set(k, x);
      items.push(m);
    } else {
      const t = scalarText(item);
      if (t !== undefined) items.push(...parsePort(t, item.src, diagnostics, budget));
    }
  }
  return { ...seq(items, n.src), tag: n.tag };
}

// ---- volumes ----

const BIND_START = /^(\.|\/|~|[A-Za-z]:[\\/]|\$)/;
const PROPAGATION = ['shared', 'slave', 'private', 'rshared', 'rslave', 'rprivate'];

/** One short-syntax volume (`./conf:/etc/app:ro`, `data:/var/lib`, `/cache`) → long syntax. */
export function parseVolume(text: string, src: SourceRef): YMap {
  const parts = splitVolume(text);
  const m = map(src);
  let source: string | undefined;
  let target: string;
  let mode: string | undefined;
  if (parts.length === 1) target = parts[0];
  else if (parts.length === 2 && parts[1].startsWith('/')) [source, target] = parts;
  else if (parts.length === 2) [target, mode] = parts;
  else [source, target, mode] = parts;
  const opts = (mode ?? '').split(',').filter(Boolean);
  const bind = source !== undefined && BIND_START.test(source);
  const type = source === undefined ? 'volume' : bind ? 'bind' : 'volume';
  setEntry(m.entries, 'type', str(type, src));
  if (source !== undefined) setEntry(m.entries, 'source', str(source, src));
  // compose-go cleans the container path (`/var/www/html/` → `/var/www/html`).
  setEntry(m.entries, 'target', str(target.length > 1 ? target.replace(/\/+$/, '') : target, src));
  if (opts.includes('ro')) setEntry(m.entries, 'read_only', scalar(true, src));
  if (type === 'bind') {
    const b = map(src);
    setEntry(b.entries, 'create_host_path', scalar(true, src));
    const sel = opts.find((o) => o === 'z' || o === 'Z');
    if (sel) setEntry(b.entries, 'selinux', str(sel, src));
    const prop = opts.find((o) => PROPAGATION.includes(o));
    if (prop) setEntry(b.entries, 'propagation', str(prop, src));
    setEntry(m.entries, 'bind', b);
  } else {
    const v = map(src);
    if (opts.includes('nocopy')) setEntry(v.entries, 'nocopy', scalar(true, src));
    setEntry(m.entries, 'volume', v);
  }
  const consistency = opts.find((o) => ['consistent', 'cached', 'delegated'].includes(o));
  if (consistency) setEntry(m.entries, 'consistency', str(consistency, src));
  return m;
}

// Splits on ':' but keeps Windows drive letters (`C:\data:/data`) together.
function splitVolume(text: string): string[] {
  const raw = text.split(':');
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (/^[A-Za-z]$/.test(raw[i]) && i + 1 < raw.length && /^\\/.test(raw[i + 1])) {
      out.push(`${raw[i]}:${raw[i + 1]}`);
      i++;
    } else out.push(raw[i]);
  }
  return out;
}

export function normalizeVolumes(n: YNode): YNode {
  if (n.kind !== 'seq') return n;
  const items = n.items.map((item) => {
    const t = item.kind === 'scalar' ? scalarText(item) : undefined;
    if (t !== undefined) return parseVolume(t, item.src);
    if (item.kind === 'map' && item.entries.has('read_only')) {
      const entries = new Map(item.entries);
      const e = entries.get('read_only')!;
      entries.set('read_only', { keySrc: e.keySrc, value: toBool(e.value) });
      return { ...item, entries };
    }
    return item;
  });
  return { ...n, items };
}

// ---- durations ----

const UNIT_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Parses a compose duration (`1m30s`, `500ms`, `10`) to milliseconds; undefined when malformed. */
export function parseDuration(text: string): number | undefined {
  const t = text.trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t) * 1000;
  const re = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/gy;
  let total = 0;
  let pos = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    total += Number(m[1]) * UNIT_MS[m[2]];
    pos = re.lastIndex;
  }
  return pos === t.length && pos > 0 ? total : undefined;
}

/** Milliseconds in Go's duration form, as compose prints durations (`1m30s`, `500ms`, `1h0m0s`). */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0s';
  if (ms < 1000) return `${+ms.toFixed(3)}ms`;
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = +((ms % 60_000) / 1000).toFixed(3);
  if (h > 0) return `${h}h${m}m${s}s`;
  if (m > 0) return `${m}m${s}s`;
  return `${s}s`;
}

export function normalizeDuration(n: YNode, diagnostics: Diagnostic[], what: string): YNode {
  const t = scalarText(n);
  if (t === undefined) return n;
  const ms = parseDuration(t);
  if (ms === undefined) {
    diagnostics.push(diag('error', 'invalid-duration', `\`${what}\` "${t}" is not a duration; write it like 10s, 1m30s or 500ms.`, n.src));
    return n;
  }
  return { ...n, value: formatDuration(ms) } as YNode;
}

// ---- commands ----

/** Splits a shell-form command into words as compose does (shellwords: quotes and backslashes). */
export function splitShellWords(text: string): string[] {
  const words: string[] = [];
  let cur = '';
  let has = false;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"' && i + 1 < text.length && '"\\$`'.includes(text[i + 1])) cur += text[++i];
      else cur += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      has = true;
    } else if (c === '\\' && i + 1 < text.length) {
      cur += text[++i];
      has = true;
    } else if (/\s/.test(c)) {
      if (has || cur) words.push(cur);
      cur = '';
      has = false;
    } else cur += c;
  }
  if (has || cur) words.push(cur);
  return words;
}

export function normalizeCommand(n: YNode): YNode {
  if (n.kind !== 'scalar' || typeof n.value !== 'string') return n;
  return { ...seq(splitShellWords(n.value).map((w) => str(w, n.src)), n.src), tag: n.tag };
}
