import { describe, expect, it } from 'vitest';
import { durationSeconds } from './duration';

describe('durationSeconds', () => {
  it.each([
    ['10s', 10],
    ['1m30s', 90],
    ['1h', 3600],
    ['500ms', 0.5],
    ['1.5s', 1.5],
    ['15', 15],
  ])('reads %s as %d seconds', (text, seconds) => {
    expect(durationSeconds(text)).toBeCloseTo(seconds);
  });

  it.each(['', 'soon', '10 s', '1x', '5s!'])('rejects %j', (text) => {
    expect(durationSeconds(text)).toBeNull();
  });
});
