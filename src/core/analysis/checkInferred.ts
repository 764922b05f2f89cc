// A service that talks to another (an inferred dependency) but has no depends_on path to it
// may start first and fail its first connections.
import type { Dependency, Diagnostic, Model, Service } from '../types';
import { diagnostic } from './diagnostic';
import { isComposeService, reachability } from './graph';
import { inferDependencies } from './inferDependencies';

export function checkInferred(model: Model): Diagnostic[] {
  const compose = new Map<string, Service>();
  for (const s of model.services) if (isComposeService(s) && !compose.has(s.name)) compose.set(s.name, s);
  const reaches = composeReachability(compose);
  // Models built by buildModel already hold the inferred dependencies; hand-built ones may not.
  const extra = inferDependencies(model.services);
  const out: Diagnostic[] = [];
  for (const s of compose.values()) {
    if (!s.active) continue;
    const inferred = [...s.dependsOn.filter((d) => d.origin === 'inferred'), ...(extra.get(s.name) ?? [])];
    const seen = new Set<string>();
    for (const dep of inferred) {
      const target = compose.get(dep.service);
      if (!target || seen.has(dep.service)) continue;
      seen.add(dep.service);
      if (!target.active) out.push(talksToInactive(s, dep, target));
      else if (!reaches(s.name, dep.service)) out.push(unordered(s, dep, target));
    }
  }
  return out;
}

const via = (dep: Dependency) => (dep.reason ? ` (${dep.reason})` : '');

function unordered(s: Service, dep: Dependency, target: Service): Diagnostic {
  return diagnostic('warning', 'inferred-dependency-unordered',
    `${s.name} talks to ${target.name}${via(dep)} but has no depends_on on it, so compose may start ${s.name} before ${target.name} is up. ` +
      `Add depends_on: ${target.name} to ${s.name}${target.healthcheck && !target.healthcheck.disable ? ' with condition: service_healthy' : ''}, or make sure ${s.name} retries.`,
    dep.source, s.name, [target.sources[0]]);
}

function talksToInactive(s: Service, dep: Dependency, target: Service): Diagnostic {
  return diagnostic('warning', 'inferred-dependency-inactive',
    `${s.name} talks to ${target.name}${via(dep)}, but ${target.name} is only in a profile that is not active` +
      `${target.profiles.length ? ` (${target.profiles.join(', ')})` : ''}, so nothing answers there.`,
    dep.source, s.name, [target.sources[0]]);
}

/** Whether one compose service waits for another through compose depends_on, directly or not. */
export function composeReachability(compose: Map<string, Service>): (from: string, to: string) => boolean {
  const index = new Map([...compose.keys()].map((name, i) => [name, i]));
  const edges = [...compose.values()].map((s) =>
    s.dependsOn.flatMap((d) => (d.origin === 'compose' && index.has(d.service) ? [{ to: index.get(d.service)! }] : [])),
  );
  const reaches = reachability(edges);
  return (from, to) => {
    const [f, t] = [index.get(from), index.get(to)];
    return f !== undefined && t !== undefined && reaches(f, t);
  };
}
