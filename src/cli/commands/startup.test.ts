import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../tests/corpus';
import type { CliIO } from '../io';
import { check } from './check';
import { model } from './model';
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
    // The critical path is printed once; each entry names only its predecessor on it.
    expect(plan.services[0].criticalPath).toBeUndefined();
    const byName = new Map<string, { criticalPredecessor: string | null }>(plan.services.map((e: { name: string; criticalPredecessor: string | null }) => [e.name, e]));
    expect(['db', 'migrator', 'api', 'proxy'].map((n) => byName.get(n)?.criticalPredecessor)).toEqual([null, 'db', 'migrator', 'api']);
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
    // The docs say search runs outside the stack: a note, not a warning.
    expect(t.out).toMatch(/0 errors, 1 warning, 1 note\n$/);
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

describe('stackmap startup --format json on a deep chain', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stackmap-chain-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  /** `n` services in a line, each waiting for the one before it to be healthy. */
  async function chain(n: number): Promise<string> {
    const lines = ['services:'];
    for (let i = 0; i < n; i++) {
      lines.push(`  s${i}:`, '    image: busybox', '    healthcheck: {test: [CMD, "true"], interval: 2s}');
      if (i > 0) lines.push(`    depends_on: {s${i - 1}: {condition: service_healthy}}`);
    }
    const dir = fs.mkdtempSync(path.join(tmp, 'c-'));
    fs.writeFileSync(path.join(dir, 'compose.yaml'), `${lines.join('\n')}\n`);
    const t = io(dir);
    expect(await startup(['compose.yaml', '--format', 'json'], t)).toBe(0);
    return t.out;
  }

  it('grows linearly with the chain, and still names the whole critical path once', async () => {
    const [small, large] = [await chain(1000), await chain(2000)];
    // Twice the services, about twice the bytes (each entry's whole path made it four times).
    expect(large.length / small.length).toBeLessThan(2.2);
    const plan = JSON.parse(large);
    expect(plan.criticalPath).toEqual(Array.from({ length: 2000 }, (_, i) => `s${i}`));
    expect(plan.services[1999]).toMatchObject({ name: 's1999', wave: 1999, criticalPredecessor: 's1998' });
  }, 60_000);
});

describe('dependency problems are reported once', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stackmap-deps-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const codes = (out: string) => (JSON.parse(out).diagnostics as { code: string }[]).map((d) => d.code).filter((c) => c.endsWith('-dependency'));

  it('in check and model, with the analysis wording and the depends_on line', async () => {
    fs.writeFileSync(path.join(tmp, 'compose.yaml'), 'services:\n  api:\n    image: x\n    depends_on: [dbb, dbg]\n  dbg:\n    image: d\n    profiles: [debug]\n');
    const c = io(tmp);
    expect(await check(['compose.yaml', '--format', 'json'], c)).toBe(1);
    expect(codes(c.out)).toEqual(['missing-dependency', 'inactive-dependency']);
    const m = io(tmp);
    expect(await model(['compose.yaml'], m)).toBe(0);
    expect(codes(m.out)).toEqual(['missing-dependency', 'inactive-dependency']);
    const missing = JSON.parse(m.out).diagnostics.find((d: { code: string }) => d.code === 'missing-dependency');
    expect(missing).toMatchObject({ severity: 'error', service: 'api', source: { file: 'compose.yaml', line: 4, column: 18 } });
    expect(missing.message).toMatch(/^api depends on dbb, but no compose file defines a service called dbb: compose will refuse to start\./);
  });
});

describe('usage of the workspace commands', () => {
  it('prints each command\'s usage for --help, and exits 2 with it on a bad flag', async () => {
    for (const [command, name] of [[check, 'check'], [model, 'model'], [startup, 'startup']] as const) {
      const help = io();
      expect(await command(['--help'], help)).toBe(0);
      expect(help.out).toMatch(new RegExp(`^usage: stackmap ${name} \\[FILES…\\]`));
      const bad = io();
      expect(await command(['compose.yaml', '--nope'], bad)).toBe(2);
      expect(bad.err).toMatch(new RegExp(`^stackmap ${name}: unknown option --nope\nusage: stackmap ${name} `));
      const missing = io();
      expect(await command(['--profile'], missing)).toBe(2);
      expect(missing.err).toContain(`stackmap ${name}: --profile needs a value`);
    }
  });
});
