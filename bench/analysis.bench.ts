// Startup analysis and every check on a generated 500-service stack with deep dependency chains.
// Target: well under 20 ms median in Node (the timeline recomputes on every assumption change).
import { analyzeChecks } from '../src/core/analysis/checks';
import { analyzeStartup } from '../src/core/analysis/startup';
import { inferDependencies } from '../src/core/analysis/inferDependencies';
import type { Dependency, DependencyCondition, Model, Service } from '../src/core/types';
import { heading, measure } from './harness';

/** A deterministic stack: 10 chains of 50 services, each link also waiting on an earlier chain. */
export function generateModel(count = 500, chains = 10): Model {
  const ref = (line: number) => ({ file: 'compose.yaml', line, column: 3 });
  const conditions: DependencyCondition[] = ['service_started', 'service_healthy', 'service_completed_successfully'];
  const services: Service[] = [];
  for (let i = 0; i < count; i++) {
    const chain = i % chains;
    const depth = Math.floor(i / chains);
    const deps: Dependency[] = [];
    if (depth > 0) deps.push({ service: `svc-${i - chains}`, condition: conditions[i % 3], required: true, origin: 'compose', source: ref(i * 20 + 5) });
    if (depth > 1 && chain > 0) deps.push({ service: `svc-${i - chains - 1}`, condition: 'service_healthy', required: true, origin: 'compose', source: ref(i * 20 + 8) });
    if (i % 37 === 0) deps.push({ service: `svc-${(i + 7) % count}`, condition: 'service_started', required: true, origin: 'mermaid', source: { file: 'docs/architecture.md', line: i, column: 1 } });
    services.push({
      name: `svc-${i}`,
      origin: ['compose'],
      image: `registry.example/svc-${i}:1.${i % 7}`,
      ports: i % 5 === 0 ? [{ target: 8080, published: String(10000 + (i % 400)), protocol: 'tcp', host_ip: null, source: ref(i * 20 + 3) }] : [],
      dependsOn: deps,
      networks: ['backend'],
      volumes: i % 4 === 0 ? [{ type: 'volume', source: `data-${i}`, target: '/data', read_only: false }] : [],
      healthcheck: i % 2 === 0 ? { test: ['CMD', 'true'], interval_s: 5 + (i % 10), timeout_s: 3, retries: 3 + (i % 4), start_period_s: i % 3 === 0 ? 10 : 0, start_interval_s: 2, disable: false, source: ref(i * 20 + 12) } : null,
      oneShot: i % 3 === 2,
      oneShotReason: null,
      profiles: [],
      active: true,
      role: null,
      notes: [],
      sources: [ref(i * 20 + 1)],
      facts: {},
      restart: i % 3 === 2 ? 'no' : 'unless-stopped',
      containerName: null,
      hostname: null,
      command: null,
      environment: {
        DATABASE_URL: `postgres://u:p@svc-${(i * 13) % count}:5432/db`,
        CACHE_HOST: `svc-${(i * 29) % count}`,
        LOG_LEVEL: 'info',
      },
      stated: { images: i % 11 === 0 ? [{ value: `registry.example/svc-${i}:2.0`, source: { file: 'docs/architecture.md', line: i, column: 1 } }] : [], ports: [] },
    });
  }
  return {
    version: 1,
    name: 'generated',
    files: [{ path: 'compose.yaml', kind: 'compose' }],
    services,
    networks: [{ name: 'backend', external: false, sources: [] }],
    volumes: Array.from({ length: count }, (_, i) => ({ name: `data-${i}`, external: false, sources: [] })),
    diagnostics: [],
  };
}

const stack = generateModel();
const plan = analyzeStartup(stack);
const checks = analyzeChecks(stack);
heading(`analysis: ${stack.services.length} services, ${plan.waves.length} waves, ${checks.length} diagnostics`);
measure('analyzeStartup (500 services)', () => analyzeStartup(stack), 30);
measure('analyzeStartup, last-probe (500 services)', () => analyzeStartup(stack, { containerStart_s: 1, oneShotRun_s: 10, healthcheck: 'last-probe' }), 30);
measure('inferDependencies (500 services)', () => inferDependencies(stack.services), 30);
measure('analyzeChecks (500 services)', () => analyzeChecks(stack), 30);
measure('analyzeStartup + analyzeChecks (500 services)', () => {
  analyzeStartup(stack);
  analyzeChecks(stack);
}, 30);
