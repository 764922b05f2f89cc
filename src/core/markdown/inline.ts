import type { Nodes, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { pushAll } from './pushAll';

/** The plain text of a node, with `<br>` in raw HTML read as a line break and other HTML dropped. */
export function plainText(node: Nodes): string {
  if (node.type === 'html') return /^<br\s*\/?>$/i.test(node.value.trim()) ? '\n' : '';
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return toString(node);
}

/** The names a cell or item puts forward: code spans and strong text first, then the whole text. */
export function namesIn(nodes: PhrasingContent[]): string[] {
  const names: string[] = [];
  for (const node of nodes) {
    if (node.type === 'inlineCode') names.push(node.value.trim());
    else if (node.type === 'strong' || node.type === 'emphasis') names.push(toString(node).trim());
    else if (node.type === 'link') pushAll(names, namesIn(node.children));
  }
  return names.filter(Boolean);
}
