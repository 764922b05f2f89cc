import type { Nodes } from 'mdast';
import type { Dependency, DependencyCondition, Diagnostic, Note, NoteKind, Service, SourceRef, StatedFacts } from '../types';
import { cleanName, norm } from './facts';
import { findMentions, mentionKeys } from './findMentions';
import { addToIndex, imageBase, indexServices, resolveName, type ServiceIdentity, type ServiceIndex } from './matchService';
import { sectionAt } from './sections';
import type { DocsComponent, DocsModel, DocsPage, SectionRef } from './types';

export type { ServiceIdentity } from './matchService';
export { matchService } from './matchService';

/** What the docs say about one service (a compose service, or one only the docs know). */
export interface ServiceDocs {
  name: string;
  role: string | null;
  notes: Note[];
  stated: StatedFacts;
  dependsOn: Dependency[];
}

/** One place a page names a service; the Docs view turns these into chips. */
export interface DocsMention {
  service: string;
  text: string;
  source: SourceRef;
}

export interface DocsLinks {
  /** Facts per compose service the docs speak of, by service name. */
  services: Record<string, ServiceDocs>;
  /** Components the docs treat as deployable units that match no compose service. */
  docsOnly: ServiceDocs[];
  /** Per page path: where each service (compose or docs-only) is named. */
  mentions: Record<string, DocsMention[]>;
  /** Per page path: the services the page speaks of (facts, dependencies or mentions). */
  pageServices: Record<string, string[]>;
  diagnostics: Diagnostic[];
}

const ROLE_RANK: Record<DocsComponent['kind'], number> = { 'table-row': 0, 'list-item': 1, heading: 2, mermaid: 3 };
const CONDITION_RANK: Record<DependencyCondition, number> = { service_started: 0, service_healthy: 1, service_completed_successfully: 2 };
const MAX_MENTIONS_PER_PAGE = 5000;
// People and the outside world drawn in a flowchart are not deployable units.
const ACTORS = /^(?:the\s+)?(?:end\s+)?(?:users?|clients?|browsers?|internet|customers?|visitors?|shoppers?|persons?|people|admins?|administrators?|operators?|developers?|humans?|world|public)$/i;

/** Matches the pages' components, dependency claims and mentions to services. Pure; never throws. */
export function linkDocs(docs: DocsModel, identities: ServiceIdentity[]): DocsLinks {
  const state = new LinkState(identities);
  for (const page of docs.pages) state.linkPage(page);
  return state.result();
}

class LinkState {
  private readonly index: ServiceIndex;
  private readonly images = new Map<string, string | null>();
  private readonly facts = new Map<string, ServiceDocs & { roleRank: number }>();
  private readonly docsOnly: ServiceIdentity[] = [];
  private docsIndex: ServiceIndex = indexServices([]);
  // Keyed by page path: no prototype, so a page named `constructor.md` or `__proto__` is just a key.
  private readonly mentions: Record<string, DocsMention[]> = Object.create(null) as Record<string, DocsMention[]>;
  private readonly pageServices: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  private readonly diagnostics: Diagnostic[] = [];

  constructor(identities: ServiceIdentity[]) {
    this.index = indexServices(identities);
    for (const id of identities) {
      if (!id.image) continue;
      const repo = id.image.split('@')[0].replace(/:[^/]*$/, '');
      this.images.set(repo, this.images.has(repo) && this.images.get(repo) !== id.name ? null : id.name);
    }
  }

  linkPage(page: DocsPage): void {
    const seen = new Set<string>();
    const aliases = new Map<string, string>();
    const target = new Map<DocsComponent, string>();
    const resolve = (c: DocsComponent): string | null => {
      for (const name of c.names) {
        const hit = aliases.get(norm(name)) ?? resolveName(name, this.index);
        if (hit) return hit;
      }
      for (const image of c.images) {
        const hit = this.images.get(image.replace(/:[^/]*$/, ''));
        if (hit) return hit;
      }
      return null;
    };
    for (const c of page.components) {
      const hit = resolve(c);
      if (hit) target.set(c, hit);
    }
    // A table row or heading that resolved makes its wording a name for the service on this page.
    for (const [c, service] of target) {
      if (c.kind === 'table-row' || c.kind === 'heading') for (const n of c.names) if (norm(n) && !aliases.has(norm(n))) aliases.set(norm(n), service);
    }
    for (const c of page.components) {
      if (target.has(c)) continue;
      const hit = resolve(c) ?? this.resolveDocsOnly(c);
      if (hit) target.set(c, hit);
    }
    for (const c of page.components) {
      if (!target.has(c) && (c.deployable || this.listNamesServices(page, c, target))) target.set(c, this.addDocsOnly(c));
    }
    // Components on this page that name a docs-only unit just admitted (a flowchart node `db` for
    // the service table's `db`) are that unit: without compose, this is what joins them.
    for (const c of page.components) {
      if (target.has(c)) continue;
      const hit = this.resolveDocsOnly(c);
      if (hit) target.set(c, hit);
    }
    this.admitFlowchartNodes(page, target);

    for (const [c, service] of target) {
      this.addComponentFacts(service, c, page.path);
      seen.add(service);
    }
    const keys = mentionKeys(this.index, new Map([...aliases, ...this.docsOnlyKeys()]));
    this.addClaims(page, target, keys, seen);
    this.addMentions(page, target, keys, seen);
    this.pageServices[page.path] = [...seen];
  }

  private listNamesServices(page: DocsPage, c: DocsComponent, target: Map<DocsComponent, string>): boolean {
    if (c.kind !== 'list-item' || !c.group) return false;
    const items = page.components.filter((x) => x.group === c.group);
    const known = items.filter((x) => target.has(x)).length;
    return items.length >= 2 && known * 2 >= items.length;
  }

  /** Flowchart nodes joined by an arrow to a deployable node are deployable too (to a fixpoint). */
  private admitFlowchartNodes(page: DocsPage, target: Map<DocsComponent, string>): void {
    page.mermaid.forEach((block, b) => {
      const chart = block.flowchart;
      if (!chart) return;
      const groups = new Set(chart.subgraphs.map((s) => s.id));
      const byNode = new Map<string, DocsComponent>();
      for (const c of page.components) if (c.mermaid?.block === b) byNode.set(c.mermaid.node, c);
      for (let changed = true, guard = 0; changed && guard < 100; guard++) {
        changed = false;
        for (const edge of chart.edges) {
          if (groups.has(edge.from) || groups.has(edge.to)) continue;
          const a = byNode.get(edge.from);
          const z = byNode.get(edge.to);
          if (!a || !z || target.has(a) === target.has(z)) continue;
          const other = target.has(a) ? z : a;
          if (other.names.some((n) => ACTORS.test(cleanName(n)))) continue;
          target.set(other, this.resolveDocsOnly(other) ?? this.addDocsOnly(other));
          changed = true;
        }
      }
    });
  }

  private resolveDocsOnly(c: DocsComponent): string | null {
    for (const name of c.names) {
      const hit = resolveName(name, this.docsIndex);
      if (hit) return hit;
    }
    return null;
  }

  private addDocsOnly(c: DocsComponent): string {
    const existing = this.resolveDocsOnly(c);
    if (existing) return existing;
    const name = cleanName(c.names[0] ?? '') || c.names[0] || 'unnamed';
    this.docsOnly.push({ name });
    addToIndex(this.docsIndex, { name });
    return name;
  }

  private docsOnlyKeys(): Map<string, string> {
    return new Map(this.docsOnly.map((d) => [norm(d.name), d.name]));
  }

  private entry(service: string): ServiceDocs & { roleRank: number } {
    let e = this.facts.get(service);
    if (!e) {
      e = { name: service, role: null, roleRank: 99, notes: [], stated: { images: [], ports: [] }, dependsOn: [] };
      this.facts.set(service, e);
    }
    return e;
  }

  private addComponentFacts(service: string, c: DocsComponent, file: string): void {
    const e = this.entry(service);
    if (c.role && ROLE_RANK[c.kind] < e.roleRank) {
      e.role = c.role;
      e.roleRank = ROLE_RANK[c.kind];
    }
    const kind: NoteKind = c.kind === 'heading' ? 'section' : c.kind;
    const text = c.text || c.role || c.names[0];
    if (text) e.notes.push(note(file, c.section, kind, text, c.source));
    if (c.ownership) e.notes.push(note(file, c.section, 'ownership', c.ownership, c.source));
    for (const value of c.images) if (!e.stated.images.some((s) => s.value === value)) e.stated.images.push({ value, source: c.source });
    for (const value of c.ports) if (!e.stated.ports.some((s) => s.value === value)) e.stated.ports.push({ value, source: c.source });
  }

  private addClaims(page: DocsPage, target: Map<DocsComponent, string>, keys: Map<string, string>, seen: Set<string>): void {
    const nodeTarget = new Map<string, string>();
    for (const [c, s] of target) if (c.mermaid) nodeTarget.set(`${c.mermaid.block}:${c.mermaid.node}`, s);
    for (const claim of page.claims) {
      let froms: string[];
      let to: string | undefined;
      if (claim.mermaid) {
        const a = nodeTarget.get(`${claim.mermaid.block}:${claim.mermaid.from}`);
        to = nodeTarget.get(`${claim.mermaid.block}:${claim.mermaid.to}`);
        froms = a ? [a] : [];
      } else {
        froms = [...new Set(findMentions(claim.from, keys).map((m) => m.service))];
        to = findMentions(claim.to, keys)[0]?.service;
      }
      if (!to) continue;
      for (const from of froms) {
        if (from === to) continue;
        const deps = this.entry(from).dependsOn;
        const same = deps.find((d) => d.service === to && d.origin === claim.origin);
        if (same) {
          if (CONDITION_RANK[claim.condition] > CONDITION_RANK[same.condition]) same.condition = claim.condition;
          continue;
        }
        deps.push({ service: to, condition: claim.condition, required: true, origin: claim.origin, source: claim.source, reason: claim.text });
        seen.add(from);
        seen.add(to);
      }
    }
  }

  private addMentions(page: DocsPage, target: Map<DocsComponent, string>, keys: Map<string, string>, seen: Set<string>): void {
    const out: DocsMention[] = (this.mentions[page.path] = []);
    const noted = new Set<string>();
    // An explicit stack in document order: deeply nested pages must not overflow the call stack.
    const pending: Nodes[] = [page.root];
    for (let node = pending.pop(); node && out.length < MAX_MENTIONS_PER_PAGE; node = pending.pop()) {
      if (node.type === 'text' || node.type === 'inlineCode') {
        const start = node.position?.start;
        if (!start) continue;
        for (const m of findMentions(node.value, keys)) {
          const source = offsetSource(node.value, m.start, { file: page.path, line: start.line, column: start.column + (node.type === 'inlineCode' ? 1 : 0) });
          out.push({ service: m.service, text: node.value.slice(m.start, m.end), source });
          seen.add(m.service);
          const section = sectionAt(page.sections, source.line);
          const key = `${m.service}#${section.anchor}`;
          if (!noted.has(key)) {
            noted.add(key);
            this.entry(m.service).notes.push(note(page.path, section, 'mention', snippet(node.value, m.start), source));
          }
        }
        continue;
      }
      if ('children' in node) {
        const children = node.children as Nodes[];
        for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
      }
    }
    for (const [c, service] of target) if (c.mermaid) out.push({ service, text: c.names[0] ?? service, source: c.source });
  }

  result(): DocsLinks {
    const docsOnlyNames = new Set(this.docsOnly.map((d) => d.name));
    // Service names are user input: `toString` or `__proto__` must be plain keys, not prototype members.
    const services: Record<string, ServiceDocs> = Object.create(null) as Record<string, ServiceDocs>;
    const docsOnly: ServiceDocs[] = [];
    for (const [name, { roleRank: _rank, ...facts }] of this.facts) {
      if (docsOnlyNames.has(name)) docsOnly.push(facts);
      else services[name] = facts;
    }
    for (const d of this.docsOnly) {
      if (!this.facts.has(d.name)) docsOnly.push({ name: d.name, role: null, notes: [], stated: { images: [], ports: [] }, dependsOn: [] });
    }
    return { services, docsOnly, mentions: this.mentions, pageServices: this.pageServices, diagnostics: this.diagnostics };
  }
}

function note(file: string, section: SectionRef, kind: NoteKind, text: string, source: SourceRef): Note {
  return { file, section: section.path[section.path.length - 1] ?? '', anchor: section.anchor, kind, text: text.slice(0, 500), source };
}

function snippet(text: string, at: number): string {
  const from = Math.max(0, text.lastIndexOf('.', at) + 1);
  const to = text.indexOf('.', at);
  return text.slice(from, to < 0 ? undefined : to + 1).replace(/\s+/g, ' ').trim().slice(0, 200);
}

function offsetSource(text: string, offset: number, start: SourceRef): SourceRef {
  const before = text.slice(0, offset);
  const nl = before.lastIndexOf('\n');
  const lines = before.split('\n').length - 1;
  return { file: start.file, line: start.line + lines, column: nl < 0 ? start.column + offset : offset - nl };
}

export { imageBase };
