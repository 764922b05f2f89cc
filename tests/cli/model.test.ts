import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { hasCorpus, repoRoot } from '../corpus';
import { runCli } from './cli';
import { oracleCases } from './oracle';

const sample = path.join(repoRoot, 'samples', 'shopfront');

describe('stackmap model on the sample', () => {
  it('prints the model of DESIGN.md with sources, conditions and diagnostics', () => {
    const { status, stdout, stderr } = runCli(['model', 'compose.yaml', 'compose.override.yaml', 'docs/architecture.md'], sample);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const model = JSON.parse(stdout);
    expect(model.version).toBe(1);
    expect(model.files.map((f: { kind: string }) => f.kind)).toEqual(expect.arrayContaining(['compose', 'markdown']));
    const names = model.services.map((s: { name: string }) => s.name);
    expect(names).toEqual(expect.arrayContaining(['proxy', 'web', 'api', 'worker', 'scheduler', 'migrator', 'db', 'cache', 'mailpit', 'adminer']));

    const api = model.services.find((s: { name: string }) => s.name === 'api');
    expect(api.image).toBe('ghcr.io/shopfront/api:1.9.0'); // from .env, beside the first file
    expect(api.sources[0]).toMatchObject({ file: 'compose.yaml', line: expect.any(Number), column: expect.any(Number) });
    const migrator = api.dependsOn.find((d: { service: string; origin: string }) => d.service === 'migrator' && d.origin === 'compose');
    expect(migrator).toMatchObject({ condition: 'service_completed_successfully', required: true, origin: 'compose' });
    expect(migrator.source).toMatchObject({ file: 'compose.yaml' });
    // The override publishes the API port.
    expect(api.ports).toEqual(expect.arrayContaining([expect.objectContaining({ target: 8000, published: '8000', host_ip: '127.0.0.1' })]));
    expect(api.healthcheck).toMatchObject({ interval_s: 10, timeout_s: 3, retries: 5, start_period_s: 20, start_interval_s: 2 });

    const db = model.services.find((s: { name: string }) => s.name === 'db');
    expect(db.volumes).toEqual([expect.objectContaining({ type: 'volume', source: 'pg_data', target: '/var/lib/postgresql/data' })]);
    expect(db.networks).toEqual(['backend']);
    expect(model.services.find((s: { name: string }) => s.name === 'migrator').oneShot).toBe(true);
    expect(model.services.find((s: { name: string }) => s.name === 'adminer').active).toBe(false);
    expect(Array.isArray(model.diagnostics)).toBe(true);
    expect(model.networks.map((n: { name: string }) => n.name)).toEqual(expect.arrayContaining(['edge', 'backend']));
  });

  it('runs from any folder, by its path', () => {
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'stackmap-cli-'));
    const { status, stdout } = runCli(['model', path.join(sample, 'compose.yaml')], elsewhere);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).services.length).toBeGreaterThanOrEqual(9);
  });

  it('reads compose\'s default files when no file is named, as docker compose does', () => {
    const { status, stdout } = runCli(['check', '--format', 'json'], sample);
    expect(status).toBe(0);
    const files = JSON.parse(stdout).diagnostics.map((d: { source?: { file: string } }) => d.source?.file);
    // The override file is read too: its SMTP_HOST is what the inferred-dependency warning is about.
    expect(files).toContain('compose.override.yaml');
    const model = JSON.parse(runCli(['model'], sample).stdout);
    expect(model.files.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['compose.yaml', 'compose.override.yaml', '.env']));

    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'stackmap-cli-'));
    const none = runCli(['startup'], empty);
    expect(none.status).not.toBe(0);
    expect(none.stderr).toMatch(/no configuration file provided/);
  });

  it('reports a missing file plainly', () => {
    const { status, stderr } = runCli(['model', 'no-such-compose.yaml'], sample);
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/no-such-compose\.yaml: no such file/);
  });
});

describe.skipIf(!hasCorpus)('stackmap model on every corpus compose file', () => {
  const cases = oracleCases().filter((c) => c.configPath);
  it.each(cases.map((c) => [c.name, c] as const))('%s: same services as the reference', (_, c) => {
    const args = ['model', ...c.files.flatMap((f) => ['-f', f]), ...c.envFiles.flatMap((f) => ['--env-file', f])];
    const { stdout } = runCli(args, c.dir);
    const model = JSON.parse(stdout);
    const oracle = parse(fs.readFileSync(c.configPath!, 'utf8'));
    // 1.29 ignores --profile in `config` and prints every service; the model keeps inactive ones too.
    const expected = Object.keys(oracle.services ?? {}).sort();
    expect(model.services.filter((s: { origin: string[] }) => s.origin.includes('compose')).map((s: { name: string }) => s.name).sort()).toEqual(expected);
  });
});
