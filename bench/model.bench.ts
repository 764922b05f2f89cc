// Model building in Node: the whole pipeline (compose, docs, analysis) on the largest corpus
// compose files and on generated stacks, next to `yaml` parsing alone for scale.
import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { buildModel } from '../src/core/model/buildModel';
import type { WorkspaceFile } from '../src/core/types';
import { corpusDir, hasCorpus } from '../tests/corpus';
import { generateStack } from './generateStack';
import { heading, measure } from './harness';

function largestCorpusComposeFiles(count: number): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/compose[^/]*\.ya?ml$/.test(e.name) && !e.name.startsWith('oracle')) found.push(full);
    }
  };
  walk(path.join(corpusDir, 'compose'));
  return found.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size).slice(0, count);
}

// The pipeline caches parsed files by text (the app re-reads unchanged files on every edit), so
// each timed run gets text it has not seen: a comment with the run number at the end.
let run = 0;
const fresh = (files: WorkspaceFile[]): WorkspaceFile[] =>
  files.map((f, i) => (i === 0 ? { path: f.path, text: `${f.text}\n# run ${++run}\n` } : f));

heading('model: whole pipeline in Node (fresh text each run)');
if (hasCorpus) {
  for (const file of largestCorpusComposeFiles(3)) {
    const dir = path.dirname(file);
    const files: WorkspaceFile[] = [{ path: path.basename(file), text: fs.readFileSync(file, 'utf8') }];
    if (fs.existsSync(path.join(dir, '.env'))) files.push({ path: '.env', text: fs.readFileSync(path.join(dir, '.env'), 'utf8') });
    const label = path.relative(corpusDir, file);
    const services = buildModel(files).value.services.length;
    measure(`model ${label} (${services} services, ${(files[0].text.length / 1024).toFixed(1)} KiB)`, () => buildModel(fresh(files)));
  }
} else {
  console.log('(corpus not found beside the repository: corpus figures skipped)');
}
for (const n of [100, 300, 1000]) {
  const text = generateStack(n);
  const files = [{ path: 'compose.yaml', text }];
  const yamlOnly = measure(`yaml parseDocument only, generated ${n} services`, () => parseDocument(fresh(files)[0].text, { lineCounter: new LineCounter() }), 9);
  const whole = measure(`model, generated ${n} services`, () => buildModel(fresh(files)), 9);
  console.log(`  ratio model / yaml parse: ${(whole.median_ms / yamlOnly.median_ms).toFixed(2)}x`);
}
