// Host ports published twice, and networks or volumes that no top-level key defines.
import type { Diagnostic, Model, Port, Service, SourceRef } from '../types';
import { diagnostic, factSource, where } from './diagnostic';
import { isComposeService } from './graph';

// Wider ranges are possible but rare; cap the expansion so one typo cannot cost seconds.
const MAX_RANGE = 4096;
const WILDCARD = new Set(['', '0.0.0.0', '::', '[::]']);

interface Published {
  service: Service;
  port: Port;
  index: number;
  ip: string;
  source: SourceRef | null;
}

export function checkPorts(model: Model): Diagnostic[] {
  const byPort = new Map<string, Published[]>();
  const reported = new Set<string>();
  const out: Diagnostic[] = [];
  let index = 0;
  for (const service of model.services) {
    if (!service.active || !isComposeService(service)) continue;
    service.ports.forEach((port, i) => {
      const numbers = publishedPorts(port.published);
      if (!numbers.length) return;
      const entry: Published = {
        service, port, index: index++, ip: port.host_ip ?? '',
        source: port.source ?? factSource(service, `ports.${i}`, 'ports'),
      };
      for (const n of numbers) {
        const key = `${n}/${port.protocol || 'tcp'}`;
        const earlier = byPort.get(key) ?? [];
        for (const other of earlier) {
          const pair = `${other.index}|${entry.index}`;
          if (reported.has(pair) || !clash(other, entry)) continue;
          reported.add(pair);
          out.push(duplicate(key, other, entry));
        }
        earlier.push(entry);
        byPort.set(key, earlier);
      }
    });
  }
  return out;
}

function clash(a: Published, b: Published): boolean {
  if (a.service === b.service && a.port.target === b.port.target && a.ip === b.ip) return false; // the same mapping twice
  return a.ip === b.ip || WILDCARD.has(a.ip) || WILDCARD.has(b.ip);
}

function duplicate(key: string, first: Published, second: Published): Diagnostic {
  const who = first.service === second.service ? `${second.service.name} twice` : `${first.service.name} and ${second.service.name}`;
  return diagnostic('error', 'duplicate-host-port',
    `Host port ${key} is published by ${who} (${where(first.source)} and ${where(second.source)}): ` +
      `only one container can bind it, so the second fails to start. Change one of the published ports.`,
    second.source, second.service.name, [first.source]);
}

/** The host ports a `published` value binds: `8080`, `8000-8010`; none for empty or unresolved values. */
export function publishedPorts(published: string | null): number[] {
  const m = published?.trim().match(/^(\d+)(?:-(\d+))?$/);
  if (!m) return [];
  const from = Number(m[1]);
  const to = Math.min(m[2] ? Number(m[2]) : from, from + MAX_RANGE - 1);
  const out: number[] = [];
  for (let n = from; n <= to; n++) if (n > 0 && n < 65536) out.push(n);
  return out;
}

export function checkResources(model: Model): Diagnostic[] {
  // compose adds `default` to every project that uses it.
  const networks = new Set(['default', ...model.networks.map((n) => n.name)]);
  const volumes = new Set(model.volumes.map((v) => v.name));
  const out: Diagnostic[] = [];
  for (const s of model.services) {
    if (!s.active || !isComposeService(s)) continue;
    for (const name of s.networks) {
      if (networks.has(name)) continue;
      out.push(diagnostic('error', 'undefined-network',
        `${s.name} joins network ${name}, which the top-level networks: key does not define. Add ${name} under networks:, or fix the name.`,
        factSource(s, `networks.${name}`, 'networks'), s.name));
    }
    s.volumes.forEach((v, i) => {
      if (v.type !== 'volume' || !v.source || volumes.has(v.source)) return;
      out.push(diagnostic('error', 'undefined-volume',
        `${s.name} mounts volume ${v.source} at ${v.target}, but the top-level volumes: key does not define it. ` +
          `Add ${v.source} under volumes:, or use a path (./${v.source}) for a bind mount.`,
        factSource(s, `volumes.${i}`, 'volumes'), s.name));
    });
  }
  return out;
}
