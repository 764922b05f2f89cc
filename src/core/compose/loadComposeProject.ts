// The compose pipeline end to end: the files compose would read, the variables, each file
// through its own stages (loadFile), merge in order, profiles, the final normalize, and the
// canonical project with per-fact provenance.
import type { Diagnostic, FactSource, LoadOptions, Parsed, WorkspaceFile } from '../types';
import { defaultComposeFiles } from './composeFiles';
import { diag } from './diagnostics';
import { explainUnsetVariables } from './explainUnset';
import { finishResources, finishServiceEntry, usedNetworks } from './finishProject';
import type { FinishContext } from './finishProject';
import { loadEnvironment } from './loadEnvironment';
import { loadFile } from './loadFile';
import { mergeNodes } from './merge';
import { map, scalar, scalarText, toJson } from './node';
import type { YEntry, YMap, YNode } from './node';
import { applyProfiles, checkDependencies } from './profiles';
import { collectProvenance } from './provenance';
import { MAX_PORTS_PER_PROJECT } from './shortSyntax';
import { basename, dirname, normalizePath } from './paths';
import type { ComposeProject, JsonObject } from './types';

const TOP_ORDER = ['name', 'services', 'networks', 'volumes', 'secrets', 'configs', 'models'];

/**
 * Reads compose files the way `docker compose config` does: interpolated, validated, merged,
 * filtered by profiles and normalized, with every fact's provenance. Never throws.
 */
export function loadComposeProject(files: WorkspaceFile[], options: LoadOptions = {}): Parsed<ComposeProject> {
  const diagnostics: Diagnostic[] = [];
  try {
    const value = load(files, options, diagnostics);
    return { value, diagnostics: explainUnsetVariables(diagnostics) };
  } catch (e) {
    // A bug, not bad input: report it instead of taking the app or the CLI down.
    diagnostics.push(diag('error', 'internal-error', `Stackmap failed while reading the compose files (${(e as Error).message}); please report this with the files.`, null));
    return { value: emptyProject(options.composeFiles ?? []), diagnostics };
  }
}

function emptyProject(composeFiles: string[]): ComposeProject {
  return { name: null, config: { services: {} }, inactive: {}, activeProfiles: [], composeFiles, provenance: {} };
}

/**
 * The workspace by path. Reads a missing path through `readFile` when the caller has a disk
 * (the CLI): one pass instead of read-then-reload.
 */
export class WorkspaceIndex extends Map<string, WorkspaceFile> {
  constructor(entries: [string, WorkspaceFile][], private readonly readFile?: LoadOptions['readFile']) {
    super(entries);
  }
  override get(path: string): WorkspaceFile | undefined {
    const known = super.get(path);
    if (known || !this.readFile) return known;
    const text = this.readFile(path);
    if (text === undefined) return undefined;
    const file = { path, text };
    this.set(path, file);
    return file;
  }
}

function load(files: WorkspaceFile[], options: LoadOptions, diagnostics: Diagnostic[]): ComposeProject {
  const byPath = new WorkspaceIndex(files.map((f) => [normalizePath(f.path), f]), options.readFile);
  const composeFiles = (options.composeFiles ?? defaultComposeFiles([...byPath.keys()])).map(normalizePath);
  if (composeFiles.length === 0) {
    diagnostics.push(diag('error', 'no-compose-file', 'No compose file found: add a compose.yaml (or docker-compose.yml) to the workspace.', null));
    return emptyProject([]);
  }
  const projectDir = normalizePath(options.projectDirectory ?? dirname(composeFiles[0]));
  const env = loadEnvironment(byPath, options, projectDir, diagnostics);
  const missingSeverity = options.missingFiles ?? 'warning';
  const cache = new Map<string, YMap | null>();
  const portBudget = { left: MAX_PORTS_PER_PROJECT };
  let merged: YNode | undefined;
  for (const path of composeFiles) {
    const root = loadFile(path, { files: byPath, projectDir, fileDir: projectDir, lookup: env.lookup, diagnostics, missingSeverity, stack: [], cache, portBudget });
    if (root) merged = mergeNodes(merged, root, []);
  }
  const rootSrc = { file: composeFiles[0], line: 1, column: 1 };
  const root: YMap = merged?.kind === 'map' ? merged : map(rootSrc);
  if (root.entries.has('version')) {
    const v = root.entries.get('version')!;
    diagnostics.push(diag('warning', 'obsolete-version', 'The top-level `version` is obsolete and ignored by compose; remove it.', v.keySrc));
  }
  const name = projectName(options, env.vars, root, projectDir);
  const profileText = env.lookup('COMPOSE_PROFILES');
  const profiles = options.profiles ?? (profileText ? profileText.split(',').map((s) => s.trim()).filter(Boolean) : []);
  const services = root.entries.get('services')?.value;
  const split = applyProfiles(services?.kind === 'map' ? services.entries : new Map(), profiles);
  const forConfig = options.purpose === 'config';
  if (forConfig) checkDependencies(split, diagnostics);
  const ctx: FinishContext = { files: byPath, projectDir, name, lookup: env.lookup, diagnostics, missingSeverity };
  const finish = (entries: Map<string, YEntry>) => {
    const out = new Map<string, YEntry>();
    for (const [k, e] of entries) out.set(k, { keySrc: e.keySrc, value: finishServiceEntry(e.value, k, ctx) });
    return out;
  };
  const active = finish(split.active);
  const inactive = finish(split.inactive);
  const canonical = new Map<string, YEntry>();
  if (name) canonical.set('name', { keySrc: root.entries.get('name')?.keySrc ?? rootSrc, value: scalar(name, root.entries.get('name')?.value.src ?? rootSrc) });
  const servicesEntry = root.entries.get('services');
  canonical.set('services', { keySrc: servicesEntry?.keySrc ?? rootSrc, value: { ...(services?.kind === 'map' ? services : map(rootSrc)), entries: active } });
  const nets = finishResources(root.entries.get('networks'), 'networks', usedNetworks(active), ctx, rootSrc);
  if (nets) canonical.set('networks', nets);
  const vols = finishResources(root.entries.get('volumes'), 'volumes', new Set(), ctx, rootSrc);
  if (vols) canonical.set('volumes', vols);
  for (const k of TOP_ORDER) if (!canonical.has(k) && root.entries.has(k)) canonical.set(k, root.entries.get(k)!);
  for (const [k, e] of root.entries) if (k.startsWith('x-') && !canonical.has(k)) canonical.set(k, e);
  const configNode: YMap = { ...root, entries: canonical };
  // `config` never prints provenance; collecting it was a tenth of that command's run time.
  const provenance: Record<string, FactSource> = {};
  if (!forConfig) collectProvenance(configNode, '', provenance);
  const inactiveJson: Record<string, JsonObject> = {};
  for (const [k, e] of inactive) {
    // defineProperty, not assignment: a service named `__proto__` must stay a service.
    Object.defineProperty(inactiveJson, k, { value: toJson(e.value), enumerable: true, writable: true, configurable: true });
    if (!forConfig) collectProvenance(e.value, `/services/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, provenance, e.keySrc, 2);
  }
  const activeProfiles = profiles.includes('*') ? [...new Set([...inactive.values(), ...active.values()].flatMap((e) => profilesOf(e.value)))] : profiles;
  return { name, config: toJson(configNode) as JsonObject, inactive: inactiveJson, activeProfiles, composeFiles, provenance };
}

function profilesOf(n: YNode): string[] {
  const p = n.kind === 'map' ? n.entries.get('profiles')?.value : undefined;
  return p?.kind === 'seq' ? p.items.map((i) => scalarText(i) ?? '').filter(Boolean) : [];
}

/**
 * Compose's order: `-p`, then COMPOSE_PROJECT_NAME (process environment or `.env`), then `name:`,
 * then the project directory's own name, normalized. Empty values fall through, as in compose.
 */
function projectName(options: LoadOptions, vars: Record<string, string>, root: YMap, projectDir: string): string | null {
  const explicit = options.projectName || vars.COMPOSE_PROJECT_NAME || scalarText(root.entries.get('name')?.value);
  if (explicit) return explicit;
  return normalizeProjectName(options.projectDirectoryName ?? basename(projectDir)) || null;
}

/** compose-go's NormalizeProjectName: lower case, only [a-z0-9_-], no leading `_` or `-`. */
export function normalizeProjectName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9_-]/g, '').replace(/^[_-]+/, '');
}
