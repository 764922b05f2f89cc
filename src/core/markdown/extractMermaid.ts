import type { Code } from 'mdast';
import type { Diagnostic, SourceRef } from '../types';
import { cleanName, findImages, findPorts } from './facts';
import { isFlowchart, parseFlowchart } from './parseFlowchart';
import { sourceOf } from './sections';
import type { DocsComponent, DocsDependencyClaim, Flowchart, MermaidBlock, SectionRef } from './types';

// Diagrams about start order draw `a --> b` as "a starts before b": b depends on a.
const START_ORDER = /start[\s-]*(?:up)?[\s-]*(?:order|sequence)|boot[\s-]*(?:order|sequence)|\border of start/i;

export function readMermaidBlock(code: Code, file: string, section: SectionRef): { block: MermaidBlock; diagnostics: Diagnostic[] } {
  const source = sourceOf(code, file);
  const kind = /^\s*(?:%%.*\n|---[\s\S]*?---\n|\s*\n)*\s*([\w-]+)/.exec(code.value)?.[1] ?? '';
  const block: MermaidBlock = { code: code.value, kind, source, section, flowchart: null, error: null };
  if (!isFlowchart(code.value)) return { block, diagnostics: [] };
  // The fence is one line; the diagram starts on the next, at the fence's indent.
  const origin: SourceRef = { file, line: source.line + 1, column: source.column };
  const parsed = parseFlowchart(code.value, origin);
  block.flowchart = parsed.value;
  if (parsed.diagnostics.length) block.error = parsed.diagnostics.map((d) => d.message).join(' ');
  return { block, diagnostics: parsed.diagnostics };
}

/** Each node becomes a component (its label and id as names); each arrow a dependency claim. */
export function extractFlowchartFacts(block: MermaidBlock, index: number): { components: DocsComponent[]; claims: DocsDependencyClaim[] } {
  const chart = block.flowchart;
  if (!chart) return { components: [], claims: [] };
  const groups = new Set(chart.subgraphs.map((s) => s.id));
  const parents = parentTitles(chart);
  const components = chart.nodes.map((node): DocsComponent => {
    const lines = node.label.split('\n').map(cleanName).filter(Boolean);
    const [first = node.id, ...extra] = lines;
    const detail = extra.filter((l) => !findPorts(l, false).length && !findImages(l, true).length);
    const inParens = [first, ...extra].map((l) => /^\((.+)\)$/.exec(l)?.[1] ?? /\(([^)]+)\)/.exec(l)?.[1]).filter((x): x is string => !!x);
    return {
      names: [...new Set([first.replace(/\s*\([^)]*\)\s*$/, ''), node.id, lines.join(' '), ...inParens].filter(Boolean))],
      kind: 'mermaid',
      deployable: false,
      role: detail.length ? detail.map((l) => l.replace(/^\((.*)\)$/, '$1')).join(', ') : inParens[0] ?? null,
      text: lines.join(' · '),
      ownership: null,
      images: extra.flatMap((l) => findImages(l, true)),
      ports: extra.flatMap((l) => findPorts(l, false)).concat(findPorts(first, false).filter(() => /port/i.test(first))),
      source: node.source,
      section: block.section,
      mermaid: { block: index, node: node.id },
    };
  });
  const sectionSaysOrder = START_ORDER.test(block.section.path.join(' '));
  const claims: DocsDependencyClaim[] = [];
  for (const edge of chart.edges) {
    if (!edge.arrow || edge.stroke === 'invisible' || groups.has(edge.from) || groups.has(edge.to)) continue;
    const ordered = sectionSaysOrder || [edge.from, edge.to].some((id) => (parents.get(id) ?? []).some((t) => START_ORDER.test(t)));
    const [from, to] = ordered ? [edge.to, edge.from] : [edge.from, edge.to];
    claims.push({
      from, to, condition: 'service_started', origin: 'mermaid',
      mermaid: { block: index, from, to },
      text: `${edge.from} → ${edge.to}${edge.label ? ` (${edge.label.replace(/\n/g, ' ')})` : ''}`,
      source: edge.source,
      section: block.section,
    });
  }
  return { components, claims };
}

/** Titles of the subgraphs around each node, innermost first. */
function parentTitles(chart: Flowchart): Map<string, string[]> {
  const parentOf = new Map<string, string>();
  for (const sg of chart.subgraphs) for (const m of sg.members) parentOf.set(m, sg.id);
  const titles = new Map(chart.subgraphs.map((s) => [s.id, s.title]));
  const out = new Map<string, string[]>();
  for (const node of chart.nodes) {
    const chain: string[] = [];
    let at = parentOf.get(node.id);
    for (let guard = 0; at && guard < 50; guard++) {
      chain.push(titles.get(at) ?? at);
      at = parentOf.get(at);
    }
    out.set(node.id, chain);
  }
  return out;
}
