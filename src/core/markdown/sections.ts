import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SourceRef } from '../types';
import { createSlugger } from './slugify';
import type { DocsSection, SectionRef } from './types';

export const NO_SECTION: SectionRef = { path: [], anchor: '' };

/** Every heading of the page in order, with its path and GitHub anchor. */
export function readSections(root: Root, file: string): DocsSection[] {
  const slug = createSlugger();
  const sections: DocsSection[] = [];
  const stack: { depth: number; title: string }[] = [];
  // An explicit stack, not recursion: a page of thousands of nested `>` must not overflow.
  const pending: RootContent[] = [...root.children].reverse();
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type === 'heading') {
      const title = toString(node).trim();
      while (stack.length && stack[stack.length - 1].depth >= node.depth) stack.pop();
      stack.push({ depth: node.depth, title });
      sections.push({ title, depth: node.depth, path: stack.map((s) => s.title), anchor: slug(title), source: sourceOf(node, file) });
    } else if (node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem') {
      // GitHub anchors headings wherever they sit; their place in the path follows document order.
      const children = node.children as RootContent[];
      for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
    }
  }
  return sections;
}

/** The section a line falls in: the last heading at or above it. */
export function sectionAt(sections: DocsSection[], line: number): SectionRef {
  let lo = 0;
  let hi = sections.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sections[mid].source.line <= line) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found < 0 ? NO_SECTION : { path: sections[found].path, anchor: sections[found].anchor };
}

export function sourceOf(node: { position?: { start: { line: number; column: number } } }, file: string): SourceRef {
  return { file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

export function headingText(node: Heading): string {
  return toString(node).trim();
}
