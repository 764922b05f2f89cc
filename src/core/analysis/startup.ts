// Startup order and timing as `docker compose up` runs it (DESIGN.md, "Compose startup semantics").
import { DEFAULT_ASSUMPTIONS, type Model, type Service, type StartupAssumptions } from '../types';
import { buildStartupGraph, findCycles, stronglyConnected, type Edge } from './graph';
import { analyzeHealthTiming, DEFAULT_HEALTHCHECK } from './healthTiming';
import { explainWait, type WaitFacts } from './explainWait';
import type { Range, StartupEntry, StartupPlan, Wait } from './startupTypes';

export type { Range, StartupEntry, StartupPlan, Wait } from './startupTypes';

const ZERO: Range = { min_s: 0, max_s: 0, assumed_s: 0 };

/**
 * When each active compose service is created, started and ready, wave by wave.
 * Edges inside a dependency cycle are left out so the rest of the timeline still reads;
 * the cycle itself is listed in `cycles` (compose refuses to start such a project).
 */
export function analyzeStartup(model: Model, assumptions: StartupAssumptions = DEFAULT_ASSUMPTIONS): StartupPlan {
  const a = restoreAssumptions(assumptions);
  const graph = buildStartupGraph(model);
  const { services, edges } = graph;
  const component = stronglyConnected(edges);
  const cycles = findCycles(edges, component);
  const cycleOf = new Map<number, string[]>();
  for (const cycle of cycles) for (const v of cycle) cycleOf.set(v, cycle.map((i) => services[i].name));

  // Tarjan numbers components dependencies-first, so sorting by component is a topological order.
  const order = services.map((_, i) => i).sort((x, y) => component[x] - component[y] || x - y);
  const counted = (v: number, e: Edge) => component[e.to] !== component[v];
  const entries: StartupEntry[] = new Array(services.length);
  for (const v of order) {
    entries[v] = analyzeService(services[v], edges[v].filter((e) => counted(v, e)), entries, services, a);
    entries[v].cycle = cycleOf.get(v) ?? null;
  }

  const sorted = order
    .map((v) => entries[v])
    .sort((x, y) => x.wave - y.wave || x.startAt.assumed_s - y.startAt.assumed_s || graph.index.get(x.name)! - graph.index.get(y.name)!);
  const waves: string[][] = [];
  for (const e of sorted) (waves[e.wave] ??= []).push(e.name);

  let last: StartupEntry | null = null;
  for (const e of sorted) {
    if (!last || e.readyAt.assumed_s > last.readyAt.assumed_s) last = e;
  }
  return {
    waves,
    services: sorted,
    criticalPath: last?.criticalPath ?? [],
    cycles: cycles.map((c) => c.map((i) => services[i].name)),
    readyAt: sorted.reduce((acc, e) => latest(acc, e.readyAt), ZERO),
    assumptions: a,
  };
}

function analyzeService(
  service: Service,
  edges: Edge[],
  entries: StartupEntry[],
  services: Service[],
  a: StartupAssumptions,
): StartupEntry {
  const waits = edges.map((e) => wait(e, entries[e.to], services[e.to], a));
  let decisive: Wait | null = null;
  for (const w of waits) if (!decisive || w.metAt.assumed_s > decisive.metAt.assumed_s) decisive = w;
  if (decisive) decisive.decisive = true;
  const createdAt = waits.reduce((acc, w) => latest(acc, w.metAt), ZERO);
  const startAt = shift(createdAt, a.containerStart_s);
  const wave = edges.length ? 1 + Math.max(...edges.map((e) => entries[e.to].wave)) : 0;
  const upstream = decisive ? entries[edges[waits.indexOf(decisive)].to].criticalPath : [];
  const readyMeans = service.oneShot ? 'completed' : hasHealthcheck(service) ? 'healthy' : 'running';
  const readyAt =
    readyMeans === 'completed'
      ? shift(startAt, a.oneShotRun_s)
      : readyMeans === 'healthy'
        ? healthyAt(startAt, service, a)
        : startAt;
  return {
    name: service.name,
    wave,
    createdAt,
    startAt,
    readyAt,
    waitsFor: waits,
    criticalPath: [...upstream, service.name],
    oneShot: service.oneShot,
    readyMeans,
    cycle: null,
  };
}

function wait(edge: Edge, target: StartupEntry, service: Service, a: StartupAssumptions): Wait {
  const { dep } = edge;
  const facts: WaitFacts = { dep, target, service, assumptions: a };
  let metAt: Range;
  if (dep.condition === 'service_healthy') {
    // With no healthcheck in the files, the image may define one: assume Docker's defaults.
    metAt = service.healthcheck?.disable ? target.startAt : healthyAt(target.startAt, service, a);
  } else if (dep.condition === 'service_completed_successfully') {
    metAt = shift(target.startAt, a.oneShotRun_s);
  } else {
    metAt = target.startAt;
  }
  const explained = explainWait({ ...facts, metAt });
  const w: Wait = {
    service: dep.service,
    condition: dep.condition,
    required: dep.required,
    source: dep.source,
    metAt,
    decisive: false,
    explanation: explained.text,
    related: explained.related,
  };
  if (dep.restart !== undefined) w.restart = dep.restart;
  return w;
}

function healthyAt(startAt: Range, service: Service, a: StartupAssumptions): Range {
  const timing = analyzeHealthTiming(service.healthcheck ?? DEFAULT_HEALTHCHECK);
  return {
    min_s: startAt.min_s + timing.firstProbe_s,
    max_s: startAt.max_s + timing.worst_s,
    assumed_s: startAt.assumed_s + (a.healthcheck === 'last-probe' ? timing.worst_s : timing.firstProbe_s),
  };
}

const hasHealthcheck = (s: Service) => s.healthcheck !== null && !s.healthcheck.disable;

const latest = (x: Range, y: Range): Range => ({
  min_s: Math.max(x.min_s, y.min_s),
  max_s: Math.max(x.max_s, y.max_s),
  assumed_s: Math.max(x.assumed_s, y.assumed_s),
});

const shift = (r: Range, by: number): Range => ({ min_s: r.min_s + by, max_s: r.max_s + by, assumed_s: r.assumed_s + by });

/** Assumptions come from the URL and the UI: keep them finite and non-negative. */
export function restoreAssumptions(a: Partial<StartupAssumptions> | null | undefined): StartupAssumptions {
  const seconds = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fallback);
  return {
    containerStart_s: seconds(a?.containerStart_s, DEFAULT_ASSUMPTIONS.containerStart_s),
    oneShotRun_s: seconds(a?.oneShotRun_s, DEFAULT_ASSUMPTIONS.oneShotRun_s),
    healthcheck: a?.healthcheck === 'last-probe' ? 'last-probe' : 'first-probe',
  };
}
