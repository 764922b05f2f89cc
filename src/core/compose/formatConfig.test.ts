import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { corpusDir, hasCorpus } from '../../../tests/corpus';
import { blockYaml, formatConfig } from './formatConfig';
import { loadComposeProject } from './loadComposeProject';
import type { ComposeProject, Json, JsonObject } from './types';

// formatConfig's YAML writer must print exactly what yaml's stringify prints.
const reference = (v: JsonObject) => stringify(v, { lineWidth: 0, aliasDuplicateObjects: false });
const project = (config: JsonObject): ComposeProject => ({ name: null, config, inactive: {}, activeProfiles: [], composeFiles: [], provenance: {} });

// Pieces that sit on yaml's quoting rules: indicators, look-alike numbers and booleans,
// document markers, line breaks and spaces at the edges, quotes, control and non-ASCII characters.
const PIECES = ['', ' ', 'a', 'web', '1', '0x1F', '0o7', '1e3', '.5', '1.', '-', '-a', '- a', '?', '? x', ':', 'a:', ': ', 'a: b', ' #', '#', '"', "'", '\\', '\n', '\t', '---', '...', '%', 'null', 'Null', 'True', 'FALSE', '~', 'é', '\u0001', '\u007f', '|', '>', '@', '`', '{', '}', '[', ',', 'yes', '.inf', '-.Inf', '.NaN', '127.0.0.1', '8080:80', '  ', 'x\n', '\n\n', ' y', '${VAR}', 'echo "hi"', "it's", '/data', './conf', 'CMD-SHELL', '<<', '&a', '*a', '!tag'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((p) => p.join(''));
// Mostly everyday keys, so most documents take the writer's own path rather than yaml's.
const key = fc.oneof({ arbitrary: text, weight: 1 }, { arbitrary: fc.constantFrom('image', 'ports', 'environment', 'healthcheck', 'test', 'command', 'x-defaults'), weight: 4 });
const { value } = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  ),
}));

describe('formatConfig', () => {
  it('prints JSON with two-space indentation', () => {
    expect(formatConfig(project({ services: { a: { image: 'x' } } }), 'json')).toBe('{\n  "services": {\n    "a": {\n      "image": "x"\n    }\n  }\n}\n');
  });

  it('prints the same YAML as yaml itself for a typical service', () => {
    const config: JsonObject = {
      name: 'shop',
      services: {
        api: {
          image: 'shop/api:1.2',
          command: ['sh', '-c', 'echo "ready: yes" && exec app'],
          environment: { PORT: '8080', DEBUG: 'false', EMPTY: '', BARE: null, SCRIPT: 'line one\nline two\n' },
          ports: [{ mode: 'ingress', target: 80, published: '8080', protocol: 'tcp' }],
          healthcheck: { test: ['CMD-SHELL', "curl -f http://localhost/ || exit 1"], interval: '10s', retries: 3 },
          networks: { default: null },
          volumes: [],
          labels: {},
        },
      },
      networks: { default: { name: 'shop_default' } },
    };
    expect(blockYaml(config)).toBe(reference(config));
    expect(formatConfig(project(config), 'yaml')).toBe(reference(config));
  });

  it('prints the same YAML as yaml itself for any JSON value', () => {
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 }), (config) => {
        expect(formatConfig(project(config), 'yaml')).toBe(reference(config));
      }),
      { numRuns: 1500 },
    );
  });

  it('leaves unusual keys to yaml', () => {
    expect(blockYaml({ 'multi\nline': 1 })).toBeUndefined();
    expect(blockYaml({ ['k'.repeat(1100)]: 1 })).toBeUndefined();
    expect(formatConfig(project({ 'multi\nline': 1 }), 'yaml')).toBe(reference({ 'multi\nline': 1 }));
  });
});

describe.skipIf(!hasCorpus)('formatConfig on the corpus', () => {
  it('prints every corpus project exactly as yaml does', () => {
    const root = path.join(corpusDir, 'compose');
    const stacks = fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((p) => /(^|\/)(docker-)?compose[^/]*\.ya?ml$/.test(p));
    let compared = 0;
    for (const rel of stacks) {
      const dir = path.join(root, path.dirname(rel));
      const files = [{ path: path.basename(rel), text: fs.readFileSync(path.join(root, rel), 'utf8') }];
      if (fs.existsSync(path.join(dir, '.env'))) files.push({ path: '.env', text: fs.readFileSync(path.join(dir, '.env'), 'utf8') });
      const { value: p } = loadComposeProject(files, { composeFiles: [files[0].path], missingFiles: 'warning' });
      expect(formatConfig(p, 'yaml'), rel).toBe(reference(p.config));
      compared++;
    }
    expect(compared).toBeGreaterThan(50);
  });
});
