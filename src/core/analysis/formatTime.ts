/** A number of seconds without the unit, rounded to hundredths: `5`, `1.5`, `0.25`. */
export function formatNumber(s: number): string {
  return Number.isFinite(s) ? String(Math.round(s * 100) / 100) : '∞';
}

/** Seconds as people read them: `5 s`, `1.5 s`, `0.25 s`. */
export function formatSeconds(s: number): string {
  return `${formatNumber(s)} s`;
}

/** A best–worst range: `6 s` when both ends agree, else `6–111 s`. */
export function formatRange(r: { min_s: number; max_s: number }): string {
  return r.min_s === r.max_s ? formatSeconds(r.min_s) : `${formatNumber(r.min_s)}–${formatNumber(r.max_s)} s`;
}
