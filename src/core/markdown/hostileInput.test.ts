// Inputs a reviewer found crashing or stalling the docs reader: prototype names, huge `&` fans,
// deep nesting. Each must come back as a value plus diagnostics, never a throw.
import { describe, expect, it } from 'vitest';
import { emptyService } from '../model/emptyService';
import { linkDocs } from './linkDocs';
import { applyDocsToServices } from '../model/applyDocs';
import { parseDocs } from './parseDocs';
import { MAX_EDGES } from './parseFlowchart';
import { MAX_DEPTH } from './parseMarkdown';

describe('service names that are Object.prototype members', () => {
  const names = ['toString', 'constructor', '__proto__', 'valueOf', 'hasOwnProperty'];
  const text = '| Service | Role | Image |\n|---|---|---|\n| toString | prints things | |\n| constructor | builds things | constructor:1 |\n| __proto__ | the prototype | |\n';

  it('link and merge as plain names, keeping their facts', () => {
    const docs = parseDocs([{ path: 'docs/__proto__.md', text }]).value;
    const links = linkDocs(docs, names.map((name) => ({ name, image: name === 'constructor' ? 'constructor:1' : null })));
    expect(Object.keys(links.services).sort()).toEqual(['__proto__', 'constructor', 'toString']);
    expect(links.pageServices['docs/__proto__.md']).toEqual(expect.arrayContaining(['toString', 'constructor', '__proto__']));
    const { services } = applyDocsToServices(names.map((n) => emptyService(n, ['compose'])), docs);
    const role = (n: string) => services.find((s) => s.name === n)?.role;
    expect([role('toString'), role('constructor'), role('__proto__')]).toEqual(['prints things', 'builds things', 'the prototype']);
    expect(services.find((s) => s.name === 'constructor')?.stated.images[0]).toMatchObject({ value: 'constructor:1', source: { line: 4 } });
    expect(services.find((s) => s.name === 'valueOf')).toMatchObject({ origin: ['compose'], notes: [], role: null });
    expect(services).toHaveLength(names.length);
  });

  it('admit docs-only services with those names', () => {
    const { services } = applyDocsToServices([], parseDocs([{ path: 'a.md', text }]).value);
    // `__proto__` loses its underscores as any decorated name does (cleanName), then is a plain key.
    expect(services.map((s) => [s.name, s.role])).toEqual([['toString', 'prints things'], ['constructor', 'builds things'], ['proto', 'the prototype']]);
  });
});

describe('mermaid `&` fans', () => {
  const fan = (n: number) => {
    const side = (p: string) => Array.from({ length: n }, (_, i) => `${p}${i}`).join(' & ');
    return `# Flow\n\n\`\`\`mermaid\nflowchart LR\n  ${side('a')} --> ${side('b')}\n\`\`\`\n`;
  };

  it('keeps the first MAX_EDGES edges of 500 × 500 and says so at the line', () => {
    const { value, diagnostics } = parseDocs([{ path: 'm.md', text: fan(500) }]);
    const chart = value.pages[0].mermaid[0].flowchart;
    expect(chart?.nodes).toHaveLength(1000);
    expect(chart?.edges).toHaveLength(MAX_EDGES);
    expect(diagnostics).toMatchObject([{ code: 'mermaid-syntax', source: { file: 'm.md', line: 5 }, message: expect.stringMatching(/more than 5000 arrows/) }]);
    expect(() => linkDocs(value, [{ name: 'a0' }, { name: 'b0' }])).not.toThrow();
  });

  it('reads 1,500 × 1,500 in bounded time', () => {
    const t0 = performance.now();
    const { value } = parseDocs([{ path: 'm.md', text: fan(1500) }]);
    linkDocs(value, [{ name: 'a0' }]);
    expect(value.pages[0].claims).toHaveLength(MAX_EDGES);
    // Generous (parallel test files); before the cap this ran out of memory.
    expect(performance.now() - t0).toBeLessThan(8000);
  });
});

describe('deep nesting', () => {
  it('reads a page of 5,000 `>` with a docs-too-deep warning', () => {
    const { value, diagnostics } = parseDocs([{ path: 'q.md', text: `${'>'.repeat(5000)} api\n` }]);
    expect(diagnostics).toMatchObject([{ code: 'docs-too-deep', severity: 'warning', source: { file: 'q.md', line: 1, column: 1 } }]);
    expect(() => linkDocs(value, [{ name: 'api' }])).not.toThrow();
  });

  it('reads 120 kB of `> ` quickly, and a heading and a mention at quote depth 100', () => {
    const t0 = performance.now();
    const deepest = `${'> '.repeat(MAX_DEPTH)}`;
    const text = `${deepest}## Deep\n${deepest}\n${deepest}The api runs here.\n\n${'> '.repeat(60_000)}\n`;
    const { value } = parseDocs([{ path: 'q.md', text }]);
    const links = linkDocs(value, [{ name: 'api' }]);
    expect(value.pages[0].sections.map((s) => s.title)).toEqual(['Deep']);
    expect(links.mentions['q.md']).toMatchObject([{ service: 'api', source: { line: 3 } }]);
    // Generous (parallel test files); the Markdown library alone took minutes on this before.
    expect(performance.now() - t0).toBeLessThan(8000);
  });

  it('stops reading facts in lists nested past MAX_DEPTH, with a warning at the first one', () => {
    const lines = Array.from({ length: MAX_DEPTH + 5 }, (_, i) => `${'  '.repeat(i)}- \`svc${i}\`: service ${i}`);
    const { value, diagnostics } = parseDocs([{ path: 'l.md', text: `${lines.join('\n')}\n` }]);
    expect(diagnostics).toMatchObject([{ code: 'docs-too-deep', source: { file: 'l.md', line: MAX_DEPTH + 1 } }]);
    expect(value.pages[0].components.map((c) => c.names[0])).toContain(`svc${MAX_DEPTH}`);
    expect(value.pages[0].components.map((c) => c.names[0])).not.toContain(`svc${MAX_DEPTH + 1}`);
  });
});
