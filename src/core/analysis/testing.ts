// Hand-built models for the analysis tests: every Service field filled with a plain default,
// so a test states only the facts it is about.
import { emptyService } from '../model/emptyService';
import type { Dependency, DependencyCondition, Healthcheck, Model, Service, SourceRef } from '../types';

export const at = (line: number, file = 'compose.yaml', column = 3): SourceRef => ({ file, line, column });

export function service(name: string, partial: Partial<Service> = {}): Service {
  return {
    ...emptyService(name, ['compose']),
    sources: [at(1)],
    ...partial,
  };
}

export function dep(
  target: string,
  condition: DependencyCondition = 'service_started',
  partial: Partial<Dependency> = {},
): Dependency {
  return { service: target, condition, required: true, origin: 'compose', source: at(10), ...partial };
}

/** A healthcheck with compose's defaults, overridden by `partial`. */
export function healthcheck(partial: Partial<Healthcheck> = {}): Healthcheck {
  return {
    test: ['CMD', 'true'],
    interval_s: 30,
    timeout_s: 30,
    retries: 3,
    start_period_s: 0,
    start_interval_s: 5,
    disable: false,
    source: at(20),
    ...partial,
  };
}

export function model(services: Service[], partial: Partial<Model> = {}): Model {
  return {
    version: 1,
    name: 'test',
    files: [{ path: 'compose.yaml', kind: 'compose' }],
    services,
    networks: [],
    volumes: [],
    diagnostics: [],
    ...partial,
  };
}
