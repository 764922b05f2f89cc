import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inflateSync, strFromU8 } from 'fflate';
import { corpusStacks } from '../../../bench/shareStacks';
import { hasCorpus } from '../../../tests/corpus';
import { decodeBase64url, encodeBase64url } from './base64url';
import { decodePermalink, encodePermalink } from './codec';
import { PERMALINK_DICTIONARY } from './dictionary';
import { maskSecrets } from './maskSecrets';
import { DEFAULT_VIEW } from './restoreView';
import { MASK } from './secretNames';

const one = (p: string, text: string) => maskSecrets([{ path: p, text }]);

describe('maskSecrets', () => {
  it('masks secret-looking variables in .env files and keeps everything else byte for byte', () => {
    const text = [
      '# dev values',
      'POSTGRES_PASSWORD=hunter2',
      'export API_TOKEN = "abc def" # for the API',
      "JWT_SECRET='s3cr3t'",
      'STRIPE_KEY=sk_live_123 # comment stays',
      'DB_PASSWORD_FILE=/run/secrets/db',
      'LOG_LEVEL=info',
      'EMPTY_PASSWORD=',
      'ADMIN_PASSWORD=${ADMIN_PASSWORD}',
      '',
    ].join('\n');
    const { files, masked } = one('.env', text);
    expect(files[0].text).toBe(
      [
        '# dev values',
        `POSTGRES_PASSWORD=${MASK}`,
        `export API_TOKEN = "${MASK}" # for the API`,
        `JWT_SECRET='${MASK}'`,
        `STRIPE_KEY=${MASK} # comment stays`,
        'DB_PASSWORD_FILE=/run/secrets/db',
        'LOG_LEVEL=info',
        'EMPTY_PASSWORD=',
        'ADMIN_PASSWORD=${ADMIN_PASSWORD}',
        '',
      ].join('\n'),
    );
    expect(masked).toEqual([
      { file: '.env', line: 2, column: 19, variable: 'POSTGRES_PASSWORD', kind: 'variable' },
      { file: '.env', line: 3, column: 21, variable: 'API_TOKEN', kind: 'variable' },
      { file: '.env', line: 4, column: 13, variable: 'JWT_SECRET', kind: 'variable' },
      { file: '.env', line: 5, column: 12, variable: 'STRIPE_KEY', kind: 'variable' },
    ]);
  });

  it('masks compose environment blocks in map and list form, anchors included', () => {
    const text = `x-env: &env
  REDIS_PASSWORD: "r3dis"
services:
  db:
    image: postgres
    environment:
      POSTGRES_USER: shop
      POSTGRES_PASSWORD: plain-secret
      MYSQL_ROOT_PASSWORD: \${MYSQL_ROOT_PASSWORD:-fallback}
      REQUIRED_PASSWORD: \${REQUIRED_PASSWORD:?set it in .env}
      TOKEN_ENABLED: true
      CERT_KEY: |
        -----BEGIN KEY-----
        abc
  api:
    environment:
      - NODE_ENV=production
      - "GITHUB_TOKEN=ghp_123"
      - API_KEY=xyz
    build:
      args:
        NPM_TOKEN: 'npm_456'
`;
    const { files, masked } = one('compose.yaml', text);
    expect(files[0].text).toBe(`x-env: &env
  REDIS_PASSWORD: "${MASK}"
services:
  db:
    image: postgres
    environment:
      POSTGRES_USER: shop
      POSTGRES_PASSWORD: ${MASK}
      MYSQL_ROOT_PASSWORD: \${MYSQL_ROOT_PASSWORD:-${MASK}}
      REQUIRED_PASSWORD: \${REQUIRED_PASSWORD:?set it in .env}
      TOKEN_ENABLED: true
      CERT_KEY: |
        ${MASK}
  api:
    environment:
      - NODE_ENV=production
      - "GITHUB_TOKEN=${MASK}"
      - API_KEY=${MASK}
    build:
      args:
        NPM_TOKEN: '${MASK}'
`);
    expect(masked.map((m) => `${m.line}:${m.variable}`)).toEqual([
      '2:REDIS_PASSWORD',
      '8:POSTGRES_PASSWORD',
      '9:MYSQL_ROOT_PASSWORD',
      '13:CERT_KEY',
      '18:GITHUB_TOKEN',
      '19:API_KEY',
      '22:NPM_TOKEN',
    ]);
  });

  it('masks passwords in connection strings anywhere, but not references to a variable', () => {
    const text = `services:
  api:
    environment:
      DATABASE_URL: postgres://shop:pa55@db:5432/shop
      CACHE_URL: redis://:r3d1s@cache:6379/0
      SAFE_URL: postgres://shop:\${POSTGRES_PASSWORD}@db/shop
    command: ["--broker", "amqp://guest:guest@rabbit//"]
`;
    const { files, masked } = one('compose.yml', text);
    expect(files[0].text).toContain(`postgres://shop:${MASK}@db:5432/shop`);
    expect(files[0].text).toContain(`amqp://guest:${MASK}@rabbit//`);
    expect(files[0].text).toContain('postgres://shop:${POSTGRES_PASSWORD}@db/shop');
    expect(files[0].text).toContain(`CACHE_URL: redis://:${MASK}@cache:6379/0`);
    expect(masked.map((m) => m.variable)).toEqual(['postgres://shop@db', 'redis://@cache', 'amqp://guest@rabbit']);
  });

  it('masks secrets in Markdown snippets but not prose', () => {
    const text = [
      '# Setup',
      'Password: at least twelve characters.',
      '```sh',
      'export ADMIN_PASSWORD=changeme',
      '```',
      '- `SECRET_KEY`: set it before starting.',
      'Connect with `mysql://root:example@localhost:3306`.',
    ].join('\n');
    const { files, masked } = one('docs/setup.md', text);
    expect(files[0].text.split('\n')).toEqual([
      '# Setup',
      'Password: at least twelve characters.',
      '```sh',
      `export ADMIN_PASSWORD=${MASK}`,
      '```',
      '- `SECRET_KEY`: set it before starting.',
      `Connect with \`mysql://root:${MASK}@localhost:3306\`.`,
    ]);
    expect(masked.map((m) => m.variable)).toEqual(['ADMIN_PASSWORD', 'mysql://root@localhost']);
  });

  it('still masks in YAML that does not parse', () => {
    const { files } = one('compose.yaml', 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: oops\n   bad: [\n');
    expect(files[0].text).toContain(`POSTGRES_PASSWORD: ${MASK}`);
  });

  it('leaves files without secrets untouched, and masked files stay valid for a second pass', () => {
    const files = [{ path: 'compose.yaml', text: 'services:\n  web:\n    image: nginx\n' }];
    expect(maskSecrets(files).files[0]).toBe(files[0]);
    const once = one('.env', 'A_TOKEN=x\n').files;
    expect(maskSecrets(once)).toEqual({ files: once, masked: [] });
  });
});

/** Every way a secret could hide in a link: the link itself, its base64 at each alignment, the inflated JSON. */
function expectNowhereInLink(fragment: string, secrets: string[]) {
  const body = fragment.slice(fragment.indexOf('.') + 1);
  const decoded = decodeBase64url(body);
  if ('badAt' in decoded) throw new Error('bad link');
  const json = strFromU8(fragment.startsWith('v1d.') ? inflateSync(decoded.bytes, { dictionary: PERMALINK_DICTIONARY }) : inflateSync(decoded.bytes));
  const state = decodePermalink(fragment).value;
  for (const secret of secrets) {
    expect(fragment).not.toContain(secret);
    // Uncompressed, the secret would show as base64 at one of three alignments; the middle is stable.
    for (const pad of ['', 'x', 'xx']) {
      const needle = encodeBase64url(new TextEncoder().encode(pad + secret)).slice(4, -3);
      if (needle.length >= 8) expect(fragment).not.toContain(needle);
    }
    expect(json).not.toContain(secret);
    expect(JSON.stringify(state)).not.toContain(secret);
  }
}

describe('no masked value reaches the link', () => {
  it('holds for the sample stack', () => {
    const dir = path.resolve(__dirname, '../../../samples/shopfront');
    const files = ['compose.yaml', 'compose.override.yaml', '.env', 'docs/architecture.md'].map((p) => ({ path: p, text: fs.readFileSync(path.join(dir, p), 'utf8') }));
    const { files: safe, masked } = maskSecrets(files);
    expect(masked).toEqual([{ file: '.env', line: 2, column: 19, variable: 'POSTGRES_PASSWORD', kind: 'variable' }]);
    expectNowhereInLink(encodePermalink({ version: 1, files: safe, view: DEFAULT_VIEW }), ['shop-dev-password']);
  });

  it.skipIf(!hasCorpus)('holds for every corpus stack', () => {
    let total = 0;
    for (const stack of corpusStacks()) {
      const { files: safe, masked } = maskSecrets(stack.files);
      const secrets = masked.map((m) => {
        const text = stack.files.find((f) => f.path === m.file)!.text.split('\n')[m.line - 1];
        const after = text.slice(m.column - 1);
        return after.slice(0, after.search(/["'}@\s#]|$/));
      });
      // A password that is also the user name ("airflow") legitimately stays where it names the user.
      const distinctive = [...new Set(secrets)].filter((s) => s.length >= 6 && !safe.some((f) => f.text.includes(s)));
      total += distinctive.length;
      expectNowhereInLink(encodePermalink({ version: 1, files: safe, view: DEFAULT_VIEW }), distinctive);
    }
    expect(total).toBeGreaterThan(20);
  });
});
