// The analysis on real inputs: the shipped sample, and every compose stack in the shared corpus,
// read through the model the app builds. Both skip cleanly when their inputs are absent.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, hasCorpus, repoRoot } from '../../../tests/corpus';
import type { LoadOptions, Model, WorkspaceFile } from '../types';
import { analyzeChecks } from './checks';
import { analyzeStartup } from './startup';

const sampleDir = path.join(repoRoot, 'samples', 'shopfront');
const hasSample = fs.existsSync(path.join(sampleDir, 'compose.yaml'));
const hasBuildModel = fs.existsSync(path.join(repoRoot, 'src', 'core', 'model', 'buildModel.ts'));

async function build(files: WorkspaceFile[], options: LoadOptions = {}): Promise<Model> {
  const { buildModel } = await import('../model/buildModel');
  return buildModel(files, options).value;
}

function readTree(dir: string, limit = 2_000_000): WorkspaceFile[] {
  const out: WorkspaceFile[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile() && !entry.name.startsWith('oracle') && fs.statSync(path.join(dir, p)).size < limit) {
        out.push({ path: p, text: fs.readFileSync(path.join(dir, p), 'utf8') });
      }
    }
  };
  walk('');
  return out;
}

const CODES = new Set([
  'missing-dependency', 'dependency-cycle', 'inactive-dependency', 'healthcheck-missing', 'healthcheck-disabled',
  'completion-on-long-running', 'inferred-dependency-unordered', 'inferred-dependency-inactive', 'duplicate-host-port',
  'undefined-network', 'undefined-volume', 'docs-service-missing', 'docs-service-external', 'docs-dependency-missing', 'docs-image-drift', 'docs-port-drift',
]);

/** What must hold for any model: checked on every corpus stack. */
function expectConsistent(model: Model, files: WorkspaceFile[]) {
  const plan = analyzeStartup(model);
  const expected = model.services.filter((s) => s.active && s.origin.includes('compose')).map((s) => s.name).sort();
  expect(plan.waves.flat().sort()).toEqual(expected);
  const entries = new Map(plan.services.map((e) => [e.name, e]));
  for (const e of plan.services) {
    for (const w of e.waitsFor) {
      expect(e.createdAt.min_s).toBeGreaterThanOrEqual(w.metAt.min_s);
      expect(e.createdAt.max_s).toBeGreaterThanOrEqual(w.metAt.max_s);
      expect(entries.get(w.service)!.wave).toBeLessThan(e.wave);
      expect(w.explanation).toMatch(/^waits for /);
    }
    expect(e.readyAt.min_s).toBeLessThanOrEqual(e.readyAt.assumed_s);
    expect(e.readyAt.assumed_s).toBeLessThanOrEqual(e.readyAt.max_s);
    expect(e.criticalPath.at(-1)).toBe(e.name);
  }
  const paths = new Set(files.map((f) => f.path));
  for (const d of analyzeChecks(model)) {
    expect(CODES.has(d.code), d.code).toBe(true);
    expect(d.service).toBeTruthy();
    expect(d.source, d.message).not.toBeNull();
    expect(paths.has(d.source!.file), d.source!.file).toBe(true);
    expect(d.source!.line).toBeGreaterThanOrEqual(1);
  }
  return plan;
}

describe.skipIf(!hasSample || !hasBuildModel)('the shopfront sample', () => {
  const files = ['compose.yaml', 'compose.override.yaml', '.env', 'docs/architecture.md'].map((p) => ({
    path: p,
    text: hasSample ? fs.readFileSync(path.join(sampleDir, p), 'utf8') : '',
  }));

  it('starts in the order compose runs it, with the migrator on the critical path', async () => {
    const plan = expectConsistent(await build(files), files);
    expect(plan.waves).toEqual([['db', 'cache', 'mailpit'], ['migrator'], ['api', 'worker', 'scheduler'], ['web'], ['proxy']]);
    expect(plan.criticalPath).toEqual(['db', 'migrator', 'api', 'proxy']);
    expect(plan.cycles).toEqual([]);
    // db: start 1 s, first probe after start_interval 5 s → 6 s; migrator runs 10 s → 17 s;
    // api starts at 18 s, first probe 2 s → healthy at 20 s; proxy starts 1 s later.
    expect(plan.readyAt).toMatchObject({ min_s: 21, assumed_s: 21 });
    const api = plan.services.find((e) => e.name === 'api')!;
    expect(api.waitsFor.find((w) => w.service === 'db')!.explanation).toContain('worst case 10 + 10 × (5 + 5) = 110 s');
  });

  it('finds the undeclared mail catcher and the service only the docs know', async () => {
    const checks = analyzeChecks(await build(files));
    expect(checks.map((d) => [d.code, d.severity, d.service, d.source?.file])).toEqual([
      ['inferred-dependency-unordered', 'warning', 'api', 'compose.override.yaml'],
      // The sample's docs say search is "hosted outside this stack": a note, not a warning.
      ['docs-service-external', 'info', 'search', 'docs/architecture.md'],
    ]);
  });

  it('reports docs that contradict compose, citing both', async () => {
    const docs = files[3].text.replace('| postgres:16-alpine | 5432 |', '| postgres:15-alpine | 5433 |');
    const checks = analyzeChecks(await build([...files.slice(0, 3), { path: 'docs/architecture.md', text: docs }]));
    const drift = checks.filter((d) => d.code.startsWith('docs-') && d.service === 'db');
    expect(drift.map((d) => d.code)).toEqual(['docs-image-drift', 'docs-port-drift']);
    expect(drift[0].related).toEqual([expect.objectContaining({ file: 'compose.yaml' })]);
  });

  it('adds profile services when their profile is on', async () => {
    const plan = analyzeStartup(await build(files, { profiles: ['debug'] }));
    expect(plan.waves[1]).toContain('adminer');
  });
});

const stacks: { name: string; dir: string; composeFiles: string[]; envFiles?: string[] }[] = [];
if (hasCorpus) {
  const visit = (dir: string) => {
    for (const note of fs.readdirSync(dir).filter((f) => /^oracle.*\.notes\.txt$/.test(f))) {
      const command = fs.readFileSync(path.join(dir, note), 'utf8').match(/^command: (.*)$/m)?.[1] ?? '';
      const composeFiles = [...command.matchAll(/-f (\S+)/g)].map((m) => m[1]);
      const envFiles = [...command.matchAll(/--env-file (\S+)/g)].map((m) => m[1]);
      if (composeFiles.length) stacks.push({ name: `${path.relative(corpusDir, dir)} (${note})`, dir, composeFiles, envFiles: envFiles.length ? envFiles : undefined });
    }
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory() && dir.endsWith('awesome-compose')) visit(path.join(dir, entry.name));
  };
  for (const entry of fs.readdirSync(path.join(corpusDir, 'compose'), { withFileTypes: true })) {
    if (entry.isDirectory()) visit(path.join(corpusDir, 'compose', entry.name));
  }
}

describe.skipIf(!hasCorpus || !hasBuildModel)('every compose stack in the corpus', () => {
  it('found the stacks', () => expect(stacks.length).toBeGreaterThan(40));

  it.each(stacks)('$name', async ({ dir, composeFiles, envFiles }) => {
    const files = readTree(dir).filter((f) => composeFiles.includes(f.path) || !/\.ya?ml$/.test(f.path) || f.path.includes('/'));
    const model = await build(files, { composeFiles, envFiles, missingFiles: 'warning' });
    expectConsistent(model, files);
  });

  it('times the voting app by its healthchecks', async () => {
    const dir = path.join(corpusDir, 'compose', 'example-voting-app');
    const files = readTree(dir);
    const plan = analyzeStartup(await build(files, { composeFiles: ['docker-compose.yml'] }));
    expect(plan.waves[0]).toEqual(expect.arrayContaining(['redis', 'db']));
    // redis and db: first probe after a 5 s interval, 1 s after start.
    expect(plan.services.find((e) => e.name === 'worker')!.startAt.min_s).toBe(7);
  });
});
