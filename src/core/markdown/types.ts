/**
 * What Stackmap reads from Markdown architecture pages. Everything here crosses the
 * worker boundary by structured clone, so it is plain data: no classes, no functions.
 */
import type { Root } from 'mdast';
import type { DependencyCondition, Diagnostic, SourceRef } from '../types';

/** Where on a page a fact sits: the heading path and the anchor of the innermost heading. */
export interface SectionRef {
  /** Heading texts from the top, e.g. `["Shopfront architecture", "Services"]`. */
  path: string[];
  /** GitHub-style anchor of the innermost heading ('' before the first heading). */
  anchor: string;
}

export interface DocsSection extends SectionRef {
  title: string;
  depth: number;
  source: SourceRef;
}

export interface FlowNode {
  id: string;
  /** The label as written, `<br/>` and `\n` turned into line breaks, entities decoded. */
  label: string;
  shape: string;
  source: SourceRef;
}

export interface FlowEdge {
  from: string;
  to: string;
  label: string | null;
  /** `-->` solid, `-.->` dotted, `==>` thick, `---` open (no arrow head). */
  stroke: 'normal' | 'dotted' | 'thick' | 'invisible';
  arrow: boolean;
  source: SourceRef;
}

export interface FlowSubgraph {
  id: string;
  title: string;
  /** Direct members (node ids and nested subgraph ids). */
  members: string[];
  source: SourceRef;
}

export interface Flowchart {
  direction: string;
  nodes: FlowNode[];
  edges: FlowEdge[];
  subgraphs: FlowSubgraph[];
}

export interface MermaidBlock {
  /** The diagram text, exactly as in the fence. */
  code: string;
  /** First word of the diagram (`flowchart`, `graph`, `sequenceDiagram`, `C4Container` …). */
  kind: string;
  /** The fence's position; the diagram's first line is `source.line + 1`. */
  source: SourceRef;
  section: SectionRef;
  /** Null when the block is not a flowchart or did not parse (see the page's diagnostics). */
  flowchart: Flowchart | null;
  error: string | null;
}

export interface DocsTable {
  header: string[];
  rows: { cells: string[]; source: SourceRef }[];
  source: SourceRef;
  section: SectionRef;
}

/**
 * A component the page describes, before it is matched to compose services: a table row,
 * a `name: description` list item, a heading about one service, or a flowchart node.
 */
export interface DocsComponent {
  /** Names the page uses for it, best first (a table cell, a code span, a node label, a node id). */
  names: string[];
  kind: 'table-row' | 'list-item' | 'heading' | 'mermaid';
  /** True when the page treats it as a deployable unit by its form alone (service table row, heading naming it). */
  deployable: boolean;
  role: string | null;
  text: string;
  ownership: string | null;
  images: string[];
  ports: string[];
  source: SourceRef;
  section: SectionRef;
  /** Items of one list share a group: `linkDocs` admits unknown names only from lists that mostly name services. */
  group?: string;
  /** For flowchart nodes: which block and node. */
  mermaid?: { block: number; node: string };
}

/** A dependency the page states, between names as written. */
export interface DocsDependencyClaim {
  from: string;
  to: string;
  condition: DependencyCondition;
  origin: 'docs' | 'mermaid';
  /** For flowchart edges: which block, and the node ids, so names resolve through the node's component. */
  mermaid?: { block: number; from: string; to: string };
  text: string;
  source: SourceRef;
  section: SectionRef;
}

export interface DocsPage {
  path: string;
  title: string;
  sections: DocsSection[];
  tables: DocsTable[];
  mermaid: MermaidBlock[];
  components: DocsComponent[];
  claims: DocsDependencyClaim[];
  /** The parsed page for rendering (positions kept, plain objects). */
  root: Root;
  /** Lines of YAML front matter blanked before parsing (0 when none). */
  frontMatterLines: number;
  diagnostics: Diagnostic[];
}

export interface DocsModel {
  pages: DocsPage[];
}

export const EMPTY_DOCS: DocsModel = { pages: [] };
