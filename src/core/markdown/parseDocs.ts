import type { Nodes, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Diagnostic, Parsed, WorkspaceFile } from '../types';
import { extractClaims } from './extractClaims';
import { extractHeadingComponent, extractListComponents } from './extractLists';
import { extractFlowchartFacts, readMermaidBlock } from './extractMermaid';
import { extractTableComponents, readTable } from './extractTables';
import { MAX_DEPTH, parseMarkdown } from './parseMarkdown';
import { pushAll } from './pushAll';
import { readSections, sectionAt, sourceOf } from './sections';
import type { DocsModel, DocsPage } from './types';

const MARKDOWN = /\.(md|markdown|mdx)$/i;

/** Reads every Markdown page in `files` into sections, tables, flowcharts and service facts. */
export function parseDocs(files: WorkspaceFile[]): Parsed<DocsModel> {
  const pages: DocsPage[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    if (!MARKDOWN.test(file.path)) continue;
    const page = parsePageSafely(file);
    pages.push(page);
    pushAll(diagnostics, page.diagnostics);
  }
  return { value: { pages }, diagnostics };
}

// A bug (or the Markdown library giving out on a hostile page) costs that page, not the workspace.
function parsePageSafely(file: WorkspaceFile): DocsPage {
  try {
    return parsePage(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ...emptyPage(file.path, { type: 'root', children: [] }, 0),
      diagnostics: [{
        severity: 'error',
        code: 'internal-error',
        message: `Stackmap could not read ${file.path} (${reason}); the page is left out. Please report this with the page.`,
        source: { file: file.path, line: 1, column: 1 },
      }],
    };
  }
}

/** One page. Never throws: a page that is not Markdown at all is still text, read as paragraphs. */
export function parsePage(file: WorkspaceFile): DocsPage {
  const parsed = parseMarkdown(file.text, file.path);
  const { root, frontTitle, frontMatterLines, text: raw } = parsed.value;
  const sections = readSections(root, file.path);
  const page: DocsPage = {
    ...emptyPage(file.path, root, frontMatterLines),
    title: frontTitle ?? sections.find((s) => s.depth === 1)?.title ?? sections[0]?.title ?? baseName(file.path),
    sections,
    diagnostics: [...parsed.diagnostics],
  };
  let lists = 0;
  let tooDeep = false;
  const walk = (nodes: RootContent[], depth: number) => {
    // Real pages nest a few levels; a page of 5,000 `>` would otherwise overflow the stack.
    if (depth > MAX_DEPTH) {
      if (!tooDeep && !page.diagnostics.some((d) => d.code === 'docs-too-deep')) page.diagnostics.push(tooDeepWarning(file.path, nodes[0]));
      tooDeep = true;
      return;
    }
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
          pushAll(page.components, extractTableComponents(node, file.path, section));
          break;
        case 'list':
          pushAll(page.components, extractListComponents(node, file.path, section, `${file.path}#list${lists++}`));
          walk(node.children.flatMap((item) => item.children), depth + 1);
          break;
        case 'blockquote':
          walk(node.children, depth + 1);
          break;
        case 'paragraph':
          pushAll(page.claims, extractClaims(sliceOf(raw, node), sourceOf(node, file.path), section));
          break;
        case 'code':
          if (node.lang?.toLowerCase() === 'mermaid') {
            const { block, diagnostics } = readMermaidBlock(node, file.path, section);
            const index = page.mermaid.push(block) - 1;
            pushAll(page.diagnostics, diagnostics);
            const facts = extractFlowchartFacts(block, index);
            pushAll(page.components, facts.components);
            pushAll(page.claims, facts.claims);
          }
          break;
        default:
          break;
      }
    });
  };
  walk(root.children, 0);
  return page;
}

function emptyPage(path: string, root: Root, frontMatterLines: number): DocsPage {
  return { path, title: baseName(path), sections: [], tables: [], mermaid: [], components: [], claims: [], root, frontMatterLines, diagnostics: [] };
}

function tooDeepWarning(file: string, node: RootContent | undefined): Diagnostic {
  return {
    severity: 'warning',
    code: 'docs-too-deep',
    message: `${file} nests quotes or lists more than ${MAX_DEPTH} levels deep; what sits deeper is not read for services.`,
    source: sourceOf(node ?? {}, file),
  };
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
