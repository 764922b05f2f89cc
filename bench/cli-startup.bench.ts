// CLI start-up as a user feels it: `node bin/stackmap.mjs config -f <file>` as a whole process
// (spawn, load the bundle, read the files, run the pipeline, print), median of several runs after
// a warm-up, against `node -e 0` measured in the same run. The ratio is what to watch (target ≤ 1.5×).
// Rebuilds the CLI bundle first so the figures are for the current source.
// Run: npx tsx bench/cli-startup.bench.ts
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { heading, report } from './harness';
import type { Measurement } from './harness';
import { corpusDir, hasCorpus } from '../tests/corpus';
import { root } from '../scripts/paths.mjs';

const RUNS = 11;
const WARMUP = 2;
const bin = path.join(root, 'bin', 'stackmap.mjs');

function run(args: string[], cwd: string): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`\`node ${args.join(' ')}\` in ${cwd} exited with ${r.status}:\n${r.stderr}`);
  return ms;
}

function measureProcess(name: string, args: string[], cwd: string): Measurement {
  for (let i = 0; i < WARMUP; i++) run(args, cwd);
  const times = Array.from({ length: RUNS }, () => run(args, cwd)).sort((a, b) => a - b);
  const m = { name, median_ms: times[Math.floor(times.length / 2)], min_ms: times[0], max_ms: times[times.length - 1], runs: RUNS };
  report(m);
  return m;
}

heading('CLI start-up (whole process)');
const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-cli.mjs')], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) throw new Error('building the CLI failed');

// The yaml-only process, bundled the way the CLI is: one file, no module resolution at run time.
const yamlOnly = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stackmap-bench-')), 'yaml-only.cjs');
await build({
  stdin: {
    contents: `import fs from 'node:fs';
      import { LineCounter, parseDocument } from 'yaml';
      for (const file of process.argv.slice(2)) {
        parseDocument(fs.readFileSync(file, 'utf8'), { lineCounter: new LineCounter(), merge: true, uniqueKeys: false, prettyErrors: false, version: '1.2' });
      }`,
    resolveDir: root,
    loader: 'js',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: yamlOnly,
  logLevel: 'warning',
});

const stacks: [string, string, string[]][] = [['shopfront sample', path.join(root, 'samples', 'shopfront'), ['config']]];
if (hasCorpus) stacks.push(['sentry-self-hosted', path.join(corpusDir, 'compose', 'sentry-self-hosted'), ['config', '-f', 'docker-compose.yml']]);

// Interleave the baseline with each stack so a busy machine skews both alike.
for (const [name, cwd, args] of stacks) {
  const baseline = measureProcess('node -e 0', ['-e', '0'], cwd);
  const cli = measureProcess(`${name}: stackmap ${args.join(' ')}`, [bin, ...args], cwd);
  console.log(`${name}: stackmap config / node -e 0 = ${(cli.median_ms / baseline.median_ms).toFixed(2)}× (target ≤ 1.5×)`);
  // The floor: a process that only loads `yaml` (bundled into one file, as the CLI bundles it)
  // and parses the same files the way the pipeline does, as any pipeline built on it must.
  const files = args.includes('-f') ? args.filter((_, i) => args[i - 1] === '-f') : ['compose.yaml', 'compose.override.yaml'];
  const script = [yamlOnly, ...files];
  const floor = measureProcess(`${name}: node, yaml parseDocument only`, script, cwd);
  console.log(`${name}: yaml alone / node -e 0 = ${(floor.median_ms / baseline.median_ms).toFixed(2)}×; stackmap config / yaml alone = ${(cli.median_ms / floor.median_ms).toFixed(2)}×`);
}
