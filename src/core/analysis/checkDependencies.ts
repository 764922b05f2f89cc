// Checks on depends_on as compose reads it: targets that are missing or not started,
// cycles, healthchecks that cannot pass, and one-shot waits on services that never exit.
import { inactiveDependencyMessage, missingDependencyMessage } from '../compose/dependencyMessages';
import type { Dependency, Diagnostic, Model, Service } from '../types';
import { diagnostic, where } from './diagnostic';
import { buildStartupGraph, findCycles, isComposeService, stronglyConnected } from './graph';

const LONG_RUNNING = new Set(['always', 'unless-stopped']);

export function checkDependencies(model: Model): Diagnostic[] {
  const out: Diagnostic[] = [];
  const compose = new Map<string, Service>();
  for (const s of model.services) if (isComposeService(s) && !compose.has(s.name)) compose.set(s.name, s);
  for (const s of model.services) {
    if (!s.active || !isComposeService(s)) continue;
    for (const dep of s.dependsOn) {
      if (dep.origin !== 'compose') continue;
      const target = compose.get(dep.service);
      if (!target) out.push(missing(s, dep, model.services.some((x) => x.name === dep.service)));
      else if (!target.active) out.push(inactive(s, dep, target));
      else out.push(...checkCondition(s, dep, target));
    }
  }
  out.push(...checkCycles(model));
  return out;
}

function missing(s: Service, dep: Dependency, inDocs: boolean): Diagnostic {
  const docsNote = inDocs ? ` The docs mention ${dep.service}, but no compose file defines it.` : '';
  return diagnostic(dep.required ? 'error' : 'info', 'missing-dependency', missingDependencyMessage(s.name, dep.service, dep.required, docsNote), dep.source, s.name);
}

function inactive(s: Service, dep: Dependency, target: Service): Diagnostic {
  const message = inactiveDependencyMessage(s.name, dep.service, target.profiles, dep.required);
  return diagnostic(dep.required ? 'error' : 'info', 'inactive-dependency', message, dep.source, s.name, [target.sources[0]]);
}

function checkCondition(s: Service, dep: Dependency, target: Service): Diagnostic[] {
  const hc = target.healthcheck;
  if (dep.condition === 'service_healthy') {
    if (hc?.disable) {
      return [diagnostic('error', 'healthcheck-disabled',
        `${s.name} waits for ${target.name} to be healthy, but ${target.name}'s healthcheck is disabled (${where(hc.source)}): ` +
          `it never becomes healthy and compose stops there. Enable the healthcheck or wait with service_started.`,
        dep.source, s.name, [hc.source])];
    }
    if (!hc || !hc.test?.length) {
      return [diagnostic('warning', 'healthcheck-missing',
        `${s.name} waits for ${target.name} to be healthy, but the compose files define no healthcheck test for ${target.name}. ` +
          `The image may define one; if it does not, compose fails here. Add a healthcheck to ${target.name} to be sure.`,
        dep.source, s.name, [hc?.source ?? target.sources[0]])];
    }
  }
  if (dep.condition === 'service_completed_successfully' && LONG_RUNNING.has(target.restart ?? '')) {
    return [diagnostic('warning', 'completion-on-long-running',
      `${s.name} waits for ${target.name} to complete successfully, but ${target.name} has restart: ${target.restart}, ` +
        `so Docker restarts it when it exits and ${s.name} may never start. Use restart: "no" or on-failure for a one-shot task.`,
      dep.source, s.name, [target.facts.restart?.source ?? target.sources[0]])];
  }
  return [];
}

function checkCycles(model: Model): Diagnostic[] {
  const { services, edges } = buildStartupGraph(model);
  return findCycles(edges, stronglyConnected(edges)).map((cycle) => {
    const names = cycle.map((v) => services[v].name);
    const sources = cycle.map((v, i) => edges[v].find((e) => e.to === cycle[(i + 1) % cycle.length])?.dep.source ?? null);
    const loop = [...names, names[0]].join(' → ');
    const d = diagnostic('error', 'dependency-cycle',
      names.length === 1
        ? `${names[0]} depends on itself: compose cannot start it. Remove that depends_on entry.`
        : `depends_on goes round in a cycle: ${loop}. Compose cannot start any of ${names.join(', ')}; remove one of these dependencies.`,
      sources[0], names[0], sources.slice(1));
    // Every service on the cycle is stuck, so every one of them carries the problem.
    if (names.length > 1) d.services = names;
    return d;
  });
}
