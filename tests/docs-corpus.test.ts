// Precision and recall of docs extraction on real architecture pages (corpus/docs/*/expected.json).
// The pages are a sample of what people write, not a target: the floors below are what the
// general rules reach, and the printed table shows which pages still defeat them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { linkDocs, type ServiceIdentity } from '../src/core/markdown/linkDocs';
import { parseDocs } from '../src/core/markdown/parseDocs';
import { corpusDir, hasCorpus } from './corpus';

interface Expected {
  page: string;
  compose?: string;
  services: Record<string, string[]>;
  deps: [string, string, string | null][];
  ignore: string[];
}

const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

function identitiesOf(composePath: string | undefined): ServiceIdentity[] {
  if (!composePath) return [];
  const doc = parse(fs.readFileSync(path.join(corpusDir, composePath), 'utf8')) as { services?: Record<string, Record<string, unknown>> };
  return Object.entries(doc?.services ?? {}).map(([name, s]) => {
    const networks = s?.networks;
    const aliases = networks && !Array.isArray(networks)
      ? Object.values(networks as Record<string, { aliases?: string[] } | null>).flatMap((n) => n?.aliases ?? [])
      : [];
    return {
      name,
      containerName: typeof s?.container_name === 'string' ? s.container_name : null,
      hostnames: typeof s?.hostname === 'string' ? [s.hostname] : [],
      aliases,
      image: typeof s?.image === 'string' ? s.image : null,
    };
  });
}

interface Score { tp: number; fp: number; found: number; expected: number; misses: string[]; extras: string[] }

function scorePage(dir: string): { services: Score; deps: Score } {
  const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;
  const text = fs.readFileSync(path.join(corpusDir, expected.page), 'utf8');
  const docs = parseDocs([{ path: expected.page, text }]);
  const links = linkDocs(docs.value, identitiesOf(expected.compose));
  const spelling = new Map<string, string>();
  for (const [name, spellings] of Object.entries(expected.services)) {
    spelling.set(key(name), name);
    for (const s of spellings) spelling.set(key(s), name);
  }
  const ignored = new Set(expected.ignore.map(key));

  const found = new Set<string>();
  const services: Score = { tp: 0, fp: 0, found: 0, expected: Object.keys(expected.services).length, misses: [], extras: [] };
  for (const name of links.pageServices[expected.page] ?? []) {
    const hit = spelling.get(key(name));
    if (hit) { services.tp++; found.add(hit); } else if (!ignored.has(key(name))) { services.fp++; services.extras.push(name); }
  }
  services.found = found.size;
  services.misses = Object.keys(expected.services).filter((s) => !found.has(s));

  const wanted = new Set(expected.deps.map(([a, b]) => `${a}→${b}`));
  const got = new Set<string>();
  const deps: Score = { tp: 0, fp: 0, found: 0, expected: wanted.size, misses: [], extras: [] };
  const all = [...Object.values(links.services), ...links.docsOnly];
  const pairs = new Set<string>();
  for (const s of all) {
    for (const d of s.dependsOn) {
      const a = spelling.get(key(s.name));
      const b = spelling.get(key(d.service));
      if (!a || !b) {
        if (!ignored.has(key(s.name)) && !ignored.has(key(d.service))) pairs.add(`?${s.name}→${d.service}`);
        continue;
      }
      pairs.add(`${a}→${b}`);
    }
  }
  for (const p of pairs) {
    if (wanted.has(p)) { deps.tp++; got.add(p); } else { deps.fp++; deps.extras.push(p); }
  }
  deps.found = got.size;
  deps.misses = [...wanted].filter((p) => !got.has(p));
  return { services, deps };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const fmt = (x: number) => x.toFixed(2);

describe.skipIf(!hasCorpus)('docs extraction on the corpus', () => {
  it('finds the services and dependencies a careful reader finds', () => {
    const pagesDir = path.join(corpusDir, 'docs');
    const rows: string[] = [];
    const total = { s: { tp: 0, fp: 0, found: 0, expected: 0 }, d: { tp: 0, fp: 0, found: 0, expected: 0 } };
    for (const name of fs.readdirSync(pagesDir).sort()) {
      const dir = path.join(pagesDir, name);
      if (!fs.existsSync(path.join(dir, 'expected.json'))) continue;
      const { services: s, deps: d } = scorePage(dir);
      for (const [t, x] of [[total.s, s], [total.d, d]] as const) {
        t.tp += x.tp; t.fp += x.fp; t.found += x.found; t.expected += x.expected;
      }
      rows.push([
        name.padEnd(40),
        fmt(ratio(s.tp, s.tp + s.fp)), fmt(ratio(s.found, s.expected)),
        fmt(ratio(d.tp, d.tp + d.fp)), fmt(ratio(d.found, d.expected)),
        s.misses.length ? ` missed: ${s.misses.join(', ')}` : '',
        s.extras.length ? ` extra: ${s.extras.join(', ')}` : '',
        d.misses.length ? ` dep-missed: ${d.misses.join(', ')}` : '',
        d.extras.length ? ` dep-extra: ${d.extras.join(', ')}` : '',
      ].join('  '));
    }
    const sp = ratio(total.s.tp, total.s.tp + total.s.fp);
    const sr = ratio(total.s.found, total.s.expected);
    const dp = ratio(total.d.tp, total.d.tp + total.d.fp);
    const dr = ratio(total.d.found, total.d.expected);
    console.log([
      `${'page'.padEnd(40)}  svc-P  svc-R  dep-P  dep-R`,
      ...rows,
      `${'OVERALL'.padEnd(40)}  ${fmt(sp)}   ${fmt(sr)}   ${fmt(dp)}   ${fmt(dr)}`,
    ].join('\n'));
    // Floors at what the general rules reach today (targets: 0.9 services, 0.8 dependencies).
    expect(sp).toBeGreaterThanOrEqual(0.95);
    expect(sr).toBeGreaterThanOrEqual(0.95);
    expect(dp).toBeGreaterThanOrEqual(0.8);
    expect(dr).toBeGreaterThanOrEqual(0.8);
  });
});
