// How long a healthcheck takes to pass, following Docker's probe schedule
// (https://docs.docker.com/reference/dockerfile/#healthcheck): during start_period probes run
// every start_interval and failures do not count; after it, every interval, and the container
// turns unhealthy after `retries` consecutive failures.
import type { Healthcheck } from '../types';
import { formatNumber as fmt, formatSeconds } from './formatTime';

/** Docker's defaults, which also apply to a healthcheck an image defines without options. */
export const DEFAULT_HEALTHCHECK = {
  interval_s: 30,
  timeout_s: 30,
  retries: 3,
  start_period_s: 0,
  start_interval_s: 5,
} as const;

export interface HealthTiming {
  /** Seconds after the container starts when the first probe runs: the best case to healthy. */
  firstProbe_s: number;
  /** Seconds after start when compose gives up waiting: start_period + retries × (interval + timeout). */
  worst_s: number;
}

export interface HealthTimingText extends HealthTiming {
  /** The first-probe figure in words (`5 s (start_interval)`). */
  firstProbeText: string;
  /** The worst-case sum written out (`30 + 3 × (10 + 5) = 75 s`). */
  worstText: string;
}

type Timing = Pick<Healthcheck, 'interval_s' | 'timeout_s' | 'retries' | 'start_period_s' | 'start_interval_s'>;

export function analyzeHealthTiming(hc: Timing): HealthTiming {
  const { firstProbe, worst } = schedule(hc);
  return { firstProbe_s: firstProbe, worst_s: worst };
}

/** The same figures with the sums written out, for explanations. */
export function explainHealthTiming(hc: Timing): HealthTimingText {
  const { firstProbe, worst, inStartPeriod, startPeriod, retries, interval, timeout } = schedule(hc);
  return {
    firstProbe_s: firstProbe,
    worst_s: worst,
    firstProbeText: `${formatSeconds(firstProbe)} (${inStartPeriod ? 'start_interval' : 'interval'})`,
    worstText: `${fmt(startPeriod)} + ${fmt(retries)} × (${fmt(interval)} + ${fmt(timeout)}) = ${formatSeconds(worst)}`,
  };
}

function schedule(hc: Timing) {
  const interval = nonNegative(hc.interval_s, DEFAULT_HEALTHCHECK.interval_s);
  const timeout = nonNegative(hc.timeout_s, DEFAULT_HEALTHCHECK.timeout_s);
  const retries = nonNegative(hc.retries, DEFAULT_HEALTHCHECK.retries);
  const startPeriod = nonNegative(hc.start_period_s, 0);
  const startInterval = nonNegative(hc.start_interval_s, DEFAULT_HEALTHCHECK.start_interval_s);
  // While the start period runs, the next probe is scheduled start_interval ahead.
  const inStartPeriod = startPeriod > 0;
  const firstProbe = inStartPeriod ? startInterval : interval;
  const worst = Math.max(firstProbe, startPeriod + retries * (interval + timeout));
  return { firstProbe, worst, inStartPeriod, startPeriod, retries, interval, timeout };
}

function nonNegative(value: number, fallback: number): number {
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}
