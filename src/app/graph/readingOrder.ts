import type { LayoutDirection } from '../../core/types';

type Placed = { id: string; parentId?: string; position: { x: number; y: number } };

/**
 * The nodes in the order a person reads the layout: along the flow (left to right, or top to
 * bottom) layer by layer, then across each layer; a group's members come right after the group,
 * in the same order. xyflow puts nodes in the DOM in array order, so this is the order Tab
 * moves through them, instead of the order the compose file happened to list the services in.
 */
export function inReadingOrder<N extends Placed>(nodes: N[], direction: LayoutDirection): N[] {
  const present = new Set(nodes.map((n) => n.id));
  const members = new Map<string, N[]>();
  for (const n of nodes) {
    const parent = n.parentId && present.has(n.parentId) ? n.parentId : '';
    const list = members.get(parent);
    if (list) list.push(n);
    else members.set(parent, [n]);
  }
  const [along, across] = direction === 'LR' ? (['x', 'y'] as const) : (['y', 'x'] as const);
  const ordered: N[] = [];
  const visit = (parent: string) => {
    const list = members.get(parent);
    if (!list) return;
    list.sort((a, b) => a.position[along] - b.position[along] || a.position[across] - b.position[across]);
    for (const n of list) {
      ordered.push(n);
      visit(n.id);
    }
  };
  visit('');
  return ordered;
}
