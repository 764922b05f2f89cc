export type Direction = 'left' | 'right' | 'up' | 'down';
type Box = { x: number; y: number; width: number; height: number };

/**
 * The box a person means by "the next one to the right" (or left, up, down) of `from`: among
 * the boxes whose centre lies that way, the nearest, with sideways distance counting double so
 * a neighbour in the same row or column wins over a closer one off to the side.
 */
export function nearestInDirection<T extends { box: Box }>(from: Box, candidates: T[], direction: Direction): T | null {
  const cx = from.x + from.width / 2;
  const cy = from.y + from.height / 2;
  let best: T | null = null;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const dx = candidate.box.x + candidate.box.width / 2 - cx;
    const dy = candidate.box.y + candidate.box.height / 2 - cy;
    const [along, across] = direction === 'left' ? [-dx, dy] : direction === 'right' ? [dx, dy] : direction === 'up' ? [-dy, dx] : [dy, dx];
    // Only what lies ahead, within 60 degrees either side of the direction.
    if (along <= 0 || Math.abs(across) > along * 1.8) continue;
    const score = along + 2 * Math.abs(across);
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}

export const ARROW_KEYS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
