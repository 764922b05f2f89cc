// What the startup analysis answers, shared by the analysis and the explanations of its waits.
import type { DependencyCondition, SourceRef, StartupAssumptions } from '../types';

/** Seconds from `docker compose up`: best case, worst case, and the figure under the chosen assumptions. */
export interface Range {
  min_s: number;
  max_s: number;
  /** The time under `assumptions.healthcheck`: the best case for `first-probe`, the worst for `last-probe`. */
  assumed_s: number;
}

export interface Wait {
  service: string;
  condition: DependencyCondition;
  required: boolean;
  restart?: boolean;
  /** The depends_on entry. */
  source: SourceRef | null;
  /** When the condition is met. */
  metAt: Range;
  /** True for the wait that decides when the service is created (the one on its critical path). */
  decisive: boolean;
  /** Plain words with the numbers and the source lines. */
  explanation: string;
  /** Other lines the explanation rests on (the dependency's healthcheck). */
  related: SourceRef[];
}

export interface StartupEntry {
  name: string;
  wave: number;
  createdAt: Range;
  startAt: Range;
  /** Healthy for a service with a healthcheck, exited 0 for a one-shot, else running. */
  readyAt: Range;
  waitsFor: Wait[];
  /** The chain of waits that decides when this service is ready, first service first. */
  criticalPath: string[];
  oneShot: boolean;
  /** What "ready" means for this service, in words. */
  readyMeans: 'healthy' | 'completed' | 'running';
  /** The services on a dependency cycle with this one, when it is on one (compose refuses to start it). */
  cycle: string[] | null;
}

export interface StartupPlan {
  waves: string[][];
  /** In start order. */
  services: StartupEntry[];
  /** The chain that decides when the whole stack is ready. */
  criticalPath: string[];
  cycles: string[][];
  readyAt: Range;
  assumptions: StartupAssumptions;
}
