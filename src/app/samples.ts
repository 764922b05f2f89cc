import type { WorkspaceFile } from '../core/types';

export interface SampleStack {
  id: string;
  title: string;
  load(): Promise<WorkspaceFile[]>;
}

// Imported as raw text and split into their own chunk, so the page does not wait for them.
export const SAMPLES: SampleStack[] = [
  {
    id: 'shopfront',
    title: 'Shopfront: proxy, web, API, workers, migrator, PostgreSQL, Redis',
    load: async () => {
      const [compose, override, env, architecture] = await Promise.all([
        import('../../samples/shopfront/compose.yaml?raw'),
        import('../../samples/shopfront/compose.override.yaml?raw'),
        import('../../samples/shopfront/.env?raw'),
        import('../../samples/shopfront/docs/architecture.md?raw'),
      ]);
      return [
        { path: 'compose.yaml', text: compose.default },
        { path: 'compose.override.yaml', text: override.default },
        { path: '.env', text: env.default },
        { path: 'docs/architecture.md', text: architecture.default },
      ];
    },
  },
];
