import { nameTokens, norm } from './facts';

/** The names a compose service answers to. */
export interface ServiceIdentity {
  name: string;
  containerName?: string | null;
  hostnames?: string[];
  aliases?: string[];
  image?: string | null;
}

// Words that qualify a name without changing what it names ("Cart Service", "api-server-1").
const GENERIC = new Set(['service', 'services', 'svc', 'container', 'server', 'daemon', 'instance', 'primary', 'app', 'application', 'the']);
// Product names people write for the same image.
// A Map: the key is an image name from user input, and `constructor` must not find Object's.
const SYNONYMS = new Map<string, string[]>([['postgres', ['postgresql', 'postgre', 'pgsql']], ['mongo', ['mongodb']], ['mariadb', ['maria']], ['rabbitmq', ['rabbit']], ['elasticsearch', ['elastic']]]);

/**
 * Tiers of keys, most certain first. A name resolves at the first tier that knows it; a key
 * two services share at that tier resolves to nothing (ambiguous names are not guessed).
 */
export interface ServiceIndex {
  /** exact, generic words stripped, shared affix stripped, image name, one word of a longer name. */
  tiers: Map<string, string | null>[];
  services: string[];
}

export function indexServices(identities: ServiceIdentity[]): ServiceIndex {
  const index: ServiceIndex = { tiers: [new Map(), new Map(), new Map(), new Map(), new Map()], services: [] };
  for (const id of identities) addToIndex(index, id);
  const [exact, , affix] = index.tiers;
  for (const [service, key] of sharedAffixVariants(identities.map((i) => i.name))) if (!exact.has(key)) put(affix, key, service);
  return index;
}

/** Adds one identity (without shared-affix variants, which need the whole list). */
export function addToIndex(index: ServiceIndex, id: ServiceIdentity): void {
  const [exact, stripped, , image, word] = index.tiers;
  index.services.push(id.name);
  const names = [id.name, id.containerName ?? '', ...(id.hostnames ?? []), ...(id.aliases ?? [])].filter(Boolean);
  for (const n of names) {
    const key = norm(n);
    put(exact, key, id.name);
    // A key certain at a higher tier is not re-opened by a lower one.
    for (const lower of index.tiers.slice(1)) lower.delete(key);
  }
  const lowerPut = (tier: Map<string, string | null>, key: string) => { if (!exact.has(key)) put(tier, key, id.name); };
  for (const n of names) {
    const bare = stripGeneric(n);
    if (bare !== norm(n)) lowerPut(stripped, bare);
    // `api-server-1` style replica names, as `docker ps` prints them.
    lowerPut(stripped, norm(n.replace(/[-_]\d+$/, '')));
  }
  const base = imageBase(id.image);
  if (base) for (const k of [base, ...(SYNONYMS.get(base) ?? [])]) lowerPut(image, k);
  // One distinctive word of a longer name: `valkey` ↔ `valkey-cart`, `beat` ↔ `celery-beat`.
  const words = nameTokens(id.name);
  if (words.length > 1) for (const w of words) if (w.length >= 4 && !GENERIC.has(w) && !/^\d+$/.test(w)) lowerPut(word, w);
}

function put(tier: Map<string, string | null>, key: string, service: string): void {
  if (!key) return;
  const had = tier.get(key);
  tier.set(key, had === undefined || had === service ? service : null);
}

/**
 * The compose service a name on a page refers to, or null. Compares lower-case alphanumerics
 * through service names, container names, hostnames, aliases and image names (`postgres` ↔
 * `postgres:16`), tolerating generic words ("Cart Service"), a prefix all services share
 * (`langfuse-web` ↔ "web"), plurals, and a name inside a longer label ("📦 nginx", "Grafana Explore").
 */
export function matchService(name: string, identities: ServiceIdentity[] | ServiceIndex): string | null {
  const index = Array.isArray(identities) ? indexServices(identities) : identities;
  return resolveName(name, index);
}

export function resolveName(name: string, index: ServiceIndex): string | null {
  const key = norm(name);
  if (!key || key.length > 80) return null;
  const direct = lookup(index, [key, stripGeneric(name), key.endsWith('s') ? key.slice(0, -1) : '']);
  if (direct !== undefined) return direct;
  // A known name inside a short label: the longest run of words that is a key.
  const words = nameTokens(name);
  if (words.length < 2 || words.length > 6) return null;
  for (let size = Math.min(3, words.length - 1); size >= 1; size--) {
    const hits = new Set<string | null>();
    for (let i = 0; i + size <= words.length; i++) {
      const run = words.slice(i, i + size);
      if (size === 1 && (GENERIC.has(run[0]) || /^\d+$/.test(run[0]) || run[0].length < 2)) continue;
      const hit = lookup(index, [run.join('')]);
      if (hit !== undefined) hits.add(hit);
    }
    if (hits.size === 1) return [...hits][0];
    if (hits.size > 1) return null;
  }
  return null;
}

function lookup(index: ServiceIndex, keys: string[]): string | null | undefined {
  for (const tier of index.tiers) {
    for (const k of keys) {
      if (!k) continue;
      const hit = tier.get(k);
      if (hit !== undefined) return hit;
    }
  }
  return undefined;
}

function stripGeneric(name: string): string {
  const words = nameTokens(name);
  const kept = words.filter((w, i) => !(GENERIC.has(w) && (i === 0 || i === words.length - 1)) && !(i === words.length - 1 && /^\d+$/.test(w) && words.length > 1));
  const joined = (kept.length ? kept : words).join('');
  // `cartservice` written as one word.
  const glued = /^(.{3,}?)(service|svc|server)$/.exec(joined);
  return glued ? glued[1] : joined;
}

/** The repository's last path part without tag: `ghcr.io/acme/api:1.2` → `api`. */
export function imageBase(image: string | null | undefined): string {
  if (!image) return '';
  const noDigest = image.split('@')[0];
  const last = noDigest.split('/').pop() ?? '';
  return norm(last.split(':')[0]);
}

/** Names with a prefix or suffix two or more services share, without it: `orl-api` → `api`. */
function sharedAffixVariants(names: string[]): [string, string][] {
  const tokens = names.map((n) => n.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean));
  const count = (pick: (t: string[]) => string) => {
    const c = new Map<string, number>();
    for (const t of tokens) if (t.length > 1) c.set(pick(t), (c.get(pick(t)) ?? 0) + 1);
    return c;
  };
  const firsts = count((t) => t[0]);
  const lasts = count((t) => t[t.length - 1]);
  const out: [string, string][] = [];
  tokens.forEach((t, i) => {
    if (t.length < 2) return;
    if ((firsts.get(t[0]) ?? 0) >= 2) out.push([names[i], t.slice(1).join('')]);
    if ((lasts.get(t[t.length - 1]) ?? 0) >= 2) out.push([names[i], t.slice(0, -1).join('')]);
  });
  return out;
}
