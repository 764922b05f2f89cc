import { describe, expect, it } from 'vitest';
import { analyzeChecks } from './checks';
import { sameImage } from './checkDrift';
import { publishedPorts } from './checkResources';
import { at, dep, healthcheck, model, service } from './testing';

const codes = (m: Parameters<typeof analyzeChecks>[0]) => analyzeChecks(m).map((d) => [d.code, d.severity, d.service]);
const docs = (line: number) => at(line, 'docs/architecture.md', 1);

describe('analyzeChecks: depends_on', () => {
  it('reports a dependency on a service that does not exist, unless it is not required', () => {
    const m = model([
      service('api', { dependsOn: [dep('dbb', 'service_started', { source: at(12) }), dep('extra', 'service_started', { required: false })] }),
    ]);
    const [missing, optional] = analyzeChecks(m);
    expect(missing).toMatchObject({ severity: 'error', code: 'missing-dependency', service: 'api', source: at(12) });
    expect(missing.message).toContain('no compose file defines a service called dbb');
    expect(optional).toMatchObject({ severity: 'info', code: 'missing-dependency' });
  });

  it('names every service on a cycle and cites each depends_on line', () => {
    const m = model([
      service('a', { dependsOn: [dep('b', 'service_started', { source: at(5) })] }),
      service('b', { dependsOn: [dep('c', 'service_started', { source: at(9) })] }),
      service('c', { dependsOn: [dep('a', 'service_started', { source: at(13) })] }),
    ]);
    const [cycle] = analyzeChecks(m);
    expect(cycle).toMatchObject({ code: 'dependency-cycle', severity: 'error', service: 'a', source: at(5), related: [at(9), at(13)] });
    expect(cycle.message).toContain('a → b → c → a');
  });

  it('warns on service_healthy without a healthcheck and fails on a disabled one', () => {
    const m = model([
      service('db'),
      service('cache', { healthcheck: healthcheck({ disable: true, source: at(30) }) }),
      service('api', { dependsOn: [dep('db', 'service_healthy'), dep('cache', 'service_healthy')] }),
    ]);
    const ds = analyzeChecks(m);
    expect(ds.map((d) => [d.code, d.severity])).toEqual([
      ['healthcheck-missing', 'warning'],
      ['healthcheck-disabled', 'error'],
    ]);
    expect(ds[0].message).toContain('The image may define one');
    expect(ds[1].related).toEqual([at(30)]);
  });

  it('reports a dependency on a service only in an inactive profile', () => {
    const m = model([
      service('adminer', { active: false, profiles: ['debug'] }),
      service('api', { dependsOn: [dep('adminer')] }),
      service('off', { active: false, dependsOn: [dep('nothing')] }),
    ]);
    expect(codes(m)).toEqual([['inactive-dependency', 'error', 'api']]);
    expect(analyzeChecks(m)[0].message).toContain('profiles: debug');
  });

  it('warns when service_completed_successfully waits on a service that restarts forever', () => {
    const m = model([
      service('migrator', { restart: 'always' }),
      service('api', { dependsOn: [dep('migrator', 'service_completed_successfully')] }),
    ]);
    expect(codes(m)).toEqual([['completion-on-long-running', 'warning', 'api']]);
  });

  it('warns when an inferred dependency has no depends_on path, and not when one exists', () => {
    const m = model([
      service('db'),
      service('migrator', { dependsOn: [dep('db')] }),
      service('api', { environment: { DATABASE_URL: 'postgres://db:5432/x' }, dependsOn: [dep('migrator')] }),
      service('worker', { environment: { DB_HOST: 'db' }, facts: { 'environment.DB_HOST': { source: at(77), overrides: [] } } }),
    ]);
    const ds = analyzeChecks(m);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'inferred-dependency-unordered', severity: 'warning', service: 'worker', source: at(77) });
    expect(ds[0].message).toContain('worker talks to db (DB_HOST)');
  });
});

describe('analyzeChecks: ports, networks, volumes', () => {
  const port = (published: string | null, target: number, line: number, host_ip: string | null = null) => ({
    published, target, protocol: 'tcp', host_ip, source: at(line),
  });

  it('reports a host port published twice with both sources', () => {
    const m = model([
      service('proxy', { ports: [port('80', 80, 14), port('8000-8010', 8000, 15)] }),
      service('web', { ports: [port('80', 3000, 30), port('8005', 8005, 31, '127.0.0.1'), port(null, 9000, 32)] }),
      service('local', { ports: [port('443', 443, 40, '127.0.0.1')] }),
      service('other', { ports: [port('443', 443, 50, '127.0.0.2')] }),
    ]);
    const ds = analyzeChecks(m);
    expect(ds.map((d) => [d.code, d.source, d.related])).toEqual([
      ['duplicate-host-port', at(30), [at(14)]],
      ['duplicate-host-port', at(31), [at(15)]],
    ]);
    expect(ds[0].message).toContain('Host port 80/tcp is published by proxy and web');
  });

  it('reports networks and named volumes the top level does not define', () => {
    const m = model(
      [
        service('api', {
          networks: ['backend', 'default', 'edge'],
          volumes: [
            { type: 'volume', source: 'pg_data', target: '/data', read_only: false },
            { type: 'volume', source: 'nope', target: '/x', read_only: false },
            { type: 'bind', source: './conf', target: '/conf', read_only: true },
            { type: 'volume', source: null, target: '/anon', read_only: false },
          ],
          facts: { 'volumes.1': { source: at(44), overrides: [] } },
        }),
      ],
      { networks: [{ name: 'backend', external: false, sources: [] }], volumes: [{ name: 'pg_data', external: false, sources: [] }] },
    );
    const ds = analyzeChecks(m);
    expect(ds.map((d) => [d.code, d.source])).toEqual([
      ['undefined-network', at(1)],
      ['undefined-volume', at(44)],
    ]);
  });

  it('reads published port ranges', () => {
    expect(publishedPorts('8000-8002')).toEqual([8000, 8001, 8002]);
    expect(publishedPorts('${PORT}')).toEqual([]);
    expect(publishedPorts(null)).toEqual([]);
  });
});

describe('analyzeChecks: docs against compose', () => {
  it('reports a service only the docs describe, a stated dependency compose lacks, and contradicted images and ports', () => {
    const m = model([
      service('search', { origin: ['docs'], sources: [docs(18)] }),
      service('db', {
        image: 'postgres:16-alpine',
        ports: [{ published: '5432', target: 5432, protocol: 'tcp', host_ip: '127.0.0.1', source: at(60) }],
        stated: {
          images: [{ value: 'postgres:15-alpine', source: docs(16) }, { value: 'postgres', source: docs(40) }],
          ports: [{ value: '5432', source: docs(16) }, { value: '5433', source: docs(17) }],
        },
        facts: { image: { source: at(55), overrides: [] } },
      }),
      service('cache', { ports: [], stated: { images: [], ports: [{ value: '6379', source: docs(19) }] } }),
      service('api', {
        sources: [at(30)],
        dependsOn: [
          dep('db', 'service_started', { origin: 'mermaid', source: docs(50) }),
          dep('cache', 'service_started', { origin: 'docs', source: docs(60) }),
          dep('cache', 'service_started', { origin: 'mermaid', source: docs(61) }),
          dep('search', 'service_started', { origin: 'mermaid', source: docs(62) }),
          dep('migrator'),
        ],
      }),
      service('migrator', { dependsOn: [dep('db')] }),
    ]);
    const ds = analyzeChecks(m);
    expect(ds.map((d) => [d.code, d.service, d.source, d.related])).toEqual([
      ['docs-service-missing', 'search', docs(18), undefined],
      ['docs-image-drift', 'db', docs(16), [at(55)]],
      ['docs-port-drift', 'db', docs(17), [at(60)]],
      ['docs-dependency-missing', 'api', docs(60), [docs(61), at(30)]],
    ]);
    expect(ds.every((d) => d.severity === 'warning')).toBe(true);
    expect(ds[1].message).toBe(
      "The docs give db's image as postgres:15-alpine (docs/architecture.md:16), but compose runs postgres:16-alpine (compose.yaml:55). Update whichever is out of date.",
    );
  });

  it('notes, rather than warns about, a docs-only service the docs say runs elsewhere', () => {
    const m = model([
      service('api', { sources: [at(30)] }),
      service('search', { origin: ['docs'], sources: [docs(18)], role: 'Product search (OpenSearch), hosted outside this stack' }),
      service('billing', { origin: ['docs'], sources: [docs(19)], role: 'Invoices, a third-party SaaS' }),
      service('ledger', { origin: ['docs'], sources: [docs(20)], role: 'Double-entry bookkeeping' }),
    ]);
    expect(analyzeChecks(m).map((d) => [d.code, d.severity, d.service])).toEqual([
      ['docs-service-external', 'info', 'search'],
      ['docs-service-external', 'info', 'billing'],
      ['docs-service-missing', 'warning', 'ledger'],
    ]);
  });

  it('compares images the way registries name them', () => {
    expect(sameImage('ghcr.io/shopfront/api', 'ghcr.io/shopfront/api:1.9.0')).toBe(true);
    expect(sameImage('docker.io/library/redis:7.4-alpine', 'redis:7.4-alpine')).toBe(true);
    expect(sameImage('localhost:5000/app', 'localhost:5000/app:2')).toBe(true);
    expect(sameImage('redis:7', 'redis:7.4-alpine')).toBe(false);
    expect(sameImage('nginx', 'caddy')).toBe(false);
    expect(sameImage('PostgreSQL 16', 'postgres:16')).toBe(true); // not an image reference: no claim
  });

  it('stays quiet when the workspace has no compose file', () => {
    expect(analyzeChecks(model([service('search', { origin: ['docs'] })]))).toEqual([]);
  });
});

describe('analyzeChecks on bad input', () => {
  it('does not throw on empty or odd models', () => {
    expect(analyzeChecks(model([]))).toEqual([]);
    const odd = service('x', { sources: [], dependsOn: [dep('x', 'service_healthy', { source: null })], ports: [{ published: 'abc', target: 1, protocol: '', host_ip: null }] });
    expect(() => analyzeChecks(model([odd, odd]))).not.toThrow();
  });
});
