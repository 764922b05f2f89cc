// A tiny benchmark harness: warm up, run N times, print the median. Figures are for
// comparison on one machine; quote medians and ratios measured in the same run.
import { performance } from 'node:perf_hooks';

export interface Measurement {
  name: string;
  median_ms: number;
  min_ms: number;
  max_ms: number;
  runs: number;
}

export function measure(name: string, fn: () => unknown, runs = 15, warmup = 3): Measurement {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const m = { name, median_ms: times[Math.floor(times.length / 2)], min_ms: times[0], max_ms: times[times.length - 1], runs };
  report(m);
  return m;
}

export function report(m: Measurement): void {
  console.log(`${m.name.padEnd(58)} median ${m.median_ms.toFixed(2).padStart(9)} ms  (min ${m.min_ms.toFixed(2)}, max ${m.max_ms.toFixed(2)}, n=${m.runs})`);
}

export function heading(title: string): void {
  console.log(`\n## ${title}`);
}
