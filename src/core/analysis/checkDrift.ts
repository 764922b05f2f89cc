// Drift between what the docs state and what compose runs. Each diagnostic cites the docs line
// as its source and the compose line as `related`, so both ends are one click away.
import type { Dependency, Diagnostic, Model, Service, StatedFact } from '../types';
import { diagnostic, factSource, where } from './diagnostic';
import { isComposeService } from './graph';
import { publishedPorts } from './checkResources';
import { composeReachability } from './checkInferred';

export function checkDrift(model: Model): Diagnostic[] {
  const compose = new Map<string, Service>();
  for (const s of model.services) if (isComposeService(s) && !compose.has(s.name)) compose.set(s.name, s);
  // With no compose file at all, every service is docs-only and there is nothing to drift from.
  if (!compose.size) return [];
  const reaches = composeReachability(compose);
  const out: Diagnostic[] = [];
  for (const s of model.services) {
    if (!isComposeService(s)) {
      const source = s.sources[0] ?? s.notes[0]?.source ?? null;
      // The message below asks the docs to say so when a service runs elsewhere: when they do, it is a note.
      if (saysExternal(s)) {
        out.push(diagnostic('info', 'docs-service-external',
          `The docs describe ${s.name} as running outside this stack, so no compose file defines it.`, source, s.name));
      } else {
        out.push(diagnostic('warning', 'docs-service-missing',
          `The docs describe ${s.name}, but no compose file defines it. If it runs outside this stack, say so in the docs; otherwise add it to compose or remove it from the docs.`,
          source, s.name));
      }
      continue;
    }
    out.push(...dependencyDrift(s, compose, reaches), ...imageDrift(s), ...portDrift(s));
  }
  return out;
}

// How architecture pages say a service is someone else's to run.
const EXTERNAL = /\b(outside (?:of )?(?:this|the) (?:stack|project|compose)|not (?:part of|in) (?:this|the) (?:stack|project|compose)|external(?:ly)?(?: service| dependency| hosted)?|hosted (?:by|elsewhere|externally|outside)|third[- ]party|managed service|saas)\b/i;

function saysExternal(s: Service): boolean {
  return [s.role ?? '', ...s.notes.map((n) => n.text)].some((text) => EXTERNAL.test(text));
}

function dependencyDrift(s: Service, compose: Map<string, Service>, reaches: (from: string, to: string) => boolean): Diagnostic[] {
  const stated = new Map<string, Dependency[]>();
  for (const d of s.dependsOn) {
    if ((d.origin !== 'docs' && d.origin !== 'mermaid') || d.service === s.name || !compose.has(d.service)) continue;
    stated.set(d.service, [...(stated.get(d.service) ?? []), d]);
  }
  const out: Diagnostic[] = [];
  for (const [target, deps] of stated) {
    // A path through other services orders startup just as well, so it is not drift.
    if (reaches(s.name, target)) continue;
    out.push(diagnostic('warning', 'docs-dependency-missing',
      `The docs say ${s.name} depends on ${target} (${deps.map((d) => where(d.source)).join(', ')}), but compose has no depends_on ` +
        `from ${s.name} to ${target}, directly or through other services. Add it to compose (${where(s.sources[0])}), or correct the docs.`,
      deps[0].source, s.name, [...deps.slice(1).map((d) => d.source), s.sources[0]]));
  }
  return out;
}

function imageDrift(s: Service): Diagnostic[] {
  if (!s.image) return [];
  const composeImage = s.image;
  return s.stated.images
    .filter((fact) => !sameImage(fact.value, composeImage))
    .map((fact) => {
      const line = factSource(s, 'image');
      return diagnostic('warning', 'docs-image-drift',
        `The docs give ${s.name}'s image as ${fact.value} (${where(fact.source)}), but compose runs ${composeImage} (${where(line)}). ` +
          `Update whichever is out of date.`,
        fact.source, s.name, [line]);
    });
}

interface ImageRef {
  name: string;
  tag: string | null;
  digest: string | null;
}

/** Splits `registry/name:tag@digest`, treating Docker Hub's implicit prefixes as absent. */
export function parseImageRef(value: string): ImageRef | null {
  const text = value.trim().toLowerCase();
  if (!text || /[\s$]/.test(text)) return null;
  const [rest, digest = null] = text.split('@', 2);
  const colon = rest.lastIndexOf(':');
  const hasTag = colon > rest.lastIndexOf('/');
  const name = (hasTag ? rest.slice(0, colon) : rest).replace(/^(index\.)?docker\.io\//, '').replace(/^library\//, '');
  return { name, tag: hasTag ? rest.slice(colon + 1) : null, digest };
}

/** Docs often leave the tag out (`ghcr.io/shop/api`): only a different name, tag or digest is drift. */
export function sameImage(stated: string, actual: string): boolean {
  const a = parseImageRef(stated);
  const b = parseImageRef(actual);
  if (!a || !b) return true;
  const agree = (x: string | null, y: string | null) => x === null || y === null || x === y;
  return a.name === b.name && agree(a.tag, b.tag) && agree(a.digest, b.digest);
}

function portDrift(s: Service): Diagnostic[] {
  // A service that publishes nothing may still listen inside the network on the port the docs name.
  if (!s.ports.length) return [];
  return s.stated.ports
    .filter((fact) => !portMatches(fact, s))
    .map((fact) => {
      const line = s.ports[0].source ?? factSource(s, 'ports.0', 'ports');
      const actual = s.ports.map((p) => (p.published ? `${p.published}:${p.target}` : String(p.target))).join(', ');
      return diagnostic('warning', 'docs-port-drift',
        `The docs give ${s.name}'s port as ${fact.value} (${where(fact.source)}), but compose maps ${actual} (${where(line)}). ` +
          `Update whichever is out of date.`,
        fact.source, s.name, [line]);
    });
}

function portMatches(fact: StatedFact, s: Service): boolean {
  const m = fact.value.trim().match(/^(?:[\d.]+:)?(\d+)(?::(\d+))?(?:\/(tcp|udp|sctp))?$/i);
  if (!m) return true; // not a port we can read: no claim to check
  const [a, b] = [Number(m[1]), m[2] ? Number(m[2]) : null];
  return s.ports.some((p) =>
    b === null ? p.target === a || publishedPorts(p.published).includes(a) : p.target === b && publishedPorts(p.published).includes(a),
  );
}
