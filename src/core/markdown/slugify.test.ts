import { describe, expect, it } from 'vitest';
import { createSlugger, slugify } from './slugify';

describe('slugify', () => {
  it('follows GitHub: lower-case, punctuation dropped, spaces to dashes', () => {
    expect(slugify('Runtime Ownership')).toBe('runtime-ownership');
    expect(slugify('2.1 Resource Allocation')).toBe('21-resource-allocation');
    expect(slugify('Database: db (PostgreSQL)')).toBe('database-db-postgresql');
    expect(slugify('📦 Deploy Langfuse')).toBe('-deploy-langfuse');
    expect(slugify('snake_case and kebab-case')).toBe('snake_case-and-kebab-case');
  });
  it('deduplicates repeated headings with -1, -2', () => {
    const slug = createSlugger();
    expect(['Persistence', 'Persistence', 'Persistence', 'Persistence-1'].map(slug)).toEqual([
      'persistence', 'persistence-1', 'persistence-2', 'persistence-1-1',
    ]);
  });
});
