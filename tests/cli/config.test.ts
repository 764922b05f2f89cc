import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stackmap-config-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A project folder named `name` under a fresh temp folder, with the given files. */
function project(name: string, files: Record<string, string | Buffer>): string {
  const dir = path.join(fs.mkdtempSync(path.join(tmp, 'p-')), name);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const plain = 'services:\n  web:\n    image: nginx\n';
const named = `name: from-file\n${plain}`;

describe('stackmap config: the project name, in compose\'s order', () => {
  const nameOf = async (args: string[], dir: string, env: Record<string, string> = {}) => {
    const r = await run([...args, '--format', 'json'], dir, env);
    expect(r.err).toBe('');
    const cfg = JSON.parse(r.out);
    // The default network carries the project name too, as compose names it.
    expect(cfg.networks.default.name).toBe(`${cfg.name}_default`);
    return cfg.name;
  };

  it('falls back to the project folder\'s name, normalized as compose does', async () => {
    expect(await nameOf([], project('_My.Stack-Dir', { 'compose.yaml': plain }))).toBe('mystack-dir');
  });
  it('takes the folder named by --project-directory, not the current one', async () => {
    const dir = project('Here', { 'elsewhere/Other_Dir/compose.yaml': plain });
    expect(await nameOf(['--project-directory', 'elsewhere/Other_Dir'], dir)).toBe('other_dir');
  });
  it('prefers `name:` to the folder', async () => {
    expect(await nameOf([], project('folder', { 'compose.yaml': named }))).toBe('from-file');
  });
  it('prefers COMPOSE_PROJECT_NAME from .env to `name:`', async () => {
    expect(await nameOf([], project('folder', { 'compose.yaml': named, '.env': 'COMPOSE_PROJECT_NAME=from-dotenv\n' }))).toBe('from-dotenv');
  });
  it('prefers COMPOSE_PROJECT_NAME from the environment to .env', async () => {
    const dir = project('folder', { 'compose.yaml': named, '.env': 'COMPOSE_PROJECT_NAME=from-dotenv\n' });
    expect(await nameOf([], dir, { COMPOSE_PROJECT_NAME: 'from-env' })).toBe('from-env');
  });
  it('prefers -p (and --project-name) to everything', async () => {
    const dir = project('folder', { 'compose.yaml': named, '.env': 'COMPOSE_PROJECT_NAME=from-dotenv\n' });
    expect(await nameOf(['-p', 'from-flag'], dir, { COMPOSE_PROJECT_NAME: 'from-env' })).toBe('from-flag');
    expect(await nameOf(['--project-name=from-long-flag'], dir)).toBe('from-long-flag');
  });
});

describe('stackmap config: arguments and files', () => {
  it('says which flag lacks its value, and rejects positionals, with usage and exit 2', async () => {
    for (const [args, message] of [
      [['-f'], '-f, --file needs a value'],
      [['--env-file'], '--env-file needs a value'],
      [['-f', '--profile', 'x'], '-f needs a value'],
      [['compose.yaml'], 'unexpected argument "compose.yaml"'],
      [['--format', 'xml'], '--format must be json or yaml, not "xml"'],
    ] as const) {
      const r = await run([...args]);
      expect(r.code).toBe(2);
      expect(r.err).toBe(`stackmap config: ${message}\n${r.err.split('\n')[1]}\n`);
      expect(r.err).toContain('usage: stackmap config');
    }
  });
  it('prints its usage for --help and -h', async () => {
    for (const flag of ['--help', '-h']) {
      const r = await run([flag]);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/^usage: stackmap config \[-f FILE\]/);
    }
  });
  it('uses compose.yml and compose.override.yml when no -f is given', async () => {
    const dir = project('p', { 'compose.yml': plain, 'compose.override.yml': 'services:\n  web:\n    image: nginx:2\n', 'docker-compose.yml': 'services:\n  other:\n    image: x\n' });
    const r = await run(['--format', 'json'], dir);
    expect(Object.keys(JSON.parse(r.out).services)).toEqual(['web']);
    expect(JSON.parse(r.out).services.web.image).toBe('nginx:2');
  });
  it('says when there is no compose file, and when a named file is a folder', async () => {
    const dir = project('p', { 'sub/compose.yaml': plain, 'sub/more.yaml/x': '' });
    expect((await run([], dir)).err).toMatch(/no configuration file provided: not found \(looked for compose\.yaml, compose\.yml/);
    const folder = await run(['-f', 'sub/compose.yaml', '-f', 'sub/more.yaml'], dir);
    expect(folder.code).toBe(1);
    expect(folder.out).toBe('');
    expect(folder.err).toContain(`stackmap config: ${path.join('sub', 'more.yaml')}: is a folder; name the files in it\n`);
  });
  it('reads invalid UTF-8 as U+FFFD and reports where', async () => {
    const dir = project('p', { 'compose.yaml': Buffer.concat([Buffer.from('services:\n  web:\n    image: caf'), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]) });
    const r = await run(['--format', 'json'], dir);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^compose\.yaml:3:15: warning: compose\.yaml contains bytes that are not valid UTF-8/m);
    expect(JSON.parse(r.out).services.web.image).toBe('caf\uFFFD(');
  });
  it('fails with file:line:col for a required dependency on an undefined service, as compose does', async () => {
    const dir = project('p', { 'compose.yaml': 'services:\n  api:\n    image: x\n    depends_on: [dbb]\n' });
    const r = await run([], dir);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toBe('compose.yaml:4:18: api depends on dbb, but no compose file defines a service called dbb: compose will refuse to start. Fix the name, add the service, or mark the dependency required: false.\n');
  });
});
