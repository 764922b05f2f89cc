import { parseDuration } from '../compose/shortSyntax';

/**
 * A compose duration ("1m30s", "500ms", a bare number of seconds) in seconds, or null for
 * anything compose itself would reject, so callers fall back to compose's defaults.
 */
export function durationSeconds(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'string') return null;
  const ms = parseDuration(value);
  return ms === undefined ? null : ms / 1000;
}
