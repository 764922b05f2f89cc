import { describe, expect, it } from 'vitest';
import { relativeToCommonFolder } from './workspacePaths';

describe('relativeToCommonFolder', () => {
  it('strips the folder the files share and keeps the rest', () => {
    expect(relativeToCommonFolder(['/home/a/shop/compose.yaml', '/home/a/shop/.env', '/home/a/shop/docs/arch.md'])).toEqual([
      'compose.yaml',
      '.env',
      'docs/arch.md',
    ]);
  });

  it('works on URL paths and Windows paths, and keeps colliding names apart', () => {
    expect(relativeToCommonFolder(['/org/repo/main/compose.yaml'])).toEqual(['compose.yaml']);
    expect(relativeToCommonFolder(['C:\\work\\x\\compose.yaml', 'C:\\work\\y\\.env'])).toEqual(['x/compose.yaml', 'y/.env']);
    expect(relativeToCommonFolder(['/a/compose.yaml', '/a/compose.yaml'])).toEqual(['compose.yaml', 'compose-2.yaml']);
  });
});
