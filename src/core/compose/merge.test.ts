import { describe, expect, it } from 'vitest';
import { loadComposeProject } from './loadComposeProject';
import { MAX_PROVENANCE } from './merge';

const load = (base: string, over: string) =>
  loadComposeProject(
    [
      { path: 'compose.yaml', text: base },
      { path: 'compose.override.yaml', text: over },
    ],
    { projectName: 'p' },
  );
const web = (base: string, over: string) => (load(base, over).value.config.services as Record<string, Record<string, unknown>>).web;

describe('merging compose files', () => {
  it('merges mappings and replaces scalars', () => {
    const s = web('services:\n  web:\n    image: a\n    restart: always\n', 'services:\n  web:\n    image: b\n');
    expect(s).toMatchObject({ image: 'b', restart: 'always' });
  });

  it('replaces command, entrypoint and healthcheck.test', () => {
    const s = web(
      'services:\n  web:\n    image: a\n    command: [a, b]\n    entrypoint: x\n    healthcheck: {test: [CMD, a], interval: 5s}\n',
      'services:\n  web:\n    command: c\n    entrypoint: [y]\n    healthcheck: {test: [CMD, b]}\n',
    );
    expect(s.command).toEqual(['c']);
    expect(s.entrypoint).toEqual(['y']);
    expect(s.healthcheck).toEqual({ test: ['CMD', 'b'], interval: '5s' });
  });

  it('merges ports and expose as sets, volumes by target', () => {
    const s = web(
      'services:\n  web:\n    image: a\n    ports: ["80:80"]\n    expose: ["1"]\n    volumes: ["./a:/data", "v:/cache"]\n',
      'services:\n  web:\n    ports: ["80:80", "443:443"]\n    expose: [1, 2]\n    volumes: ["./b:/data:ro"]\n',
    );
    expect((s.ports as { published: string }[]).map((p) => p.published)).toEqual(['80', '443']);
    expect(s.expose).toEqual(['1', '2']);
    expect(s.volumes).toMatchObject([{ source: './b', target: '/data', read_only: true }, { source: 'v', target: '/cache' }]);
  });

  it('merges environment and labels by key, whatever syntax each file uses', () => {
    const s = web('services:\n  web:\n    image: a\n    environment: [A=1, B=2]\n    labels: {x: "1"}\n', 'services:\n  web:\n    environment: {B: 3, C: x}\n    labels: ["y=2"]\n');
    expect(s.environment).toEqual({ A: '1', B: '3', C: 'x' });
    expect(s.labels).toEqual({ x: '1', y: '2' });
  });

  it('merges depends_on by service, the later condition winning', () => {
    const s = web(
      'services:\n  web:\n    image: a\n    depends_on: {db: {condition: service_healthy}}\n  db: {image: d}\n  q: {image: q}\n',
      'services:\n  web:\n    depends_on: [q]\n',
    );
    expect(s.depends_on).toEqual({ db: { condition: 'service_healthy', required: true }, q: { condition: 'service_started', required: true } });
  });

  it('honours !reset and !override', () => {
    const s = web('services:\n  web:\n    image: a\n    ports: ["80:80"]\n    environment: {A: "1", B: "2"}\n', 'services:\n  web:\n    ports: !reset []\n    environment: !override {C: "3"}\n');
    expect(s.ports).toBeUndefined();
    expect(s.environment).toEqual({ C: '3' });
  });

  it('records what an override replaced', () => {
    const r = load('services:\n  web:\n    image: a\n', 'services:\n  web:\n    image: b\n');
    expect(r.value.provenance['/services/web/image']).toEqual({
      source: { file: 'compose.override.yaml', line: 3, column: 5 },
      overrides: [{ file: 'compose.yaml', line: 3, column: 5 }],
    });
  });

  it('keeps only the most recent definitions along a long extends chain', () => {
    const n = 120;
    const chain = Array.from({ length: n }, (_, i) => `  s${i}:\n    image: i${i}\n    labels: {l${i}: x}\n${i ? `    extends: s${i - 1}\n` : ''}`).join('');
    const r = loadComposeProject([{ path: 'compose.yaml', text: `services:\n${chain}` }], { projectName: 'p' });
    expect(r.diagnostics).toEqual([]);
    const last = `/services/s${n - 1}`;
    const image = r.value.provenance[`${last}/image`];
    expect(image.source.line).toBe(3 + 4 * (n - 1) - 1);
    expect(image.overrides).toHaveLength(MAX_PROVENANCE);
    // The most recent replaced definition first: the image line of the service extended.
    expect(image.overrides[0].line).toBe(3 + 4 * (n - 2) - 1);
    expect(r.value.provenance[`${last}/labels`].mergedWith).toHaveLength(MAX_PROVENANCE);
    expect(Object.keys((r.value.config.services as Record<string, { labels: object }>)[`s${n - 1}`].labels)).toHaveLength(n);
  });
});
