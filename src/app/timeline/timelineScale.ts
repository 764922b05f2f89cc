// The time axis: a round end and ticks every 1, 2, 5, 10, 15, 30 s … so labels stay readable.
const STEPS = [0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600];

export interface TimeScale {
  end_s: number;
  ticks: number[];
  /** Position of a time on the axis, 0–100 (percent of the chart width). */
  at(s: number): number;
}

export function timeScale(max_s: number, targetTicks = 8): TimeScale {
  const span = Math.max(max_s, 1);
  const step = STEPS.find((s) => span / s <= targetTicks) ?? Math.ceil(span / targetTicks / 3600) * 3600;
  const end = Math.ceil(span / step) * step;
  const ticks: number[] = [];
  for (let t = 0; t <= end + 1e-9; t += step) ticks.push(Math.round(t * 100) / 100);
  return { end_s: end, ticks, at: (s) => (Math.min(Math.max(s, 0), end) / end) * 100 };
}
