import { describe, expect, it } from 'vitest';
import { inReadingOrder } from './readingOrder';

const at = (id: string, x: number, y: number, parentId?: string) => ({ id, position: { x, y }, ...(parentId ? { parentId } : {}) });
const ids = (nodes: { id: string }[]) => nodes.map((n) => n.id).join(' ');

describe('inReadingOrder', () => {
  it('reads left to right layer by layer, top to bottom within a layer', () => {
    const nodes = [at('db', 600, 0), at('api', 300, 100), at('proxy', 0, 50), at('worker', 300, 0)];
    expect(ids(inReadingOrder(nodes, 'LR'))).toBe('proxy worker api db');
  });

  it('reads top to bottom first when the graph flows down', () => {
    const nodes = [at('db', 0, 600), at('api', 300, 300), at('worker', 0, 300), at('proxy', 150, 0)];
    expect(ids(inReadingOrder(nodes, 'TB'))).toBe('proxy worker api db');
  });

  it('keeps a group’s members right after the group, ordered within it', () => {
    const nodes = [at('later', 500, 0), at('group:data', 250, 0), at('db', 16, 120, 'group:data'), at('cache', 16, 40, 'group:data'), at('first', 0, 0)];
    expect(ids(inReadingOrder(nodes, 'LR'))).toBe('first group:data cache db later');
  });

  it('keeps a node whose group is not among the nodes', () => {
    expect(ids(inReadingOrder([at('api', 10, 0, 'group:gone'), at('web', 0, 0)], 'LR'))).toBe('web api');
  });
});
