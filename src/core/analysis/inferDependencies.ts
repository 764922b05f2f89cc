// Dependencies compose does not know about: a service whose environment or command names
// another service as a host. Only exact matches of a service or container name in a host
// position count, so `LOG_LEVEL=debug` or `celery worker` never link to a service named so.
import type { Dependency, Service, SourceRef } from '../types';
import { isComposeService } from './graph';

// scheme://[user[:pass]@]host[:port][,host[:port]…] — the authority, up to the path.
const URL_AUTHORITY = /\b[a-z][a-z0-9+.-]*:\/\/([^\s/?#"'`]*)/gi;
// Variables whose whole value is a host, a host:port or a list of them.
const HOST_KEY = /(^|_)(HOST|HOSTS|HOSTNAME|SERVER|SERVERS|ADDR|ADDRESS|ENDPOINT|BROKER|BROKERS|NODES?|SEEDS?)$/i;
const HOST_PORT = /^([a-z0-9](?:[a-z0-9._-]*[a-z0-9])?):(\d{1,5})$/i;

/**
 * For each service, the services its environment or command talks to without a depends_on on
 * them, as `inferred` dependencies keyed by service name. `reason` is the variable's name, or
 * `command`; `source` is that variable's line when known.
 */
export function inferDependencies(services: Service[]): Map<string, Dependency[]> {
  const byHost = new Map<string, string>();
  for (const s of services) if (isComposeService(s)) byHost.set(s.name, s.name);
  for (const s of services) {
    if (isComposeService(s) && s.containerName && !byHost.has(s.containerName)) byHost.set(s.containerName, s.name);
  }
  const result = new Map<string, Dependency[]>();
  for (const s of services) {
    if (!isComposeService(s)) continue;
    const known = new Set(s.dependsOn.filter((d) => d.origin === 'compose' || d.origin === 'inferred').map((d) => d.service));
    const found: Dependency[] = [];
    const add = (host: string, reason: string, source: SourceRef | null) => {
      const target = byHost.get(host);
      if (!target || target === s.name || known.has(target)) return;
      known.add(target);
      found.push({ service: target, condition: 'service_started', required: false, origin: 'inferred', source, reason });
    };
    for (const [key, value] of Object.entries(s.environment)) {
      if (!value) continue;
      const source = s.facts[`environment.${key}`]?.source ?? s.sources[0] ?? null;
      for (const host of hostsInValue(key, value)) add(host, key, source);
    }
    if (s.command) {
      const source = s.facts.command?.source ?? s.sources[0] ?? null;
      for (const host of hostsInCommand(s.command)) add(host, 'command', source);
    }
    if (found.length) result.set(s.name, found);
  }
  return result;
}

/** Hosts an environment value names: those in URLs, and the whole value of a host-ish variable. */
export function hostsInValue(key: string, value: string): string[] {
  const hosts = hostsInUrls(value);
  if (HOST_KEY.test(key)) {
    for (const item of value.split(/[\s,;]+/)) {
      const host = item.match(HOST_PORT)?.[1] ?? item;
      if (/^[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?$/i.test(host)) hosts.push(host);
    }
  }
  return hosts;
}

/** Hosts a command names: in URLs, and as a whole `host:port` argument (`wait-for-it db:5432`). */
export function hostsInCommand(command: string[]): string[] {
  const hosts: string[] = [];
  for (const arg of command) {
    hosts.push(...hostsInUrls(arg));
    for (const word of arg.split(/\s+/)) {
      const m = word.replace(/^--?[\w-]+=/, '').match(HOST_PORT);
      if (m && Number(m[2]) > 0 && Number(m[2]) < 65536) hosts.push(m[1]);
    }
  }
  return hosts;
}

function hostsInUrls(text: string): string[] {
  const hosts: string[] = [];
  for (const m of text.matchAll(URL_AUTHORITY)) {
    const authority = m[1].slice(m[1].lastIndexOf('@') + 1);
    for (const part of authority.split(',')) {
      const host = part.startsWith('[') ? '' : part.replace(/:\d*$/, '');
      if (host) hosts.push(host);
    }
  }
  return hosts;
}
