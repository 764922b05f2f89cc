import { describe, expect, it } from 'vitest';
import type { WorkspaceFile } from '../types';
import { defaultComposeFiles, isComposeFile, isEnvFile } from './composeFiles';
import { loadComposeProject } from './loadComposeProject';
import { formatDuration, parseDuration, parsePort, splitShellWords } from './shortSyntax';

const services = (files: WorkspaceFile[], opts = {}) => loadComposeProject(files, { projectName: 'p', ...opts });
const svcs = (r: ReturnType<typeof services>) => r.value.config.services as Record<string, Record<string, unknown>>;

describe('compose files', () => {
  it('recognises compose and env files', () => {
    expect(['compose.yaml', 'extensions/fleet/fleet-compose.yml', 'docker-compose.prod.yml'].every(isComposeFile)).toBe(true);
    expect(isComposeFile('docs/architecture.md')).toBe(false);
    expect(['.env', 'prod.env', '.env.local'].every(isEnvFile)).toBe(true);
    expect(isEnvFile('envoy.yaml')).toBe(false);
  });
  it('orders the default file, its override, then the rest', () => {
    expect(defaultComposeFiles(['docker-compose.prod.yml', 'compose.override.yaml', 'compose.yaml', 'README.md'])).toEqual(['compose.yaml', 'compose.override.yaml', 'docker-compose.prod.yml']);
  });
});

describe('short syntax', () => {
  const d: never[] = [];
  it('parses ports with ranges, host ip and protocol', () => {
    const ports = (t: string) => parsePort(t, { file: 'c', line: 1, column: 1 }, d).map((m) => Object.fromEntries([...m.entries].map(([k, e]) => [k, (e.value as { value: unknown }).value])));
    expect(ports('127.0.0.1:8000-8001:80-81/udp')).toEqual([
      { mode: 'ingress', host_ip: '127.0.0.1', target: 80, published: '8000', protocol: 'udp' },
      { mode: 'ingress', host_ip: '127.0.0.1', target: 81, published: '8001', protocol: 'udp' },
    ]);
    expect(ports('9000')).toEqual([{ mode: 'ingress', target: 9000, protocol: 'tcp' }]);
    expect(ports('[::1]:53:53')).toEqual([{ mode: 'ingress', host_ip: '::1', target: 53, published: '53', protocol: 'tcp' }]);
  });
  it('caps the ports a project expands, reporting the item past the budget at its line', () => {
    const lines = Array.from({ length: 10 }, () => '      - "1-65535"\n').join('');
    const started = Date.now();
    const r = services([{ path: 'compose.yaml', text: `services:\n  a:\n    image: x\n    ports:\n      - "1-6000"\n  b:\n    image: y\n    ports:\n      - "7000-12000:7000-12000"\n      - "80"\n    expose: ["1"]\n  c:\n    image: z\n    ports:\n${lines}` }]);
    expect(Date.now() - started).toBeLessThan(2000);
    const tooMany = r.diagnostics.filter((x) => x.code === 'too-many-ports');
    expect(tooMany).toHaveLength(11);
    expect(tooMany[0]).toMatchObject({ severity: 'error', source: { file: 'compose.yaml', line: 9, column: 9 } });
    expect(tooMany[0].message).toContain('5001 ports');
    expect(svcs(r).a.ports).toHaveLength(6000);
    expect(svcs(r).b.ports).toEqual([{ mode: 'ingress', target: 80, protocol: 'tcp' }]);
  });
  it('formats durations as compose does', () => {
    expect(formatDuration(parseDuration('90s')!)).toBe('1m30s');
    expect(formatDuration(parseDuration('1h')!)).toBe('1h0m0s');
    expect(formatDuration(parseDuration('500ms')!)).toBe('500ms');
    expect(parseDuration('ten')).toBeUndefined();
  });
  it('splits shell words', () => {
    expect(splitShellWords(`sh -c "echo 'hi there'" a\\ b`)).toEqual(['sh', '-c', "echo 'hi there'", 'a b']);
  });
});

describe('validation', () => {
  it('names unknown keys and bad enum values at their line', () => {
    const r = services([{ path: 'compose.yaml', text: 'services:\n  web:\n    imagee: x\n    depends_on:\n      db:\n        condition: started\n  db:\n    image: d\n' }]);
    const msgs = r.diagnostics.filter((x) => x.code === 'schema');
    expect(msgs).toMatchObject([
      { message: 'Unknown key `imagee` in service `web`.', source: { line: 3, column: 5 }, service: 'web' },
      { message: '`depends_on.db.condition` in service `web` must be one of service_started, service_healthy, service_completed_successfully.', source: { line: 6, column: 20 } },
    ]);
  });
  it('reports services written as a list', () => {
    const r = services([{ path: 'compose.yaml', text: 'services:\n  - web\n' }]);
    expect(r.diagnostics).toMatchObject([{ code: 'schema', message: '`services` must be a mapping.', source: { line: 2, column: 3 } }]);
  });
});

describe('profiles and dependencies', () => {
  const files = [{ path: 'compose.yaml', text: 'services:\n  app:\n    image: a\n    depends_on: [dbg]\n  dbg:\n    image: d\n    profiles: [debug]\n' }];
  it('for config, reports an active service depending on an inactive one as compose does', () => {
    const r = services(files, { purpose: 'config' });
    expect(r.diagnostics).toMatchObject([{ severity: 'error', code: 'inactive-dependency', service: 'app', source: { line: 4, column: 18 }, related: [{ line: 5, column: 3 }] }]);
    expect(r.diagnostics[0].message).toBe(
      'app depends on dbg, which is only in a profile that is not active (profiles: debug): compose will not start app. ' +
        'Activate the profile, give app the same profile, or mark the dependency required: false.',
    );
  });
  it('for config, reports a dependency on an undefined service; an optional one only warns', () => {
    const text = 'services:\n  app:\n    image: a\n    depends_on:\n      dbb: {condition: service_started}\n      cache: {condition: service_started, required: false}\n';
    const r = services([{ path: 'compose.yaml', text }], { purpose: 'config' });
    expect(r.diagnostics).toMatchObject([
      { severity: 'error', code: 'missing-dependency', service: 'app', source: { line: 5, column: 7 } },
      { severity: 'warning', code: 'missing-dependency', service: 'app', source: { line: 6, column: 7 } },
    ]);
  });
  it('leaves dependencies to the analysis checks for the model, and keeps provenance only there', () => {
    const forModel = services(files);
    expect(forModel.diagnostics).toEqual([]);
    expect(forModel.value.provenance['/services/app/image'].source).toMatchObject({ line: 3, column: 5 });
    const forConfig = services(files, { purpose: 'config' });
    expect(forConfig.value.provenance).toEqual({});
    expect(forConfig.value.config).toEqual(forModel.value.config);
  });
  it('reads COMPOSE_PROFILES from .env', () => {
    const r = services([...files, { path: '.env', text: 'COMPOSE_PROFILES=debug\n' }]);
    expect(r.diagnostics).toEqual([]);
    expect(Object.keys(svcs(r))).toEqual(['app', 'dbg']);
  });
});

describe('service names that are Object.prototype keys', () => {
  const names = ['__proto__', 'constructor', 'toString'];
  const project = (extra: string) => services([{ path: 'compose.yaml', text: `services:\n${names.map((n) => `  ${n}:\n    image: img-${n}\n${extra}`).join('')}` }]);
  const own = (o: object) => names.map((n) => [Object.hasOwn(o, n), (Object.getOwnPropertyDescriptor(o, n)?.value as { image?: string } | undefined)?.image]);
  const expected = names.map((n) => [true, `img-${n}`]);
  it('keeps them as active services', () => {
    const r = project('');
    expect(r.diagnostics).toEqual([]);
    expect(own(r.value.config.services as object)).toEqual(expected);
    expect(Object.getPrototypeOf(r.value.config.services)).toBe(Object.prototype);
  });
  it('keeps them as services of an inactive profile', () => {
    const r = project('    profiles: [debug]\n');
    expect(r.diagnostics).toEqual([]);
    expect(Object.keys(r.value.config.services as object)).toEqual([]);
    expect(Object.keys(r.value.inactive)).toEqual(names);
    expect(own(r.value.inactive)).toEqual(expected);
    expect(Object.getPrototypeOf(r.value.inactive)).toBe(Object.prototype);
    expect(r.value.provenance['/services/__proto__/image'].source).toMatchObject({ line: 3 });
  });
});

describe('include and extends', () => {
  it('extends a service in the same file and in another file, chained', () => {
    const r = services([
      { path: 'compose.yaml', text: 'services:\n  base:\n    image: b\n    environment: {A: "1"}\n  mid:\n    extends: base\n    environment: {B: "2"}\n  top:\n    extends: {service: mid}\n  far:\n    extends: {file: lib/common.yml, service: tmpl}\n' },
      { path: 'lib/common.yml', text: 'services:\n  tmpl:\n    image: t\n    build: ./ctx\n' },
    ]);
    expect(r.diagnostics).toEqual([]);
    expect(svcs(r).top).toMatchObject({ image: 'b', environment: { A: '1', B: '2' } });
    expect(svcs(r).far).toMatchObject({ image: 't', build: { context: './lib/ctx', dockerfile: 'Dockerfile' } });
  });
  it('extends from the same file named in `file`, which is not a cycle', () => {
    const r = services([
      { path: 'compose.yaml', text: 'services:\n  base:\n    image: b\n  web:\n    extends: {file: compose.yaml, service: base}\n  far:\n    extends: {file: lib/common.yml, service: tmpl}\n' },
      { path: 'lib/common.yml', text: 'services:\n  root:\n    image: r\n  tmpl:\n    extends: {file: common.yml, service: root}\n' },
    ]);
    expect(r.diagnostics).toEqual([]);
    expect(svcs(r).web.image).toBe('b');
    expect(svcs(r).far.image).toBe('r');
  });
  it('reports a cycle through a file that names itself', () => {
    const r = services([{ path: 'compose.yaml', text: 'services:\n  a:\n    extends: {file: compose.yaml, service: a}\n' }]);
    expect(r.diagnostics).toMatchObject([{ code: 'extends-cycle', source: { line: 3 } }]);
  });
  it('points variables read from an env_file at their line in that file', () => {
    const r = services([
      { path: 'compose.yaml', text: 'services:\n  web:\n    image: w\n    env_file: conf/web.env\n    environment: {OWN: "1"}\n' },
      { path: 'conf/web.env', text: '# settings\nA=1\n\nexport B=2\n' },
    ]);
    expect(r.diagnostics).toEqual([]);
    expect(svcs(r).web.environment).toEqual({ A: '1', B: '2', OWN: '1' });
    expect(r.value.provenance['/services/web/environment/A'].source).toEqual({ file: 'conf/web.env', line: 2, column: 1 });
    expect(r.value.provenance['/services/web/environment/B'].source).toEqual({ file: 'conf/web.env', line: 4, column: 8 });
  });
  it('reports extends cycles', () => {
    const r = services([{ path: 'compose.yaml', text: 'services:\n  a:\n    image: x\n    extends: b\n  b:\n    image: y\n    extends: a\n' }]);
    expect(r.diagnostics.some((x) => x.code === 'extends-cycle')).toBe(true);
  });
  it('includes files in short and long form with their own project directory and env file', () => {
    const r = services([
      { path: 'compose.yaml', text: 'include:\n  - sub/a.yaml\n  - path: other/b.yaml\n    env_file: other/b.env\nservices:\n  web:\n    image: w\n' },
      { path: 'sub/a.yaml', text: 'services:\n  a:\n    image: a\n    volumes: [./data:/data]\n' },
      { path: 'other/b.yaml', text: 'services:\n  b:\n    image: b:${TAG}\n' },
      { path: 'other/b.env', text: 'TAG=9\n' },
    ]);
    expect(r.diagnostics).toEqual([]);
    expect(svcs(r).a.volumes).toMatchObject([{ type: 'bind', source: './sub/data' }]);
    expect(svcs(r).b.image).toBe('b:9');
  });
  it('interpolates a file read under two includes with each include\'s own variables', () => {
    const r = services([
      { path: 'compose.yaml', text: 'include:\n  - path: sub/one.yaml\n    env_file: sub/one.env\n  - path: sub/two.yaml\n    env_file: sub/two.env\n' },
      { path: 'sub/one.yaml', text: 'services:\n  one:\n    extends: {file: common.yaml, service: tmpl}\n' },
      { path: 'sub/two.yaml', text: 'services:\n  two:\n    extends: {file: common.yaml, service: tmpl}\n' },
      { path: 'sub/common.yaml', text: 'services:\n  tmpl:\n    image: img:${TAG}\n' },
      { path: 'sub/one.env', text: 'TAG=1\n' },
      { path: 'sub/two.env', text: 'TAG=2\n' },
    ]);
    expect(r.diagnostics).toEqual([]);
    expect(svcs(r).one.image).toBe('img:1');
    expect(svcs(r).two.image).toBe('img:2');
  });
  it('reports include cycles and missing files', () => {
    const r = services([
      { path: 'compose.yaml', text: 'include: [a.yaml, missing.yaml]\nservices: {}\n' },
      { path: 'a.yaml', text: 'include: [compose.yaml]\nservices: {}\n' },
    ]);
    expect(r.diagnostics.map((x) => x.code).sort()).toEqual(['include-cycle', 'missing-file']);
  });
  it('reads the files the project refers to through readFile, once each', () => {
    const asked: string[] = [];
    const disk: Record<string, string> = { 'a.env': 'A=1\n' };
    const readFile = (p: string) => {
      asked.push(p);
      return disk[p];
    };
    const r = services([{ path: 'compose.yaml', text: 'services:\n  w:\n    image: x\n    env_file: [a.env]\n' }], { readFile });
    expect(r.diagnostics).toEqual([]);
    expect(svcs(r).w.environment).toEqual({ A: '1' });
    expect(asked).toEqual(expect.arrayContaining(['.env', 'a.env']));
    expect(asked.filter((p) => p === 'a.env')).toHaveLength(1);
  });
});
