import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { config } from '../../src/cli/commands/config';
import { repoRoot } from '../corpus';

async function run(args: string[], cwd = path.join(repoRoot, 'samples/shopfront'), env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const code = await config(args, { cwd, env, stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

describe('stackmap config', () => {
  it('picks compose.yaml and its override in cwd and prints canonical JSON', async () => {
    const r = await run(['--format', 'json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const cfg = JSON.parse(r.out);
    expect(cfg.name).toBe('shopfront');
    expect(cfg.services.api.environment.LOG_LEVEL).toBe('debug');
    expect(cfg.services.adminer).toBeUndefined();
  });

  it('honours -f, --profile and the process environment', async () => {
    const r = await run(['-f', 'compose.yaml', '--profile', 'debug', '--format', 'json'], undefined, { SHOPFRONT_VERSION: '3.0.0' });
    const cfg = JSON.parse(r.out);
    expect(cfg.services.mailpit).toBeUndefined();
    expect(cfg.services.adminer.image).toBe('adminer:4');
    expect(cfg.services.web.image).toBe('ghcr.io/shopfront/web:3.0.0');
  });

  it('prints errors as file:line:col and exits 1', async () => {
    const r = await run(['-f', 'compose.yaml', '--env-file', 'missing.env']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^compose\.yaml:98:\d+: Required variable POSTGRES_PASSWORD is missing/m);
    expect(r.err).toContain('missing.env');
  });

  it('rejects unknown flags with usage', async () => {
    const r = await run(['--nope']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('usage:');
  });
});
