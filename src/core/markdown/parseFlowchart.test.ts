import { describe, expect, it } from 'vitest';
import { parseFlowchart } from './parseFlowchart';

const at = { file: 'a.md', line: 10, column: 1 };

describe('parseFlowchart', () => {
  it('reads nodes, shapes, labels with <br/> and \\n, chained and & edges, edge labels', () => {
    const { value, diagnostics } = parseFlowchart(
      'flowchart LR\n  user([Shopper]) --> proxy\n  proxy -->|/api| api & web\n  db[(PostgreSQL<br/>16)]\n  ssl[ssl Caddy \\n ports: 80] -- port 80 --> db\n  a -.-> b ==> c',
      at,
    );
    expect(diagnostics).toEqual([]);
    expect(value.direction).toBe('LR');
    expect(value.nodes.find((n) => n.id === 'user')).toMatchObject({ label: 'Shopper', shape: 'stadium', source: { line: 11, column: 3 } });
    expect(value.nodes.find((n) => n.id === 'db')).toMatchObject({ label: 'PostgreSQL\n16', shape: 'cylinder' });
    expect(value.nodes.find((n) => n.id === 'ssl')?.label).toBe('ssl Caddy\nports: 80');
    expect(value.edges.map((e) => `${e.from}>${e.to}:${e.label ?? ''}:${e.stroke}`)).toEqual([
      'user>proxy::normal', 'proxy>api:/api:normal', 'proxy>web:/api:normal', 'ssl>db:port 80:normal', 'a>b::dotted', 'b>c::thick',
    ]);
  });

  it('assigns nodes to the innermost subgraph that mentions them, as mermaid does', () => {
    const { value } = parseFlowchart('graph TB\n subgraph outer [Outer]\n  subgraph inner["Inner"]\n   a --> b\n  end\n  b --> c\n end\n d', at);
    expect(value.subgraphs).toEqual([
      expect.objectContaining({ id: 'inner', title: 'Inner', members: ['a', 'b'] }),
      expect.objectContaining({ id: 'outer', title: 'Outer', members: ['inner', 'c'] }),
    ]);
  });

  it('keeps ids with dashes apart from arrows, and skips style lines and comments', () => {
    const { value, diagnostics } = parseFlowchart('graph LR\n%% comment\nld-api-->ld-db\nclassDef x fill:#fff;\nclass ld-api x\nstyle ld-db fill:#000', at);
    expect(diagnostics).toEqual([]);
    expect(value.edges.map((e) => [e.from, e.to])).toEqual([['ld-api', 'ld-db']]);
  });

  it('reports a broken line at its position and keeps reading the rest', () => {
    const { value, diagnostics } = parseFlowchart('flowchart TD\n  a[unclosed --> b\n  c --> d', at);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'mermaid-syntax', source: { file: 'a.md', line: 11 } });
    expect(value.edges.map((e) => [e.from, e.to])).toEqual([['c', 'd']]);
  });

  it('says so when the text is not a flowchart', () => {
    expect(parseFlowchart('sequenceDiagram\n A->>B: hi', at).diagnostics[0].message).toMatch(/not read as a flowchart/);
  });
});
