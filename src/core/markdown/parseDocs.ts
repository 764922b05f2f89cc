import type { Nodes, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Diagnostic, Parsed, WorkspaceFile } from '../types';
import { extractClaims } from './extractClaims';
import { extractHeadingComponent, extractListComponents } from './extractLists';
import { extractFlowchartFacts, readMermaidBlock } from './extractMermaid';
import { extractTableComponents, readTable } from './extractTables';
import { parseMarkdown } from './parseMarkdown';
import { readSections, sectionAt, sourceOf } from './sections';
import type { DocsModel, DocsPage } from './types';

const MARKDOWN = /\.(md|markdown|mdx)$/i;

/** Reads every Markdown page in `files` into sections, tables, flowcharts and service facts. */
export function parseDocs(files: WorkspaceFile[]): Parsed<DocsModel> {
  const pages: DocsPage[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    if (!MARKDOWN.test(file.path)) continue;
    const page = parsePage(file);
    pages.push(page);
    diagnostics.push(...page.diagnostics);
  }
  return { value: { pages }, diagnostics };
}

/** One page. Never throws: a page that is not Markdown at all is still text, read as paragraphs. */
export function parsePage(file: WorkspaceFile): DocsPage {
  const parsed = parseMarkdown(file.text, file.path);
  const { root, frontTitle, frontMatterLines, text: raw } = parsed.value;
  const sections = readSections(root, file.path);
  const page: DocsPage = {
    path: file.path,
    title: frontTitle ?? sections.find((s) => s.depth === 1)?.title ?? sections[0]?.title ?? baseName(file.path),
    sections,
    tables: [],
    mermaid: [],
    components: [],
    claims: [],
    root,
    frontMatterLines,
    diagnostics: [...parsed.diagnostics],
  };
  let lists = 0;
  const walk = (nodes: RootContent[]) => {
    nodes.forEach((node, i) => {
      const line = node.position?.start.line ?? 1;
      const section = sectionAt(sections, line);
      switch (node.type) {
        case 'heading': {
          const next = nodes[i + 1]?.type === 'paragraph' ? (nodes[i + 1] as Paragraph) : null;
          const component = extractHeadingComponent(node, next, file.path, sectionAt(sections, line));
          if (component) page.components.push(component);
          break;
        }
        case 'table':
          page.tables.push(readTable(node, file.path, section));
          page.components.push(...extractTableComponents(node, file.path, section));
          break;
        case 'list':
          page.components.push(...extractListComponents(node, file.path, section, `${file.path}#list${lists++}`));
          walk(node.children.flatMap((item) => item.children));
          break;
        case 'blockquote':
          walk(node.children);
          break;
        case 'paragraph':
          page.claims.push(...extractClaims(sliceOf(raw, node), sourceOf(node, file.path), section));
          break;
        case 'code':
          if (node.lang?.toLowerCase() === 'mermaid') {
            const { block, diagnostics } = readMermaidBlock(node, file.path, section);
            const index = page.mermaid.push(block) - 1;
            page.diagnostics.push(...diagnostics);
            const facts = extractFlowchartFacts(block, index);
            page.components.push(...facts.components);
            page.claims.push(...facts.claims);
          }
          break;
        default:
          break;
      }
    });
  };
  walk(root.children);
  return page;
}

function sliceOf(raw: string, node: Nodes): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? toString(node) : raw.slice(start, end);
}

function baseName(path: string): string {
  return path.split('/').pop() ?? path;
}

export type { Root };
