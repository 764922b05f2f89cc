// @vitest-environment jsdom
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseDocs } from '../../core/markdown/parseDocs';
import { DocsView } from './DocsView';
import { safeHref } from './safeHref';

const page = (text: string, path = 'docs/a.md') => parseDocs([{ path, text }]).value.pages;

describe('DocsView', () => {
  it('renders headings with GitHub anchors, tables, lists and code, with services as chips', () => {
    const html = renderToString(
      <DocsView
        pages={page('# Arch\n\n## Services\n\n| Service | Role |\n|---|---|\n| `db` | store |\n\n- the api talks to db\n\n```sh\necho db\n```\n')}
        knownServices={['db', 'api']}
        focus={null}
        onSelectService={() => {}}
      />,
    );
    expect(html).toContain('id="services"');
    expect(html).toContain('<table class="docs-table">');
    expect(html).toMatch(/<button[^>]*class="docs-chip"[^>]*>db<\/button>/);
    expect(html).toMatch(/<button[^>]*class="docs-chip"[^>]*>api<\/button>/);
    expect(html).toContain('echo db');
  });

  it('never renders javascript: links or live script from the page', () => {
    const html = renderToString(
      <DocsView pages={page('[x](javascript:alert(1)) [ok](https://example.com) [rel](../b.md)\n\n<script>alert(1)</script>\n')} knownServices={[]} focus={null} onSelectService={() => {}} />,
    );
    expect(html).not.toContain('href="javascript');
    expect(html).not.toMatch(/<script>/);
    expect(html).toContain('href="https://example.com"');
    expect(html).toContain('href="../b.md"');
  });

  it('marks the focused line and lists pages when there are several', () => {
    const pages = [...page('# One\n\ntext\n\nsecond para\n', 'a.md'), ...page('# Two\n', 'b.md')];
    const html = renderToString(<DocsView pages={pages} knownServices={[]} focus={{ file: 'a.md', line: 5 }} onSelectService={() => {}} />);
    expect(html).toMatch(/<p data-line="5" class="docs-focus">second para<\/p>/);
    expect(html).toContain('aria-label="Pages"');
  });

  it('shows the mermaid source while the diagram loads', () => {
    const html = renderToString(<DocsView pages={page('```mermaid\nflowchart LR\n a --> b\n```\n')} knownServices={[]} focus={null} onSelectService={() => {}} />);
    expect(html).toContain('docs-mermaid-pending');
  });
});

describe('safeHref', () => {
  it('keeps http(s), mailto and relative links only', () => {
    expect(safeHref('https://x.io')).toBe('https://x.io');
    expect(safeHref('mailto:a@b.c')).toBe('mailto:a@b.c');
    expect(safeHref('./docs/a.md#x')).toBe('./docs/a.md#x');
    expect(safeHref('java\tscript:alert(1)')).toBeNull();
    expect(safeHref(' JavaScript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<b>')).toBeNull();
  });
});
