import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../tests/corpus';
import type { CliIO } from '../io';
import { check } from './check';
import { startup } from './startup';

const hasSample = fs.existsSync(path.join(repoRoot, 'samples', 'shopfront', 'compose.yaml'));

function io(cwd = repoRoot): CliIO & { out: string; err: string } {
  const result = { out: '', err: '', cwd, env: {} as Record<string, string | undefined>, stdout: (t: string) => void (result.out += t), stderr: (t: string) => void (result.err += t) };
  return result;
}

const sample = ['samples/shopfront/compose.yaml', 'samples/shopfront/compose.override.yaml', 'samples/shopfront/docs/architecture.md'];

describe.skipIf(!hasSample)('stackmap startup', () => {
  it('prints the plan as JSON in the documented shape', async () => {
    const t = io();
    expect(await startup([...sample, '--format', 'json'], t)).toBe(0);
    const plan = JSON.parse(t.out);
    expect(plan.waves).toEqual([['db', 'cache', 'mailpit'], ['migrator'], ['api', 'worker', 'scheduler'], ['web'], ['proxy']]);
    expect(plan.criticalPath).toEqual(['db', 'migrator', 'api', 'proxy']);
    expect(plan.cycles).toEqual([]);
    expect(plan.services[0]).toMatchObject({ name: 'db', startAt: { min_s: 1, max_s: 1 }, readyAt: { min_s: 6, max_s: 111 }, waitsFor: [] });
  });

  it('prints an aligned table, the critical path and the reasons, with paths from where it ran', async () => {
    const t = io();
    expect(await startup([...sample, '--profile', 'debug', '--one-shot-run', '30'], t)).toBe(0);
    const lines = t.out.split('\n');
    expect(lines[0]).toMatch(/^Startup of shopfront: 10 services in 5 waves, ready at 41–229 s/);
    expect(lines[2]).toMatch(/^wave\s+service\s+waits for\s+created\s+started\s+ready$/);
    expect(lines).toContainEqual(expect.stringMatching(/^1 {7}adminer {4}db started {4,}1 s {7}2 s {7}2 s \(running\)$/));
    expect(t.out).toContain('(healthcheck at samples/shopfront/compose.yaml:102)');
    expect(t.out).toContain('Critical path (*): db → migrator → api → proxy');
    expect(t.out).toContain('api waits for db healthy (samples/shopfront/compose.yaml:41)');
  });

  it('rejects unknown formats and assumptions', async () => {
    const t = io();
    expect(await startup([...sample, '--format', 'xml'], t)).toBe(2);
    expect(await startup([...sample, '--healthcheck', 'sometimes'], t)).toBe(2);
    expect(await startup([...sample, '--container-start', 'soon'], t)).toBe(2);
    expect(t.err).toContain('--container-start takes a number of seconds');
  });
});

describe.skipIf(!hasSample)('stackmap check', () => {
  it('prints file:line:col: severity: message [code] and exits 0 without errors', async () => {
    const t = io();
    expect(await check(sample, t)).toBe(0);
    expect(t.out).toContain(
      'samples/shopfront/compose.override.yaml:8:7: warning: api talks to mailpit (SMTP_HOST) but has no depends_on on it',
    );
    expect(t.out).toMatch(/\[inferred-dependency-unordered\]\n {4}see samples\/shopfront\/compose.override.yaml:14:3\n/);
    expect(t.out).toMatch(/0 errors, 2 warnings, 0 notes\n$/);
  });

  it('exits 1 on an error, and prints JSON with counts', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stackmap-check-'));
    fs.writeFileSync(path.join(dir, 'compose.yaml'), 'services:\n  api:\n    image: x\n    depends_on: [dbb]\n');
    const t = io(dir);
    expect(await check(['compose.yaml', '--format', 'json'], t)).toBe(1);
    const { diagnostics, counts } = JSON.parse(t.out);
    expect(counts.error).toBeGreaterThanOrEqual(1);
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: 'missing-dependency', severity: 'error', service: 'api', source: expect.objectContaining({ file: 'compose.yaml', line: 4 }) }),
    );
    fs.rmSync(dir, { recursive: true });
  });
});
