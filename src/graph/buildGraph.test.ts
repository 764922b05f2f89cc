import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../core/model/buildModel';
import { DEFAULT_VIEW } from '../core/share/restoreView';
import { buildGraph } from './buildGraph';
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
