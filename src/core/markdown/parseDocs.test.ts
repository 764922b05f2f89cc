import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../tests/corpus';
import { linkDocs } from './linkDocs';
import { applyDocsToServices } from '../model/applyDocs';
import { parseDocs } from './parseDocs';
import { MAX_PAGE_CHARS } from './parseMarkdown';

const sample = fs.readFileSync(path.join(repoRoot, 'samples/shopfront/docs/architecture.md'), 'utf8');
const shopIds = ['proxy', 'web', 'api', 'worker', 'scheduler', 'migrator', 'db', 'cache', 'adminer'].map((name) => ({ name }));

describe('parseDocs on the shopfront sample', () => {
  const { value, diagnostics } = parseDocs([{ path: 'docs/architecture.md', text: sample }, { path: 'compose.yaml', text: 'services: {}' }]);
  const page = value.pages[0];

  it('reads only Markdown files, with sections, anchors and the flowchart', () => {
    expect(diagnostics).toEqual([]);
    expect(value.pages).toHaveLength(1);
    expect(page.title).toBe('Shopfront architecture');
    expect(page.sections.map((s) => s.anchor)).toEqual(['shopfront-architecture', 'services', 'runtime-ownership', 'startup-order', 'request-flow', 'operations']);
    expect(page.mermaid[0].flowchart?.subgraphs[0]).toMatchObject({ id: 'backend', title: 'Backend network' });
    expect(page.mermaid[0].section.anchor).toBe('request-flow');
  });

  it('links roles, images, ports, ownership and stated dependencies with their conditions', () => {
    const links = linkDocs(value, shopIds);
    expect(links.services.db.role).toBe('PostgreSQL 16, the system of record');
    expect(links.services.db.stated.images[0]).toMatchObject({ value: 'postgres:16-alpine', source: { file: 'docs/architecture.md', line: 16 } });
    expect(links.services.proxy.stated.ports.map((p) => p.value)).toEqual(['80', '443']);
    expect(links.services.db.notes.find((n) => n.kind === 'ownership')).toMatchObject({ anchor: 'runtime-ownership', text: 'orders, customers and durable import state' });
    const api = links.services.api.dependsOn.filter((d) => d.origin === 'docs');
    expect(api.map((d) => [d.service, d.condition])).toEqual([['db', 'service_healthy'], ['migrator', 'service_completed_successfully']]);
    expect(links.services.proxy.dependsOn.find((d) => d.origin === 'docs')).toMatchObject({ service: 'api', condition: 'service_healthy', source: { line: 32 } });
    expect(links.services.web.dependsOn.some((d) => d.origin === 'mermaid' && d.service === 'api')).toBe(true);
  });

  it('makes docs-only services only of deployable units, never of the shopper or every code span', () => {
    const links = linkDocs(value, shopIds);
    expect(links.docsOnly.map((d) => d.name)).toEqual(['search']);
    expect(links.mentions['docs/architecture.md'].some((m) => m.service === 'adminer' && m.source.line === 56)).toBe(true);
  });

  it('merges into services and appends docs-only ones', () => {
    const base = shopIds.map((s) => ({
      name: s.name, origin: ['compose' as const], image: null, ports: [], dependsOn: [], networks: [], volumes: [], healthcheck: null,
      oneShot: false, oneShotReason: null, profiles: [], active: true, role: null, notes: [], sources: [], facts: {}, restart: null,
      containerName: null, hostname: null, command: null, environment: {}, stated: { images: [], ports: [] },
    }));
    const { services } = applyDocsToServices(base, value);
    expect(services.find((s) => s.name === 'db')?.origin).toEqual(['compose', 'docs']);
    expect(services.find((s) => s.name === 'search')).toMatchObject({ origin: ['docs'], role: 'Product search (OpenSearch), hosted outside this stack' });
    expect(base[0].notes).toEqual([]);
  });
});

describe('parseDocs on bad input', () => {
  it('bounds the work on a 5 MB page', () => {
    const para = 'The `api` waits until db is healthy. Some filler text about nothing in particular.\n\n';
    const text = `# Big\n\n${para.repeat(Math.ceil(5_000_000 / para.length))}`;
    const t0 = performance.now();
    const { value, diagnostics } = parseDocs([{ path: 'big.md', text }]);
    const links = linkDocs(value, [{ name: 'api' }, { name: 'db' }]);
    const elapsed = performance.now() - t0;
    expect(diagnostics.map((d) => d.code)).toEqual(['docs-page-too-large']);
    // The work is bounded by what is read (bench/docs.bench.ts measures it; ~0.5 s on a busy machine).
    expect(value.pages[0].root.position?.end.offset).toBeLessThanOrEqual(MAX_PAGE_CHARS);
    expect(links.services.api.dependsOn[0]).toMatchObject({ service: 'db', condition: 'service_healthy' });
    // Generous: test files run in parallel; this only guards against unbounded work.
    expect(elapsed).toBeLessThan(8000);
  });

  it('reads a table with 2,000 rows', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `| svc${i} | role ${i} | img${i}:1 | ${3000 + i} |`).join('\n');
    const { value } = parseDocs([{ path: 't.md', text: `| Service | Role | Image | Port |\n|---|---|---|---|\n${rows}\n` }]);
    expect(value.pages[0].components).toHaveLength(2000);
    const links = linkDocs(value, [{ name: 'svc1999' }]);
    expect(links.services.svc1999).toMatchObject({ role: 'role 1999', stated: { images: [{ value: 'img1999:1' }], ports: [{ value: '4999' }] } });
    expect(links.docsOnly).toHaveLength(1999);
  });

  it('reports a mermaid block that does not parse at its line and reads the rest of the page', () => {
    const text = '# P\n\n```mermaid\nflowchart LR\n  a[oops --> b\n```\n\n| Service | Role |\n|---|---|\n| api | REST |\n';
    const { value, diagnostics } = parseDocs([{ path: 'p.md', text }]);
    expect(diagnostics).toMatchObject([{ code: 'mermaid-syntax', source: { file: 'p.md', line: 5 } }]);
    expect(value.pages[0].mermaid[0].error).toMatch(/never closed/);
    expect(linkDocs(value, [{ name: 'api' }]).services.api.role).toBe('REST');
  });

  it('never carries <script> or javascript: links as live HTML in extracted facts', () => {
    const text = '| Service | Role |\n|---|---|\n| api | <script>alert(1)</script> [x](javascript:alert(1)) REST |\n\n- `db`: <img src=x onerror=alert(1)> store\n';
    const links = linkDocs(parseDocs([{ path: 'x.md', text }]).value, [{ name: 'api' }, { name: 'db' }]);
    const facts = JSON.stringify([links.services.api, links.services.db]);
    expect(facts).not.toMatch(/<script|javascript:|onerror/);
    expect(links.services.api.role).toContain('REST');
  });

  it('reads a page that is not Markdown at all without throwing', () => {
    const binaryish = Array.from({ length: 4000 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join('');
    for (const text of ['', '{"services": {"a": 1}}', binaryish, '\u0000\u0001|||\n|---|\n```mermaid\n']) {
      const { value } = parseDocs([{ path: 'weird.md', text }]);
      expect(value.pages).toHaveLength(1);
      expect(() => linkDocs(value, [{ name: 'a' }])).not.toThrow();
    }
  });
});
