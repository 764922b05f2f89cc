import { describe, expect, it, vi } from 'vitest';
import { parseDocs } from './parseDocs';

// Stands in for a bug, or the Markdown library giving out on a page it cannot take.
vi.mock('./parseMarkdown', async (original) => {
  const real = await original<typeof import('./parseMarkdown')>();
  return {
    ...real,
    parseMarkdown: (text: string, file: string) => {
      if (file === 'bad.md') throw new RangeError('Maximum call stack size exceeded');
      return real.parseMarkdown(text, file);
    },
  };
});

describe('parseDocs when reading one page fails', () => {
  it('reports internal-error for that page and still reads the others', () => {
    const { value, diagnostics } = parseDocs([{ path: 'bad.md', text: '# Bad\n' }, { path: 'good.md', text: '# Good\n' }]);
    expect(diagnostics).toMatchObject([{ severity: 'error', code: 'internal-error', source: { file: 'bad.md', line: 1, column: 1 }, message: expect.stringMatching(/bad\.md.*Maximum call stack/) }]);
    expect(value.pages.map((p) => [p.path, p.title, p.sections.length])).toEqual([['bad.md', 'bad.md', 0], ['good.md', 'Good', 1]]);
  });
});
