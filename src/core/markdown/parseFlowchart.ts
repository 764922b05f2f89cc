import type { Diagnostic, Parsed, SourceRef } from '../types';
import { FlowSyntaxError, lexStatement, type FlowToken } from './flowchartLexer';
import type { FlowEdge, FlowNode, FlowSubgraph, Flowchart } from './types';

const HEADER = /^(?:graph|flowchart(?:-elk)?)\b\s*(TB|TD|BT|RL|LR)?/i;
/** Edges kept per chart: `a1 & … & a500 --> b1 & … & b500` alone would draw 250,000. */
export const MAX_EDGES = 5000;
const SKIPPED = /^(?:classDef|class|style|linkStyle|click|accTitle|accDescr|title)\b/;

/** True when the diagram text is a mermaid flowchart (`graph …` or `flowchart …`). */
export function isFlowchart(code: string): boolean {
  return HEADER.test(firstStatement(code).text);
}

/**
 * Reads a mermaid flowchart: nodes (id, label, shape), edges (ends, label, stroke) and
 * subgraphs (members as mermaid assigns them: a node belongs to the innermost subgraph that
 * mentions it). `origin` is where the diagram's first line sits in its file.
 */
export function parseFlowchart(code: string, origin: SourceRef): Parsed<Flowchart> {
  const chart: Flowchart = { direction: 'TB', nodes: [], edges: [], subgraphs: [] };
  const diagnostics: Diagnostic[] = [];
  const nodes = new Map<string, FlowNode>();
  const lines = code.split('\n');
  const at = (line: number, col: number): SourceRef => ({
    file: origin.file,
    line: origin.line + line,
    column: (line === 0 ? origin.column : 1) + col,
  });
  // Each open subgraph collects the ids its own statements mention.
  // Mermaid numbers unnamed subgraphs as they close, so a parent holds the child itself until then.
  const open: { sg: FlowSubgraph; auto: boolean; mentioned: (string | FlowSubgraph)[] }[] = [];
  const claimed = new Set<string>();
  let autoId = 0;
  let headerSeen = false;
  let inFrontMatter = false;
  let capped = false;
  const emit = (n: number, indent: number) => (edge: EdgeOut): boolean => {
    if (chart.edges.length < MAX_EDGES) {
      chart.edges.push({ ...edge, source: at(n, indent + edge.col) });
      return true;
    }
    if (!capped) diagnostics.push(diag(at(n, indent + edge.col), `This flowchart draws more than ${MAX_EDGES} arrows; only the first ${MAX_EDGES} are read.`));
    capped = true;
    return false;
  };

  const touch = (id: string, line: number, col: number, shape?: { shape: string; label: string }) => {
    let node = nodes.get(id);
    if (!node) {
      node = { id, label: id, shape: 'square', source: at(line, col) };
      nodes.set(id, node);
      chart.nodes.push(node);
    }
    if (shape) {
      node.label = decodeLabel(shape.label);
      node.shape = shape.shape;
    }
    open[open.length - 1]?.mentioned.push(id);
  };

  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n].replace(/\r$/, '');
    const trimmed = raw.trim();
    const indent = raw.length - raw.trimStart().length;
    if (trimmed === '---') { if (!headerSeen) inFrontMatter = !inFrontMatter; continue; }
    if (inFrontMatter || trimmed === '' || trimmed.startsWith('%%')) continue;
    const text = trimmed.replace(/;+$/, '');
    if (!headerSeen) {
      const m = HEADER.exec(text);
      if (!m) {
        diagnostics.push(diag(at(n, indent), 'This diagram does not start with "flowchart" or "graph", so it is not read as a flowchart.'));
        return { value: chart, diagnostics };
      }
      chart.direction = (m[1] ?? 'TB').toUpperCase();
      headerSeen = true;
      continue;
    }
    if (SKIPPED.test(text) || /^direction\s/.test(text)) continue;
    if (/^subgraph\b/.test(text)) {
      const { id, title } = readSubgraphHeader(text.slice(8).trim());
      const sg: FlowSubgraph = { id: id ?? '', title, members: [], source: at(n, indent) };
      open[open.length - 1]?.mentioned.push(sg);
      open.push({ sg, auto: id === null, mentioned: [] });
      continue;
    }
    if (text === 'end') {
      const closing = open.pop();
      if (!closing) {
        diagnostics.push(diag(at(n, indent), '"end" closes no subgraph; remove it or add the missing "subgraph" line.'));
        continue;
      }
      if (closing.auto) closing.sg.id = `subGraph${autoId++}`;
      const ids = closing.mentioned.map((m) => (typeof m === 'string' ? m : m.id));
      closing.sg.members = [...new Set(ids)].filter((id) => !claimed.has(id));
      closing.sg.members.forEach((id) => claimed.add(id));
      chart.subgraphs.push(closing.sg);
      continue;
    }
    try {
      readChain(lexStatement(text, 0), n, indent, touch, emit(n, indent));
    } catch (error) {
      if (!(error instanceof FlowSyntaxError)) throw error;
      diagnostics.push(diag(at(n, indent + error.offset), `Mermaid flowchart line ${n + 1} could not be read: ${error.message}.`));
    }
  }
  if (!headerSeen) diagnostics.push(diag(origin, 'This diagram is empty.'));
  for (const left of open.reverse()) {
    diagnostics.push(diag(left.sg.source, `Subgraph "${left.sg.title}" is never closed with "end".`));
  }
  return { value: chart, diagnostics };
}

type EdgeOut = Omit<FlowEdge, 'source'> & { col: number };

function readChain(
  tokens: FlowToken[],
  line: number,
  indent: number,
  touch: (id: string, line: number, col: number, shape?: { shape: string; label: string }) => void,
  emit: (edge: EdgeOut) => boolean,
): void {
  let i = 0;
  const readGroup = (): string[] => {
    const ids: string[] = [];
    for (;;) {
      const t = tokens[i];
      if (t.type !== 'id') throw new FlowSyntaxError(`expected a node id, found ${describe(t)}`, t.offset);
      i++;
      let shape: { shape: string; label: string } | undefined;
      const next = tokens[i];
      if (next.type === 'shape') { shape = next; i++; }
      while (tokens[i].type === 'class' || tokens[i].type === 'props') {
        const extra = tokens[i];
        if (extra.type === 'props') shape = propsShape(extra.value) ?? shape;
        i++;
      }
      touch(t.value, line, indent + t.offset, shape);
      ids.push(t.value);
      if (tokens[i].type !== 'amp') return ids;
      i++;
    }
  };
  let left = readGroup();
  while (tokens[i].type === 'link') {
    const link = tokens[i] as Extract<FlowToken, { type: 'link' }>;
    i++;
    let label = link.label;
    const pipe = tokens[i];
    if (pipe.type === 'pipe') { label = pipe.label; i++; }
    const right = readGroup();
    const edgeLabel = label ? decodeLabel(label) : null;
    // `a & b --> c & d` is every pair; stop at the first edge the chart has no room for.
    pairs: for (const from of left) {
      for (const to of right) {
        if (!emit({ from, to, label: edgeLabel, stroke: link.stroke, arrow: link.arrow, col: link.offset })) break pairs;
      }
    }
    left = right;
  }
  const rest = tokens[i];
  if (rest.type !== 'end') throw new FlowSyntaxError(`unexpected ${describe(rest)}`, rest.offset);
}

function readSubgraphHeader(text: string): { id: string | null; title: string } {
  const bracket = /^([^\s[\]"]+)\s*\[\s*"?([^\]"]*)"?\s*\]$/.exec(text);
  if (bracket) return { id: bracket[1], title: bracket[2].trim() };
  const quoted = /^"([^"]*)"$/.exec(text);
  if (quoted) return { id: null, title: quoted[1] };
  if (/^\S+$/.test(text)) return { id: text, title: text };
  return { id: null, title: text };
}

function propsShape(props: string): { shape: string; label: string } | undefined {
  const label = /label\s*:\s*"([^"]*)"/.exec(props)?.[1];
  const shape = /shape\s*:\s*([\w-]+)/.exec(props)?.[1];
  return label !== undefined ? { shape: shape ?? 'square', label } : undefined;
}

/** Turns a label as written into plain text: `<br/>` and `\n` become line breaks, entities decode. */
export function decodeLabel(label: string): string {
  return label
    .replace(/^`|`$/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/\\n/g, '\n')
    .replace(/&?#(\d+);?/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&(quot|amp|lt|gt|nbsp);/g, (_m, name: string) => ({ quot: '"', amp: '&', lt: '<', gt: '>', nbsp: ' ' })[name] ?? '')
    .split('\n')
    .map((part) => part.trim())
    .join('\n');
}

function firstStatement(code: string): { text: string } {
  let inFrontMatter = false;
  for (const raw of code.split('\n')) {
    const t = raw.trim();
    if (t === '---') { inFrontMatter = !inFrontMatter; continue; }
    if (inFrontMatter || t === '' || t.startsWith('%%')) continue;
    return { text: t };
  }
  return { text: '' };
}

function describe(t: FlowToken): string {
  switch (t.type) {
    case 'end': return 'the end of the line';
    case 'id': return `"${t.value}"`;
    case 'link': return 'an arrow';
    case 'shape': return `a node shape "${t.label}"`;
    case 'pipe': return `an edge label "${t.label}"`;
    default: return `"${t.type}"`;
  }
}

function diag(source: SourceRef, message: string): Diagnostic {
  return { severity: 'warning', code: 'mermaid-syntax', message, source };
}
