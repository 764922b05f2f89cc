// `include:` (compose spec, include.md): each entry is loaded as its own project, with its
// own directory for relative paths and its own env file, and its resources are added to the
// including file. A resource defined on both sides is an error, as in compose.
import type { YEntry, YMap, YNode } from './node';
import { scalarText } from './node';
import { diag } from './diagnostics';
import type { FileContext } from './loadFile';
import { parseDotenv } from './parseDotenv';
import { dirname, joinPath } from './paths';

type LoadFile = (path: string, ctx: FileContext, from?: YNode) => YMap | null;

const SECTIONS = ['services', 'networks', 'volumes', 'secrets', 'configs'];

interface IncludeEntry {
  paths: { path: string; src: YNode }[];
  projectDir?: string;
  envFiles: { path: string; src: YNode }[];
  src: YNode;
}

function readEntries(include: YNode, fileDir: string): IncludeEntry[] {
  const items = include.kind === 'seq' ? include.items : [include];
  return items.map((item) => {
    if (item.kind !== 'map') return { paths: [{ path: joinPath(fileDir, scalarText(item) ?? ''), src: item }], envFiles: [], src: item };
    const list = (n: YNode | undefined) => (n ? (n.kind === 'seq' ? n.items : [n]) : []);
    const paths = list(item.entries.get('path')?.value).map((p) => ({ path: joinPath(fileDir, scalarText(p) ?? ''), src: p }));
    const dirText = scalarText(item.entries.get('project_directory')?.value);
    const envFiles = list(item.entries.get('env_file')?.value).map((p) => ({ path: joinPath(fileDir, scalarText(p) ?? ''), src: p }));
    return { paths, projectDir: dirText !== undefined ? joinPath(fileDir, dirText) : undefined, envFiles, src: item };
  });
}

/** Adds the resources of every included file to `root`; `include` itself is removed. */
export function resolveIncludes(root: YMap, ctx: FileContext, loadFile: LoadFile): YMap {
  const include = root.entries.get('include')!.value;
  const out: YMap = { ...root, entries: new Map(root.entries) };
  out.entries.delete('include');
  for (const entry of readEntries(include, ctx.fileDir)) {
    const first = entry.paths[0];
    if (!first) continue;
    const projectDir = entry.projectDir ?? dirname(first.path);
    const envPaths = entry.envFiles.length > 0 ? entry.envFiles : [{ path: joinPath(projectDir, '.env'), src: entry.src, optional: true }];
    const vars: Record<string, string> = Object.create(null);
    for (const ef of envPaths) {
      const f = ctx.files.get(ef.path);
      if (!f) {
        if (!('optional' in ef)) ctx.diagnostics.push(diag(ctx.missingSeverity, 'missing-file', `${ef.path} (env_file of an include) is not in the workspace; add the file.`, ef.src.src));
        continue;
      }
      const parsed = parseDotenv(f, (n) => vars[n] ?? ctx.lookup(n));
      ctx.diagnostics.push(...parsed.diagnostics);
      Object.assign(vars, parsed.value);
    }
    // Included projects see the including project's variables first (the environment wins), then their own env file.
    const lookup = (n: string) => ctx.lookup(n) ?? (Object.hasOwn(vars, n) ? vars[n] : undefined);
    let merged: YMap | null = null;
    for (const p of entry.paths) {
      if (ctx.stack.includes(p.path)) {
        ctx.diagnostics.push(diag('error', 'include-cycle', `\`include\` forms a cycle: ${[...ctx.stack, p.path].join(' → ')}.`, p.src.src));
        continue;
      }
      const sub = loadFile(p.path, { ...ctx, fileDir: projectDir, lookup }, p.src);
      if (!sub) continue;
      merged = merged ? mergeSections(merged, sub) : sub;
    }
    if (merged) addResources(out, merged, entry.src, ctx);
  }
  return out;
}

function mergeSections(a: YMap, b: YMap): YMap {
  const out: YMap = { ...a, entries: new Map(a.entries) };
  for (const s of SECTIONS) {
    const bs = b.entries.get(s);
    if (bs?.value.kind !== 'map') continue;
    const as = out.entries.get(s);
    const entries = new Map<string, YEntry>(as?.value.kind === 'map' ? as.value.entries : []);
    for (const [k, e] of bs.value.entries) entries.set(k, e);
    out.entries.set(s, { keySrc: as?.keySrc ?? bs.keySrc, value: { ...(as?.value.kind === 'map' ? as.value : bs.value), entries } });
  }
  return out;
}

function addResources(out: YMap, sub: YMap, at: YNode, ctx: FileContext): void {
  for (const s of SECTIONS) {
    const subSection = sub.entries.get(s)?.value;
    if (subSection?.kind !== 'map') continue;
    const own = out.entries.get(s);
    const entries = new Map<string, YEntry>(own?.value.kind === 'map' ? own.value.entries : []);
    for (const [k, e] of subSection.entries) {
      const mine = entries.get(k);
      if (mine) {
        ctx.diagnostics.push(diag('error', 'include-conflict', `${s}.${k} is defined here and also by an included file (line ${e.keySrc.line} of ${e.keySrc.file}); rename one of them.`, mine.keySrc, { related: [e.keySrc, at.src] }));
        continue;
      }
      entries.set(k, e);
    }
    const value: YMap = own?.value.kind === 'map' ? { ...own.value, entries } : { ...subSection, entries };
    out.entries.set(s, { keySrc: own?.keySrc ?? at.src, value });
  }
}
