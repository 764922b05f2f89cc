import type { ComposeProject, Json, JsonObject } from '../compose/types';
import type {
  Dependency,
  DependencyCondition,
  FactSource,
  Healthcheck,
  NamedResource,
  Port,
  Service,
  SourceRef,
  VolumeMount,
} from '../types';
import { durationSeconds } from './duration';

// Compose's healthcheck defaults (compose-spec "healthcheck"); DESIGN.md repeats them.
const HEALTHCHECK_DEFAULTS = { interval: 30, timeout: 30, retries: 3, startPeriod: 0, startInterval: 5 };

const CONDITIONS: readonly DependencyCondition[] = [
  'service_started',
  'service_healthy',
  'service_completed_successfully',
];

const asObject = (value: Json | undefined): JsonObject | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? value : null;
const asArray = (value: Json | undefined): Json[] => (Array.isArray(value) ? value : []);
const asString = (value: Json | undefined): string | null =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;

/** Turns the canonical compose project into model services, each fact with its provenance. */
export function composeServices(project: ComposeProject): Service[] {
  const services: Service[] = [];
  const facts = factsByService(project);
  const active = asObject(project.config.services) ?? {};
  for (const [name, def] of Object.entries(active)) {
    const obj = asObject(def);
    if (obj) services.push(toService(name, obj, true, project, facts.get(name) ?? {}));
  }
  for (const [name, def] of Object.entries(project.inactive)) {
    services.push(toService(name, def, false, project, facts.get(name) ?? {}));
  }
  markOneShots(services);
  return services;
}

export function composeResources(project: ComposeProject, kind: 'networks' | 'volumes'): NamedResource[] {
  const defs = asObject(project.config[kind]) ?? {};
  return Object.entries(defs).map(([name, def]) => {
    const obj = asObject(def);
    const where = project.provenance[`/${kind}/${name}`];
    return { name, external: Boolean(obj?.external), sources: where ? [where.source] : [] };
  });
}

/** Provenance regrouped per service in one pass: `/services/api/ports/0` → api's `ports.0`. */
function factsByService(project: ComposeProject): Map<string, Record<string, FactSource>> {
  const out = new Map<string, Record<string, FactSource>>();
  for (const [pointer, fact] of Object.entries(project.provenance)) {
    if (!pointer.startsWith('/services/')) continue;
    const slash = pointer.indexOf('/', '/services/'.length);
    if (slash < 0) continue;
    const name = pointer.slice('/services/'.length, slash);
    let facts = out.get(name);
    if (!facts) out.set(name, (facts = Object.create(null) as Record<string, FactSource>));
    facts[pointer.slice(slash + 1).replaceAll('/', '.')] = fact;
  }
  return out;
}

function toService(
  name: string,
  def: JsonObject,
  active: boolean,
  project: ComposeProject,
  facts: Record<string, FactSource>,
): Service {
  const base = `/services/${name}`;
  const at = (key: string): SourceRef | null => facts[key]?.source ?? null;
  const own = project.provenance[base];
  const sources = own ? [own.source, ...own.overrides] : [];
  return {
    name,
    origin: ['compose'],
    image: asString(def.image),
    ports: asArray(def.ports).map((p, i) => toPort(p, at(`ports.${i}`))).filter((p): p is Port => p !== null),
    dependsOn: toDependencies(asObject(def.depends_on), at),
    networks: Object.keys(asObject(def.networks) ?? {}).concat(
      Array.isArray(def.networks) ? def.networks.filter((n): n is string => typeof n === 'string') : [],
    ),
    volumes: asArray(def.volumes).map(toVolume).filter((v): v is VolumeMount => v !== null),
    healthcheck: toHealthcheck(asObject(def.healthcheck), at('healthcheck')),
    oneShot: false,
    oneShotReason: null,
    profiles: asArray(def.profiles).filter((p): p is string => typeof p === 'string'),
    active,
    role: null,
    notes: [],
    sources,
    facts,
    restart: asString(def.restart),
    containerName: asString(def.container_name),
    hostname: asString(def.hostname),
    command: toCommand(def.command),
    environment: toEnvironment(asObject(def.environment)),
    stated: { images: [], ports: [] },
  };
}

function toPort(value: Json, source: SourceRef | null): Port | null {
  const p = asObject(value);
  if (!p) return null;
  const target = Number(p.target);
  if (!Number.isFinite(target)) return null;
  return {
    target,
    published: asString(p.published),
    protocol: asString(p.protocol) ?? 'tcp',
    host_ip: asString(p.host_ip),
    source,
  };
}

function toDependencies(
  deps: JsonObject | null,
  at: (key: string) => SourceRef | null,
): Dependency[] {
  if (!deps) return [];
  return Object.entries(deps).map(([service, value]) => {
    const d = asObject(value) ?? {};
    const condition = CONDITIONS.find((c) => c === d.condition) ?? 'service_started';
    const dep: Dependency = {
      service,
      condition,
      required: d.required !== false,
      origin: 'compose',
      source: at(`depends_on.${service}`),
    };
    if (typeof d.restart === 'boolean') dep.restart = d.restart;
    return dep;
  });
}

function toVolume(value: Json): VolumeMount | null {
  const v = asObject(value);
  if (!v) return null;
  const target = asString(v.target);
  if (!target) return null;
  return {
    type: asString(v.type) ?? 'volume',
    source: asString(v.source),
    target,
    read_only: v.read_only === true,
  };
}

function toHealthcheck(hc: JsonObject | null, source: SourceRef | null): Healthcheck | null {
  if (!hc) return null;
  const test = Array.isArray(hc.test) ? hc.test.map(String) : null;
  const disable = hc.disable === true || (test !== null && test[0] === 'NONE');
  const seconds = (key: string, fallback: number) => durationSeconds(hc[key]) ?? fallback;
  return {
    test,
    interval_s: seconds('interval', HEALTHCHECK_DEFAULTS.interval),
    timeout_s: seconds('timeout', HEALTHCHECK_DEFAULTS.timeout),
    retries: typeof hc.retries === 'number' ? hc.retries : HEALTHCHECK_DEFAULTS.retries,
    start_period_s: seconds('start_period', HEALTHCHECK_DEFAULTS.startPeriod),
    start_interval_s: seconds('start_interval', HEALTHCHECK_DEFAULTS.startInterval),
    disable,
    source,
  };
}

// The canonical project already holds command and healthcheck.test as lists (normalize stage).
function toCommand(value: Json | undefined): string[] | null {
  return Array.isArray(value) ? value.map(String) : null;
}

function toEnvironment(env: JsonObject | null): Record<string, string | null> {
  // Keys are the user's variable names: `__proto__` must stay a variable, not become a prototype.
  const out: Record<string, string | null> = Object.create(null);
  if (!env) return out;
  for (const [key, value] of Object.entries(env)) {
    out[key] = value === null ? null : typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  return out;
}

const ONE_SHOT_NAME = /(^|[-_])(migrat\w*|seed\w*|init\w*|setup|bootstrap|provision\w*)($|[-_])/i;
const LONG_RUNNING_RESTART = new Set(['always', 'unless-stopped']);

/**
 * A one-shot service runs to completion. Compose cannot say so; we infer it from how
 * others wait for it (service_completed_successfully) or from its name and restart policy.
 */
function markOneShots(services: Service[]): void {
  const awaitedToComplete = new Set(
    services.flatMap((s) =>
      s.dependsOn.filter((d) => d.condition === 'service_completed_successfully').map((d) => d.service),
    ),
  );
  for (const s of services) {
    if (awaitedToComplete.has(s.name)) {
      s.oneShot = true;
      s.oneShotReason = 'another service waits for it with service_completed_successfully';
    } else if (!LONG_RUNNING_RESTART.has(s.restart ?? '') && ONE_SHOT_NAME.test(s.name)) {
      s.oneShot = true;
      s.oneShotReason = `its name (“${s.name}”) reads as a one-off task and it has no restart policy that keeps it running`;
    }
  }
}
