import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../core/model/buildModel';
import { DEFAULT_VIEW } from '../core/share/restoreView';
import { buildGraph } from './buildGraph';
import { networksInUse } from './toFlowElements';
import { quickPlacement } from './quickPlacement';
import { toLayoutGraph } from './toLayoutGraph';

const STACK = `services:
  web:
    image: nginx
    networks: [front, back]
    depends_on: [api]
  api:
    image: example/api
    networks: [back]
    depends_on: [db]
    volumes: [data:/srv]
  db:
    image: postgres
    networks: [back]
    volumes: [data:/var/lib/postgresql/data]
networks: { front: {}, back: {} }
volumes: { data: {} }
`;

const model = loadWorkspace([{ path: 'compose.yaml', text: STACK }], {}).model;
const options = { groupBy: 'network' as const, collapsed: new Set<string>(), showVolumes: false, onToggleGroup: () => undefined };

describe('buildGraph', () => {
  it('puts each service in its first network and says so when it has several', () => {
    const g = buildGraph(model, null, DEFAULT_VIEW, null, options);
    const web = g.nodes.find((n) => n.id === 'web')!;
    expect(web.parentId).toBe('group:network:front');
    expect(g.nodes.find((n) => n.id === 'db')!.parentId).toBe('group:network:back');
    expect(g.groupNotes.get('web')).toMatch(/front, back/);
    // Parents come before their children, as xyflow requires.
    expect(g.nodes.findIndex((n) => n.id === 'group:network:back')).toBeLessThan(g.nodes.findIndex((n) => n.id === 'db'));
  });

  it('marks the edges that leave their source’s group, and only those', () => {
    const g = buildGraph(model, null, DEFAULT_VIEW, null, options);
    const classes = Object.fromEntries(g.edges.map((e) => [e.id.split(':')[0], e.className]));
    // web sits in front, api and db in back.
    expect(classes['web->api']).toContain('is-across');
    expect(classes['api->db']).not.toContain('is-across');
    const flat = buildGraph(model, null, DEFAULT_VIEW, null, { ...options, groupBy: 'none' });
    expect(flat.edges.some((e) => e.className?.includes('is-across'))).toBe(false);
  });

  it('routes the edges of a collapsed group to the group and hides its members', () => {
    const g = buildGraph(model, null, DEFAULT_VIEW, null, { ...options, collapsed: new Set(['group:network:back']) });
    expect(g.nodes.map((n) => n.id)).not.toContain('db');
    expect(g.edges.map((e) => [e.source, e.target])).toEqual([['web', 'group:network:back']]);
  });

  it('links a shared named volume to each service that mounts it, inside their common group', () => {
    const g = buildGraph(model, null, DEFAULT_VIEW, null, { ...options, showVolumes: true });
    expect(g.nodes.find((n) => n.id === 'volume:data')!.parentId).toBe('group:network:back');
    expect(g.edges.filter((e) => e.target === 'volume:data').map((e) => e.source).sort()).toEqual(['api', 'db']);
  });

  it('gives the quick placement a box for each group that holds its members', () => {
    const layout = quickPlacement(toLayoutGraph(buildGraph(model, null, DEFAULT_VIEW, null, options)), 'LR');
    const back = layout.nodes['group:network:back'];
    const db = layout.nodes.db;
    expect(db.x + 232).toBeLessThanOrEqual(back.width!);
    expect(db.y).toBeGreaterThan(30);
  });
});

describe('hiding networks', () => {
  const hiding = (hiddenNetworks: string[]) =>
    buildGraph(model, null, { ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, hiddenNetworks } }, null, { ...options, groupBy: 'none' });
  const services = (g: ReturnType<typeof buildGraph>) => g.nodes.filter((n) => n.type === 'service').map((n) => n.id);

  it('leaves out the services only on a hidden network, with their edges', () => {
    const g = hiding(['back']);
    // web is on front too: it stays, and its edge to api goes with api.
    expect(services(g)).toEqual(['web']);
    expect(g.edges).toEqual([]);
  });

  it('keeps every service while a network of each is shown, and ignores a network the stack lacks', () => {
    expect(services(hiding(['front', 'elsewhere']))).toEqual(['web', 'api', 'db']);
  });

  it('never hides a service on no network (network_mode, or from the docs only)', () => {
    const { model: hosted } = loadWorkspace(
      [{ path: 'compose.yaml', text: 'services:\n  agent:\n    image: x\n    network_mode: host\n  app:\n    image: y\n' }],
      {},
    );
    const g = buildGraph(hosted, null, { ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, hiddenNetworks: ['default'] } }, null, { ...options, groupBy: 'none' });
    expect(services(g)).toEqual(['agent']);
  });

  it('draws no box for a hidden network: its services sit in their first network shown', () => {
    const g = buildGraph(model, null, { ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, hiddenNetworks: ['front'] } }, null, options);
    expect(g.nodes.some((n) => n.id === 'group:network:front')).toBe(false);
    expect(g.nodes.find((n) => n.id === 'web')!.parentId).toBe('group:network:back');
    expect(g.groupNotes.has('web')).toBe(false);
  });

  it('lists the networks in use, declared ones first, with their service counts', () => {
    expect(networksInUse(model)).toEqual([
      { name: 'front', services: 1 },
      { name: 'back', services: 3 },
    ]);
    const { model: plain } = loadWorkspace([{ path: 'compose.yaml', text: 'services:\n  app:\n    image: y\n' }], {});
    expect(networksInUse(plain)).toEqual([{ name: 'default', services: 1 }]);
  });
});
