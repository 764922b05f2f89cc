import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WorkspaceFile } from '../types';
import { loadComposeProject } from './loadComposeProject';

const sampleDir = path.resolve(__dirname, '../../../samples/shopfront');
const shopfront: WorkspaceFile[] = ['compose.yaml', 'compose.override.yaml', '.env', 'docs/architecture.md'].map((p) => ({
  path: p,
  text: fs.readFileSync(path.join(sampleDir, p), 'utf8'),
}));
const svc = (config: Record<string, unknown>, name: string) => (config.services as Record<string, Record<string, unknown>>)[name];

describe('loadComposeProject on samples/shopfront', () => {
  const { value, diagnostics } = loadComposeProject(shopfront);

  it('reads compose.yaml then its override, with no diagnostics', () => {
    expect(diagnostics).toEqual([]);
    expect(value.composeFiles).toEqual(['compose.yaml', 'compose.override.yaml']);
    expect(value.name).toBe('shopfront');
  });

  it('interpolates from .env and keeps defaults for unset variables', () => {
    expect(svc(value.config, 'web').image).toBe('ghcr.io/shopfront/web:1.9.0');
    expect(svc(value.config, 'db').environment).toMatchObject({ POSTGRES_PASSWORD: 'shop-dev-password' });
  });

  it('expands merge-key anchors and merges the override by key', () => {
    expect(svc(value.config, 'api').environment).toEqual({
      PORT: '8000',
      DATABASE_URL: 'postgres://shop:shop-dev-password@db:5432/shop',
      REDIS_URL: 'redis://cache:6379/0',
      LOG_LEVEL: 'debug',
      SMTP_HOST: 'mailpit',
    });
    expect(svc(value.config, 'worker').environment).toMatchObject({ LOG_LEVEL: 'info' });
    expect(svc(value.config, 'api').ports).toEqual([{ mode: 'ingress', host_ip: '127.0.0.1', target: 8000, published: '8000', protocol: 'tcp' }]);
    expect(svc(value.config, 'mailpit').image).toBe('axllent/mailpit:v1.21');
  });

  it('normalizes short syntax to the canonical long form', () => {
    expect(svc(value.config, 'web').depends_on).toEqual({ api: { condition: 'service_started', required: true } });
    expect(svc(value.config, 'proxy').networks).toEqual({ edge: null });
    expect(svc(value.config, 'db').volumes).toEqual([{ type: 'volume', source: 'pg_data', target: '/var/lib/postgresql/data', volume: {} }]);
    expect(svc(value.config, 'proxy').volumes).toEqual([
      { type: 'bind', source: './proxy/nginx.conf', target: '/etc/nginx/nginx.conf', read_only: true, bind: { create_host_path: true } },
    ]);
    expect(svc(value.config, 'api').healthcheck).toEqual({
      test: ['CMD', 'wget', '-qO-', 'http://localhost:8000/healthz'],
      interval: '10s',
      timeout: '3s',
      retries: 5,
      start_period: '20s',
      start_interval: '2s',
    });
    expect(value.config.networks).toEqual({ edge: { name: 'shopfront_edge' }, backend: { name: 'shopfront_backend' } });
    expect(value.config.volumes).toEqual({ pg_data: { name: 'shopfront_pg_data' }, redis_data: { name: 'shopfront_redis_data' } });
  });

  it('leaves the debug profile out unless asked for', () => {
    expect(Object.keys(value.config.services as object)).not.toContain('adminer');
    expect(Object.keys(value.inactive)).toEqual(['adminer']);
    const withDebug = loadComposeProject(shopfront, { profiles: ['debug'] });
    expect(Object.keys(withDebug.value.config.services as object)).toContain('adminer');
    expect(withDebug.value.activeProfiles).toEqual(['debug']);
    const all = loadComposeProject(shopfront, { profiles: ['*'] });
    expect(all.value.inactive).toEqual({});
  });

  it('keeps provenance for every fact the app shows', () => {
    const p = value.provenance;
    expect(p['/services/api']).toMatchObject({ source: { file: 'compose.yaml', line: 35, column: 3 }, mergedWith: [{ file: 'compose.override.yaml', line: 4 }] });
    expect(p['/services/api/image'].source).toEqual({ file: 'compose.yaml', line: 36, column: 5 });
    expect(p['/services/api/ports/0'].source).toEqual({ file: 'compose.override.yaml', line: 5, column: 9 });
    expect(p['/services/api/depends_on/db'].source).toEqual({ file: 'compose.yaml', line: 41, column: 7 });
    expect(p['/services/web/depends_on/api'].source).toEqual({ file: 'compose.yaml', line: 31, column: 9 });
    expect(p['/services/api/healthcheck'].source).toEqual({ file: 'compose.yaml', line: 47, column: 5 });
    expect(p['/services/api/networks/backend'].source).toEqual({ file: 'compose.yaml', line: 54, column: 22 });
    expect(p['/services/db/volumes/0'].source).toEqual({ file: 'compose.yaml', line: 101, column: 9 });
    expect(p['/services/api/environment/LOG_LEVEL']).toEqual({
      source: { file: 'compose.override.yaml', line: 7, column: 7 },
      overrides: [{ file: 'compose.yaml', line: 8, column: 3 }],
    });
    // A value from an anchor points where the anchor writes it.
    expect(p['/services/worker/environment/REDIS_URL'].source).toEqual({ file: 'compose.yaml', line: 7, column: 3 });
    expect(p['/networks/backend'].source).toEqual({ file: 'compose.yaml', line: 135, column: 3 });
    expect(p['/volumes/redis_data'].source).toEqual({ file: 'compose.yaml', line: 139, column: 3 });
    expect(p['/services/adminer/ports/0'].source).toEqual({ file: 'compose.yaml', line: 128, column: 9 });
  });

  it('reports a missing required variable at its line', () => {
    const noEnv = shopfront.filter((f) => f.path !== '.env');
    const r = loadComposeProject(noEnv);
    const err = r.diagnostics.find((d) => d.severity === 'error');
    expect(err).toMatchObject({ code: 'interpolation', source: { file: 'compose.yaml', line: 98 } });
    expect(err!.message).toContain('POSTGRES_PASSWORD');
    expect(err!.message).toContain('set POSTGRES_PASSWORD in .env');
    expect(r.diagnostics.filter((d) => d.code === 'unset-variable').map((d) => d.message.split(' ')[2])).toEqual(['POSTGRES_PASSWORD']);
    expect(svc(r.value.config, 'web').image).toBe('ghcr.io/shopfront/web:1.8.2');
  });

  it('lets the process environment win over .env', () => {
    const r = loadComposeProject(shopfront, { environment: { SHOPFRONT_VERSION: '2.0.0' } });
    expect(svc(r.value.config, 'api').image).toBe('ghcr.io/shopfront/api:2.0.0');
  });

  it('turns YAML errors into diagnostics with file:line:col', () => {
    const r = loadComposeProject([{ path: 'compose.yaml', text: 'services:\n  web:\n    image: [unclosed\n' }]);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', code: 'yaml-syntax', source: { file: 'compose.yaml' } });
    expect(r.diagnostics[0].source!.line).toBeGreaterThanOrEqual(3);
  });
});
