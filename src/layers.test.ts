import { readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

// The layers the README describes, checked on what each file loads at run time: esbuild's view of
// the source, types erased. `src/core` and `src/graph` run unchanged in the page, the worker, the
// CLI and the tests, so they load only the packages listed for them and nothing of Node's.
// (Imports only: a DOM global used without an import is for the type checker to catch.)
type Layer = 'core' | 'graph' | 'worker' | 'app' | 'cli';

interface Rule {
  /** The layers of `src` its files may load. */
  layers: Layer[];
  /** The packages it may load: these, or any of package.json's dependencies. */
  packages: string[] | 'dependencies';
  /** Whether it may load Node's own modules. */
  node?: boolean;
  /** Whether it may load files from outside `src` (Vite's `?raw`): the sample stacks. */
  assets?: boolean;
}

const RULES: Record<Layer, Rule> = {
  core: {
    layers: ['core'],
    packages: ['yaml', 'fflate', 'mdast-util-from-markdown', 'mdast-util-gfm', 'mdast-util-to-string', 'micromark-extension-gfm', 'ajv', 'ajv-formats'],
  },
  // The graph builders make xyflow-shaped nodes (xyflow's types only), in the worker too.
  graph: { layers: ['core', 'graph'], packages: [] },
  worker: { layers: ['core', 'graph', 'worker'], packages: ['elkjs'] },
  // The page speaks the worker's protocol and unpacks what it sends.
  app: { layers: ['core', 'graph', 'worker', 'app'], packages: 'dependencies', assets: true },
  cli: { layers: ['core', 'cli'], packages: [], node: true },
};

const DEPENDENCIES = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }).dependencies);

const layerOf = (file: string) => (file.startsWith('src/') ? (file.split('/')[1] as Layer) : null);
const packageOf = (spec: string) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');
// A file loaded through a Vite query (`./x?raw`): marked external below, under its path from the
// project root.
const isFile = (spec: string) => spec.includes('?');

/** What files of `layer` load that their layer may not, as "file → import". */
function violations(inputs: Metafile['inputs'], layer: Layer): string[] {
  const rule = RULES[layer];
  const allowed = (spec: string) => {
    const fileLayer = layerOf(spec);
    if (fileLayer) return rule.layers.includes(fileLayer);
    if (isFile(spec)) return !!rule.assets;
    if (isBuiltin(spec)) return !!rule.node;
    const pkg = packageOf(spec);
    return (rule.packages === 'dependencies' ? DEPENDENCIES : rule.packages).includes(pkg);
  };
  const wrong: string[] = [];
  for (const [file, input] of Object.entries(inputs)) {
    if (layerOf(file) !== layer) continue;
    for (const { path: spec } of input.imports) if (!allowed(spec)) wrong.push(`${file} → ${spec}`);
  }
  return wrong;
}

let inputs: Metafile['inputs'];

beforeAll(async () => {
  const root = process.cwd();
  const sources = readdirSync('src', { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => `src/${f.split(path.sep).join('/')}`);
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
    plugins: [
      {
        name: 'vite-queries',
        setup: (b) =>
          b.onResolve({ filter: /^\.\.?\/.*\?/ }, ({ path: spec, importer }) => {
            const file = path.resolve(path.dirname(importer), spec.replace(/\?.*$/, ''));
            return { path: `${path.relative(root, file).split(path.sep).join('/')}?${spec.split('?')[1]}`, external: true };
          }),
      },
    ],
  });
  inputs = result.metafile.inputs;
});

describe('layers', () => {
  it('sees every layer', () => {
    const seen = new Set(Object.keys(inputs).map(layerOf).filter(Boolean));
    expect([...seen].sort()).toEqual(Object.keys(RULES).sort());
  });

  it.each(Object.keys(RULES) as Layer[])('%s loads only what its layer may', (layer) => {
    expect(violations(inputs, layer)).toEqual([]);
  });

  it('every package loaded is one package.json declares', () => {
    const loaded = Object.values(inputs).flatMap((input) => input.imports.map((i) => i.path));
    const packages = new Set(loaded.filter((spec) => !layerOf(spec) && !isFile(spec) && !isBuiltin(spec)).map(packageOf));
    expect([...packages].filter((p) => !DEPENDENCIES.includes(p))).toEqual([]);
  });

  it('names each import that breaks a rule', () => {
    const made = (imports: string[]) => ({ bytes: 0, imports: imports.map((p) => ({ path: p, kind: 'import-statement' as const })) });
    const fake: Metafile['inputs'] = {
      'src/core/a.ts': made(['src/core/b.ts', 'src/app/store.ts', 'src/app/store.ts?url', 'react', 'fs', 'node:fs', 'simple-icons', 'yaml', 'samples/x/compose.yaml?raw']),
      'src/worker/w.ts': made(['@xyflow/react/dist/esm/index.js', 'elkjs/lib/elk.bundled.js']),
      'src/app/c.ts': made(['src/cli/main.ts', 'samples/x/compose.yaml?raw', 'react-dom/client']),
    };
    expect(violations(fake, 'core')).toEqual([
      'src/core/a.ts → src/app/store.ts',
      'src/core/a.ts → src/app/store.ts?url',
      'src/core/a.ts → react',
      'src/core/a.ts → fs',
      'src/core/a.ts → node:fs',
      'src/core/a.ts → simple-icons',
      'src/core/a.ts → samples/x/compose.yaml?raw',
    ]);
    expect(violations(fake, 'worker')).toEqual(['src/worker/w.ts → @xyflow/react/dist/esm/index.js']);
    expect(violations(fake, 'app')).toEqual(['src/app/c.ts → src/cli/main.ts']);
  });
});
