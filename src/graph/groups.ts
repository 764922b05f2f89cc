import type { DocsModel } from '../core/markdown/types';
import { indexServices, resolveName } from '../core/markdown/matchService';
import type { GroupBy, Service } from '../core/types';

export interface ServiceGroup {
  /** Node id: `group:` + kind + name, never a service name. */
  id: string;
  label: string;
  /** The enclosing group (nested mermaid subgraphs), when there is one. */
  parent: string | null;
  members: string[];
}

export interface Grouping {
  /** Parents come before children, as xyflow wants them. */
  groups: ServiceGroup[];
  /** Service name → the id of the group it is drawn in. */
  groupOf: Map<string, string>;
  /** Service name → why it sits where it does, when that is a choice (several networks). */
  notes: Map<string, string>;
}

const EMPTY: Grouping = { groups: [], groupOf: new Map(), notes: new Map() };

/**
 * Which box each service is drawn in for a grouping; services that fit none stay outside. By
 * network, a service sits in its first network that is not hidden: a hidden network has no box.
 */
export function groupServices(
  services: Service[],
  docs: DocsModel | null,
  groupBy: GroupBy | 'docs',
  hiddenNetworks: ReadonlySet<string> = new Set(),
): Grouping {
  if (groupBy === 'network') return byFirst(services, 'network', (s) => s.networks.filter((n) => !hiddenNetworks.has(n)), 'network');
  if (groupBy === 'profile') return byFirst(services, 'profile', (s) => s.profiles, 'profile');
  if (groupBy === 'docs') return byDocs(services, docs);
  return EMPTY;
}

function byFirst(services: Service[], kind: string, keys: (s: Service) => string[], noun: string): Grouping {
  const result: Grouping = { groups: [], groupOf: new Map(), notes: new Map() };
  const byName = new Map<string, ServiceGroup>();
  for (const s of services) {
    const [first, ...others] = keys(s);
    if (!first) continue;
    // `keys` leaves hidden networks out: the note names only the networks drawn.
    let group = byName.get(first);
    if (!group) {
      group = { id: `group:${kind}:${first}`, label: `${noun} ${first}`, parent: null, members: [] };
      byName.set(first, group);
      result.groups.push(group);
    }
    group.members.push(s.name);
    result.groupOf.set(s.name, group.id);
    if (others.length) {
      result.notes.set(s.name, `${s.name} is on ${noun}s ${[first, ...others].join(', ')}; it is drawn in its first, ${first}.`);
    }
  }
  return result;
}

/** The docs' own boxes: mermaid subgraphs, their nodes matched to services by name. */
function byDocs(services: Service[], docs: DocsModel | null): Grouping {
  const result: Grouping = { groups: [], groupOf: new Map(), notes: new Map() };
  if (!docs) return result;
  const index = indexServices(
    services.map((s) => ({ name: s.name, containerName: s.containerName, hostnames: s.hostname ? [s.hostname] : [], image: s.image })),
  );
  const shown = new Set(services.map((s) => s.name));
  docs.pages.forEach((page, p) =>
    page.mermaid.forEach((block, b) => {
      const chart = block.flowchart;
      if (!chart?.subgraphs.length) return;
      const ids = new Map(chart.subgraphs.map((g) => [g.id, `group:docs:${p}.${b}:${g.id}`]));
      const parentOf = new Map<string, string>();
      for (const g of chart.subgraphs) for (const m of g.members) if (ids.has(m)) parentOf.set(m, g.id);
      const labels = new Map(chart.nodes.map((n) => [n.id, n.label]));
      const made: ServiceGroup[] = chart.subgraphs.map((g) => ({
        id: ids.get(g.id)!,
        label: g.title || g.id,
        parent: parentOf.has(g.id) ? ids.get(parentOf.get(g.id)!)! : null,
        members: [],
      }));
      chart.subgraphs.forEach((g, i) => {
        for (const member of g.members) {
          if (ids.has(member)) continue;
          const label = labels.get(member)?.split('\n')[0] ?? member;
          const name = resolveName(label, index) ?? resolveName(member, index);
          // A service the docs draw in two boxes stays in the first one they draw it in.
          if (!name || !shown.has(name) || result.groupOf.has(name)) continue;
          made[i].members.push(name);
          result.groupOf.set(name, made[i].id);
        }
      });
      result.groups.push(...orderParentsFirst(made.filter((g) => hasMembers(g, made))));
    }),
  );
  return result;
}

function hasMembers(group: ServiceGroup, all: ServiceGroup[]): boolean {
  return group.members.length > 0 || all.some((g) => g.parent === group.id && hasMembers(g, all));
}

function orderParentsFirst(groups: ServiceGroup[]): ServiceGroup[] {
  const out: ServiceGroup[] = [];
  const place = (parent: string | null) => {
    for (const g of groups) if (g.parent === parent) out.push(g), place(g.id);
  };
  place(null);
  return out;
}
