// The last normalize step, after merge and profiles: env_file contents into `environment`,
// bare environment keys from the variables, compose's defaults per service, and top-level
// networks/volumes with their engine names (`<project>_<key>`), as `docker compose config` prints.
import type { Diagnostic, Severity, WorkspaceFile } from '../types';
import { diag } from './diagnostics';
import type { Lookup } from './interpolate';
import { map, scalar, scalarText, setEntry } from './node';
import type { YEntry, YMap, YNode } from './node';
import { finishService } from './normalizeService';
import { parseDotenv } from './parseDotenv';
import { joinPath } from './paths';

export interface FinishContext {
  files: Map<string, WorkspaceFile>;
  projectDir: string;
  name: string | null;
  lookup: Lookup;
  diagnostics: Diagnostic[];
  missingSeverity: Severity;
}

export function finishServiceEntry(svc: YNode, name: string, ctx: FinishContext): YNode {
  if (svc.kind !== 'map') return svc;
  const out: YMap = { ...svc, entries: new Map(svc.entries) };
  const envFile = out.entries.get('env_file')?.value;
  const env = out.entries.get('environment');
  const fromFiles = envFile?.kind === 'seq' ? readEnvFiles(envFile, name, ctx) : new Map<string, YEntry>();
  if (env || fromFiles.size > 0) {
    const merged = new Map<string, YEntry>(fromFiles);
    if (env?.value.kind === 'map') {
      for (const [k, e] of env.value.entries) {
        // `environment: [FOO]` takes FOO from the variables compose was run with.
        const bare = e.value.kind === 'scalar' && e.value.value === null;
        const v = bare ? ctx.lookup(k) : undefined;
        merged.set(k, v !== undefined ? { keySrc: e.keySrc, value: scalar(v, e.value.src) } : e);
      }
    }
    const base = env?.value.kind === 'map' ? env.value : map(envFile!.src);
    setEntry(out.entries, 'environment', { ...base, entries: merged }, env?.keySrc ?? envFile!.src);
  }
  return finishService(out);
}

function readEnvFiles(list: YNode & { kind: 'seq' }, service: string, ctx: FinishContext): Map<string, YEntry> {
  const out = new Map<string, YEntry>();
  for (const item of list.items) {
    if (item.kind !== 'map') continue;
    const p = scalarText(item.entries.get('path')?.value);
    if (!p) continue;
    const required = item.entries.get('required')?.value;
    const path = joinPath(ctx.projectDir, p);
    const f = ctx.files.get(path);
    if (!f) {
      if (!(required?.kind === 'scalar' && required.value === false)) {
        ctx.diagnostics.push(diag(ctx.missingSeverity, 'missing-file', `The env_file ${path} of service ${service} is not in the workspace; add the file.`, item.src, { service }));
      }
      continue;
    }
    const parsed = parseDotenv(f, ctx.lookup);
    ctx.diagnostics.push(...parsed.diagnostics);
    for (const [k, v] of Object.entries(parsed.value)) {
      const at = parsed.positions[k] ?? { file: path, line: 1, column: 1 };
      out.set(k, { keySrc: at, value: scalar(v, at) });
    }
  }
  return out;
}

/** Top-level networks and volumes as compose prints them, plus `default` when a service uses it. */
export function finishResources(section: YEntry | undefined, kind: 'networks' | 'volumes', used: Set<string>, ctx: FinishContext, src: YNode['src']): YEntry | undefined {
  const entries = new Map<string, YEntry>(section?.value.kind === 'map' ? section.value.entries : []);
  if (kind === 'networks' && used.has('default') && !entries.has('default')) setEntry(entries, 'default', scalar(null, src), src);
  if (entries.size === 0) return section;
  for (const [key, e] of entries) {
    const v = e.value;
    const m: YMap = v.kind === 'map' ? { ...v, entries: new Map(v.entries) } : map(v.src);
    const external = m.entries.get('external')?.value;
    const isExternal = external?.kind === 'scalar' ? external.value === true : external?.kind === 'map';
    if (!m.entries.has('name')) {
      const engineName = isExternal || !ctx.name ? key : `${ctx.name}_${key}`;
      setEntry(m.entries, 'name', scalar(engineName, v.src), v.src);
    }
    entries.set(key, { keySrc: e.keySrc, value: m });
  }
  const base = section?.value.kind === 'map' ? section.value : map(src);
  return { keySrc: section?.keySrc ?? src, value: { ...base, entries } };
}

/** The networks services attach to, to add `default` only when used. */
export function usedNetworks(services: Map<string, YEntry>): Set<string> {
  const used = new Set<string>();
  for (const e of services.values()) {
    const n = e.value.kind === 'map' ? e.value.entries.get('networks')?.value : undefined;
    if (n?.kind === 'map') for (const k of n.entries.keys()) used.add(k);
  }
  return used;
}
