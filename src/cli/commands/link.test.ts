import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodePermalink } from '../../core/share/codec';
import { DEFAULT_VIEW } from '../../core/share/restoreView';
import type { CliIO } from '../io';
import { link } from './link';

const repo = path.resolve(__dirname, '../../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stackmap-link-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function run(args: string[], cwd = repo) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, env: {} };
  const code = await link(args, io);
  return { code, stdout, stderr };
}

const decode = (url: string) => decodePermalink(url.trim()).value!;

describe('stackmap link', () => {
  it('links the sample: paths relative to the common folder, .env picked up, secrets masked', async () => {
    const { code, stdout, stderr } = await run(['samples/shopfront/compose.yaml', 'samples/shopfront/compose.override.yaml', 'samples/shopfront/docs/architecture.md']);
    expect(code).toBe(0);
    expect(stdout.startsWith('http://localhost:5173/#v1')).toBe(true);
    const state = decode(stdout);
    expect(state.files.map((f) => f.path)).toEqual(['compose.yaml', 'compose.override.yaml', 'docs/architecture.md', '.env']);
    expect(state.view).toEqual(DEFAULT_VIEW);
    expect(state.files.find((f) => f.path === '.env')!.text).toContain('POSTGRES_PASSWORD=«masked»');
    expect(stderr).toContain('.env:2:19 POSTGRES_PASSWORD');
    expect(stdout).not.toContain('shop-dev-password');
  });

  it('takes the view from --view, the base from --base, and shares secrets only when told', async () => {
    const { code, stdout } = await run([
      'samples/shopfront/compose.yaml',
      '--base', 'https://maps.example/stackmap/',
      '--view', 'tab=timeline',
      '--view=selected=db',
      '--view', 'profiles=debug,ops',
      '--view', 'direction=TB',
      '--view', 'docsAnchor=docs/architecture.md#startup-order',
      '--view', 'showInactive=true',
      '--view', 'hiddenNetworks=edge',
      '--view', 'oneShotRun=30',
      '--include-secrets',
    ]);
    expect(code).toBe(0);
    expect(stdout.startsWith('https://maps.example/stackmap/#v1')).toBe(true);
    const state = decode(stdout);
    expect(state.view).toEqual({
      ...DEFAULT_VIEW,
      tab: 'timeline',
      selected: 'db',
      profiles: ['debug', 'ops'],
      direction: 'TB',
      docsAnchor: 'docs/architecture.md#startup-order',
      filters: { ...DEFAULT_VIEW.filters, showInactive: true, hiddenNetworks: ['edge'] },
      assumptions: { ...DEFAULT_VIEW.assumptions, oneShotRun_s: 30 },
    });
    expect(state.files.find((f) => f.path === '.env')!.text).toContain('shop-dev-password');
  });

  it('records the merge order when the files are not the ones compose picks by itself', async () => {
    fs.mkdirSync(path.join(tmp, 'order'), { recursive: true });
    fs.writeFileSync(path.join(tmp, 'order/docker-compose.yml'), 'services:\n  web:\n    image: nginx\n');
    fs.writeFileSync(path.join(tmp, 'order/docker-compose.prod.yml'), 'services:\n  web:\n    restart: always\n');
    const prod = decode((await run(['docker-compose.yml', 'docker-compose.prod.yml'], path.join(tmp, 'order'))).stdout);
    expect(prod.view.fileOrder).toEqual(['docker-compose.yml', 'docker-compose.prod.yml']);
    // A shell glob lists the override first; compose's own order is still right, so none is recorded.
    const sample = decode((await run(['samples/shopfront/compose.override.yaml', 'samples/shopfront/compose.yaml'])).stdout);
    expect(sample.view.fileOrder).toEqual([]);
  });

  it('refuses, exit 1, with both ways out, when the link would be too long', async () => {
    const big = path.join(tmp, 'big.md');
    // Text that does not compress: each line differs.
    fs.writeFileSync(big, Array.from({ length: 3000 }, (_, i) => `- item ${(i * 2654435761) % 4294967296} ${i.toString(36)}`).join('\n'));
    const { code, stdout, stderr } = await run([big]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/links over 8,000 get cut off/);
    expect(stderr).toMatch(/workspace file/);
    expect(stderr).toMatch(/\?src=/);
  });

  it('explains bad arguments', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['samples/shopfront/compose.yaml', '--view', 'tab=sideways'])).stderr).toMatch(/not a value Stackmap accepts for tab/);
    expect((await run(['samples/shopfront/compose.yaml', '--view', 'colour=red'])).stderr).toMatch(/KEY one of tab, selected/);
    expect((await run(['samples/shopfront/compose.yaml', '--frobnicate'])).stderr).toMatch(/unknown option --frobnicate/);
    const missing = await run(['samples/shopfront/nope.yaml']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no such file/);
    expect((await run(['samples/shopfront/compose.yaml', '--base'])).stderr).toMatch(/^stackmap link: --base needs a value\n/);
    const folder = await run(['samples/shopfront/docs']);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toBe(`stackmap link: ${path.join('samples', 'shopfront', 'docs')}: is a folder; name the files in it\n`);
  });

  it('takes files with -f as compose does, the same as named ones', async () => {
    const byFlag = await run(['-f', 'samples/shopfront/compose.yaml', '--file=samples/shopfront/docs/architecture.md']);
    const byName = await run(['samples/shopfront/compose.yaml', 'samples/shopfront/docs/architecture.md']);
    expect(byFlag.code).toBe(0);
    expect(byFlag.stdout).toBe(byName.stdout);
    expect((await run(['--help'])).stdout).toMatch(/^Usage: stackmap link FILES… \[-f FILE\]…/);
  });
});
