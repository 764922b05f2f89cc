import { readdirSync } from 'node:fs';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

// The layers of DESIGN.md, checked on what each file loads at run time (esbuild's view of the
// source, with types erased): `src/core` and `src/graph` run unchanged in the page, the worker,
// the CLI and the tests, so they load no UI package and nothing of Node's.
type Layer = 'core' | 'graph' | 'worker' | 'app' | 'cli';

const UI_PACKAGES = ['react', 'react-dom', '@xyflow/react', 'zustand', 'mermaid', 'html-to-image', 'dompurify'];

const RULES: Record<Layer, { layers: Layer[]; forbidden: (pkg: string) => boolean }> = {
  core: { layers: ['core'], forbidden: (pkg) => UI_PACKAGES.includes(pkg) || pkg === 'elkjs' || pkg.startsWith('node:') },
  // The graph builders make xyflow-shaped nodes (their types), and run in the worker too.
  graph: { layers: ['core', 'graph'], forbidden: (pkg) => UI_PACKAGES.includes(pkg) || pkg === 'elkjs' || pkg.startsWith('node:') },
  worker: { layers: ['core', 'graph', 'worker'], forbidden: (pkg) => UI_PACKAGES.includes(pkg) || pkg.startsWith('node:') },
  // The page speaks the worker's protocol and unpacks what it sends.
  app: { layers: ['core', 'graph', 'worker', 'app'], forbidden: (pkg) => pkg.startsWith('node:') },
  cli: { layers: ['core', 'cli'], forbidden: (pkg) => UI_PACKAGES.includes(pkg) },
};

const layerOf = (file: string) => file.split('/')[1] as Layer;
const packageOf = (path: string) => (path.startsWith('node:') ? path : path.split('/').slice(0, path.startsWith('@') ? 2 : 1).join('/'));

/** What files of `layer` load that their layer may not, as "file → import". */
function violations(inputs: Metafile['inputs'], layer: Layer): string[] {
  const { layers, forbidden } = RULES[layer];
  const wrong: string[] = [];
  for (const [file, input] of Object.entries(inputs)) {
    if (!file.startsWith(`src/${layer}/`)) continue;
    for (const { path, external } of input.imports) {
      if (external ? forbidden(packageOf(path)) : !layers.includes(layerOf(path))) wrong.push(`${file} → ${path}`);
    }
  }
  return wrong;
}

let inputs: Metafile['inputs'];

beforeAll(async () => {
  const sources = readdirSync('src', { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => `src/${f.split('\\').join('/')}`);
  const result = await build({
    entryPoints: sources,
    bundle: true,
    write: false,
    metafile: true,
    outdir: 'layers',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
    loader: { '.css': 'empty' },
    // Vite's own imports (`?url`, `?worker`) are assets, not code of a layer.
    plugins: [{ name: 'vite-queries', setup: (b) => b.onResolve({ filter: /\?/ }, (a) => ({ path: a.path, external: true })) }],
  });
  inputs = result.metafile.inputs;
});

describe('layers', () => {
  it('sees every layer', () => {
    const seen = new Set(Object.keys(inputs).filter((f) => f.startsWith('src/')).map(layerOf));
    expect([...seen].sort()).toEqual(Object.keys(RULES).sort());
  });

  it.each(Object.keys(RULES) as Layer[])('%s loads only what its layer may', (layer) => {
    expect(violations(inputs, layer)).toEqual([]);
  });

  it('names each import that breaks a rule', () => {
    const made: Metafile['inputs'] = {
      'src/core/a.ts': {
        bytes: 0,
        imports: [
          { path: 'src/core/b.ts', kind: 'import-statement', original: './b' },
          { path: 'src/app/store.ts', kind: 'import-statement', original: '../app/store' },
          { path: 'react', kind: 'import-statement', external: true },
          { path: 'node:fs', kind: 'import-statement', external: true },
          { path: 'yaml', kind: 'import-statement', external: true },
        ],
      },
      'src/worker/w.ts': { bytes: 0, imports: [{ path: '@xyflow/react/dist/esm/index.js', kind: 'import-statement', external: true }] },
    };
    expect(violations(made, 'core')).toEqual(['src/core/a.ts → src/app/store.ts', 'src/core/a.ts → react', 'src/core/a.ts → node:fs']);
    expect(violations(made, 'worker')).toEqual(['src/worker/w.ts → @xyflow/react/dist/esm/index.js']);
  });
});
