// @vitest-environment jsdom
// Our flowchart reader against mermaid's own parser, on every flowchart in the corpus and the sample.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, hasCorpus, repoRoot } from '../../../tests/corpus';
import { parseDocs } from './parseDocs';
import { decodeLabel } from './parseFlowchart';

function markdownFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? markdownFiles(p) : /\.md$/i.test(e.name) ? [p] : [];
  });
}

const label = (s: string) => decodeLabel(s.replace(/&#(\d+);?/g, '#$1;')).replace(/\s+/g, ' ').trim();

interface Theirs { nodes: Map<string, string>; edges: string[]; subgraphs: string[] }

async function mermaidRead(code: string): Promise<Theirs> {
  const { default: mermaid } = await import('mermaid');
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
  await mermaid.parse(code);
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(code);
  const db = diagram.db as unknown as {
    getVertices(): Map<string, { id: string; text?: string }>;
    getEdges(): { start: string; end: string; text?: string }[];
    getSubGraphs(): { id: string; title: string; nodes: string[] }[];
  };
  const nodes = new Map([...db.getVertices().values()].map((v) => [v.id, label(v.text ?? v.id)]));
  return {
    nodes,
    edges: db.getEdges().map((e) => `${e.start}>${e.end}:${label(e.text ?? '')}`),
    subgraphs: db.getSubGraphs().map((s) => `${label(s.title)}=[${[...s.nodes].sort().join(',')}]`),
  };
}

describe.skipIf(!hasCorpus)('flowchart reader agrees with mermaid', () => {
  it('on every flowchart block of the corpus and the sample', async () => {
    const files = [...markdownFiles(path.join(corpusDir, 'docs')), ...markdownFiles(path.join(corpusDir, 'compose')), path.join(repoRoot, 'samples/shopfront/docs/architecture.md')];
    let blocks = 0;
    let agree = 0;
    const stats = { nodes: [0, 0], edges: [0, 0], subgraphs: [0, 0] };
    const report: string[] = [];
    for (const file of files) {
      const page = parseDocs([{ path: path.basename(file), text: fs.readFileSync(file, 'utf8') }]).value.pages[0];
      for (const block of page.mermaid) {
        if (!block.flowchart) continue;
        blocks++;
        let theirs: Theirs;
        try {
          theirs = await mermaidRead(block.code);
        } catch (error) {
          report.push(`${path.relative(corpusDir, file)}:${block.source.line} mermaid failed: ${String(error).slice(0, 120)}`);
          continue;
        }
        const ours = block.flowchart;
        const ourNodes = new Map(ours.nodes.map((n) => [n.id, label(n.label)]));
        const ourEdges = ours.edges.map((e) => `${e.from}>${e.to}:${label(e.label ?? '')}`);
        const ourSubs = ours.subgraphs.map((s) => `${label(s.title)}=[${[...s.members].sort().join(',')}]`);
        const nodeOk = [...theirs.nodes].filter(([id, l]) => ourNodes.get(id) === l).length;
        const edgeOk = theirs.edges.filter((e) => ourEdges.includes(e)).length;
        const subOk = theirs.subgraphs.filter((s) => ourSubs.includes(s)).length;
        stats.nodes[0] += nodeOk; stats.nodes[1] += theirs.nodes.size;
        stats.edges[0] += edgeOk; stats.edges[1] += theirs.edges.length;
        stats.subgraphs[0] += subOk; stats.subgraphs[1] += theirs.subgraphs.length;
        const same = nodeOk === theirs.nodes.size && ourNodes.size === theirs.nodes.size && edgeOk === theirs.edges.length
          && ourEdges.length === theirs.edges.length && subOk === theirs.subgraphs.length;
        if (same) agree++;
        else report.push(`${path.relative(corpusDir, file)}:${block.source.line} nodes ${nodeOk}/${theirs.nodes.size} (ours ${ourNodes.size}), edges ${edgeOk}/${theirs.edges.length} (ours ${ourEdges.length}), subgraphs ${subOk}/${theirs.subgraphs.length}`
          + ` | theirs-only: ${[...theirs.nodes].filter(([id, l]) => ourNodes.get(id) !== l).slice(0, 3).map(([id, l]) => `${id}=${JSON.stringify(l)}/${JSON.stringify(ourNodes.get(id))}`).join(' ')} ${theirs.subgraphs.filter((s) => !ourSubs.includes(s)).slice(0, 2).join(' ')} ${ourSubs.filter((s) => !theirs.subgraphs.includes(s)).slice(0, 2).join(' ')}`);
      }
    }
    console.log([
      `flowchart blocks: ${blocks}, identical to mermaid: ${agree}`,
      `nodes ${stats.nodes[0]}/${stats.nodes[1]}, edges ${stats.edges[0]}/${stats.edges[1]}, subgraphs ${stats.subgraphs[0]}/${stats.subgraphs[1]}`,
      ...report,
    ].join('\n'));
    // Floors at what the reader reaches; the one known difference is mermaid making a vertex of `style X` targets.
    expect(blocks).toBeGreaterThanOrEqual(19);
    expect(agree).toBeGreaterThanOrEqual(18);
    expect(stats.edges[0]).toBe(stats.edges[1]);
    expect(stats.subgraphs[0]).toBe(stats.subgraphs[1]);
    expect(stats.nodes[0] / stats.nodes[1]).toBeGreaterThanOrEqual(0.97);
  }, 120_000);
});
