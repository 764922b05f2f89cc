import { describe, expect, it } from 'vitest';
import { nearestInDirection } from './nearestInDirection';

const box = (x: number, y: number) => ({ x, y, width: 200, height: 60 });
// A small layered graph, left to right: proxy → web, api (above and below) → db.
const nodes = [
  { id: 'proxy', box: box(0, 100) },
  { id: 'web', box: box(300, 0) },
  { id: 'api', box: box(300, 200) },
  { id: 'db', box: box(600, 100) },
];
const others = (id: string) => nodes.filter((n) => n.id !== id);
const from = (id: string) => nodes.find((n) => n.id === id)!.box;

describe('nearestInDirection', () => {
  it('moves along the layers', () => {
    expect(nearestInDirection(from('proxy'), others('proxy'), 'right')?.id).toMatch(/web|api/);
    expect(nearestInDirection(from('web'), others('web'), 'right')?.id).toBe('db');
    expect(nearestInDirection(from('db'), others('db'), 'left')?.id).toMatch(/web|api/);
  });

  it('moves within a layer', () => {
    expect(nearestInDirection(from('web'), others('web'), 'down')?.id).toBe('api');
    expect(nearestInDirection(from('api'), others('api'), 'up')?.id).toBe('web');
  });

  it('prefers the neighbour in line over a nearer one off to the side', () => {
    const row = [{ id: 'far', box: box(900, 100) }, { id: 'off', box: box(760, 300) }];
    expect(nearestInDirection(box(600, 100), row, 'right')?.id).toBe('far');
  });

  it('finds nothing past the edge of the graph', () => {
    expect(nearestInDirection(from('proxy'), others('proxy'), 'left')).toBeNull();
    expect(nearestInDirection(from('db'), others('db'), 'right')).toBeNull();
  });
});
