import { describe, expect, it } from 'vitest';
import { analyzeStartup, restoreAssumptions } from './startup';
import { at, dep, healthcheck, model, service } from './testing';

const byName = (plan: ReturnType<typeof analyzeStartup>, name: string) => plan.services.find((s) => s.name === name)!;

describe('analyzeStartup', () => {
  it('puts services with no dependencies in the first wave and orders the rest by depends_on', () => {
    const plan = analyzeStartup(
      model([
        service('app', { dependsOn: [dep('migrator', 'service_completed_successfully'), dep('redis')] }),
        service('migrator', { dependsOn: [dep('db')], oneShot: true }),
        service('db'),
        service('redis'),
      ]),
    );
    expect(plan.waves).toEqual([['db', 'redis'], ['migrator'], ['app']]);
    expect(plan.services.map((s) => s.name)).toEqual(['db', 'redis', 'migrator', 'app']);
    expect(plan.cycles).toEqual([]);
  });

  it('times service_started, service_healthy and service_completed_successfully with the assumptions', () => {
    const m = model([
      service('db', { healthcheck: healthcheck({ interval_s: 10, timeout_s: 5, retries: 3, start_period_s: 30, start_interval_s: 5 }) }),
      service('migrator', { oneShot: true, dependsOn: [dep('db', 'service_healthy', { source: at(40) })] }),
      service('api', { dependsOn: [dep('migrator', 'service_completed_successfully'), dep('db', 'service_started')] }),
    ]);
    const plan = analyzeStartup(m, { containerStart_s: 1, oneShotRun_s: 10, healthcheck: 'first-probe' });
    const db = byName(plan, 'db');
    expect(db.startAt).toEqual({ min_s: 1, max_s: 1, assumed_s: 1 });
    // First probe during start_period after start_interval (5 s); worst case 30 + 3 × (10 + 5) = 75 s.
    expect(db.readyAt).toEqual({ min_s: 6, max_s: 76, assumed_s: 6 });
    const migrator = byName(plan, 'migrator');
    expect(migrator.createdAt).toEqual({ min_s: 6, max_s: 76, assumed_s: 6 });
    expect(migrator.startAt).toEqual({ min_s: 7, max_s: 77, assumed_s: 7 });
    expect(migrator.readyAt).toEqual({ min_s: 17, max_s: 87, assumed_s: 17 });
    expect(migrator.waitsFor[0].explanation).toBe(
      'waits for db healthy (compose.yaml:40): first probe at 5 s (start_interval), worst case 30 + 3 × (10 + 5) = 75 s ' +
        'after db starts at 1 s → healthy at 6–76 s (healthcheck at compose.yaml:20)',
    );
    const api = byName(plan, 'api');
    expect(api.startAt).toEqual({ min_s: 18, max_s: 88, assumed_s: 18 });
    expect(api.waitsFor.map((w) => [w.service, w.decisive])).toEqual([['migrator', true], ['db', false]]);
    expect(api.criticalPath).toEqual(['db', 'migrator', 'api']);
    expect(plan.criticalPath).toEqual(['db', 'migrator', 'api']);
    expect(plan.readyAt).toEqual({ min_s: 18, max_s: 88, assumed_s: 18 });
  });

  it('follows the worst case when the healthcheck passes only on the last probe', () => {
    const m = model([
      service('db', { healthcheck: healthcheck({ interval_s: 10, timeout_s: 5, retries: 2 }) }),
      service('api', { dependsOn: [dep('db', 'service_healthy')] }),
    ]);
    const plan = analyzeStartup(m, { containerStart_s: 2, oneShotRun_s: 10, healthcheck: 'last-probe' });
    // No start_period: the first probe waits a full interval; worst 0 + 2 × (10 + 5) = 30 s.
    expect(byName(plan, 'db').readyAt).toEqual({ min_s: 12, max_s: 32, assumed_s: 32 });
    expect(byName(plan, 'api').startAt).toEqual({ min_s: 14, max_s: 34, assumed_s: 34 });
  });

  it("assumes Docker's default probe timing when service_healthy targets a service with no healthcheck", () => {
    const plan = analyzeStartup(model([service('db'), service('api', { dependsOn: [dep('db', 'service_healthy')] })]));
    const wait = byName(plan, 'api').waitsFor[0];
    expect(wait.metAt).toEqual({ min_s: 31, max_s: 181, assumed_s: 31 });
    expect(wait.explanation).toContain('the image may define one');
  });

  it('counts a disabled healthcheck as ready at start and says compose will fail', () => {
    const plan = analyzeStartup(
      model([
        service('db', { healthcheck: healthcheck({ disable: true }) }),
        service('api', { dependsOn: [dep('db', 'service_healthy')] }),
      ]),
    );
    expect(byName(plan, 'db').readyMeans).toBe('running');
    expect(byName(plan, 'api').waitsFor[0].metAt.min_s).toBe(1);
    expect(byName(plan, 'api').waitsFor[0].explanation).toContain('compose will fail here');
  });

  it('leaves out inactive services, dependencies compose does not know, and dependencies on absent services', () => {
    const plan = analyzeStartup(
      model([
        service('adminer', { active: false, dependsOn: [dep('db')] }),
        service('db'),
        service('search', { origin: ['docs'] }),
        service('api', {
          dependsOn: [
            dep('db', 'service_started', { origin: 'docs' }),
            dep('search'),
            dep('adminer', 'service_started', { required: false }),
            dep('cache', 'service_started', { origin: 'inferred' }),
          ],
        }),
      ]),
    );
    expect(plan.waves).toEqual([['db', 'api']]);
    expect(byName(plan, 'api').waitsFor).toEqual([]);
  });

  it('reports cycles with the services on them and still times the rest', () => {
    const plan = analyzeStartup(
      model([
        service('a', { dependsOn: [dep('b')] }),
        service('b', { dependsOn: [dep('c')] }),
        service('c', { dependsOn: [dep('a')] }),
        service('d', { dependsOn: [dep('a')] }),
        service('self', { dependsOn: [dep('self')] }),
      ]),
    );
    expect(plan.cycles).toEqual([['a', 'b', 'c'], ['self']]);
    expect(byName(plan, 'b').cycle).toEqual(['a', 'b', 'c']);
    expect(byName(plan, 'd').wave).toBe(1);
  });

  it('notes required: false and restart: true in the explanation', () => {
    const plan = analyzeStartup(
      model([service('db'), service('api', { dependsOn: [dep('db', 'service_started', { required: false, restart: true })] })]),
    );
    const w = byName(plan, 'api').waitsFor[0];
    expect(w.restart).toBe(true);
    expect(w.explanation).toMatch(/required: false.*restart: true/);
  });

  it('handles a deep chain without recursion limits', () => {
    // Each entry carries its whole critical path, so the cost grows with n × depth; 3000 is plenty.
    const n = 3000;
    const services = Array.from({ length: n }, (_, i) => service(`s${i}`, { dependsOn: i ? [dep(`s${i - 1}`)] : [] }));
    const plan = analyzeStartup(model(services));
    expect(plan.waves).toHaveLength(n);
    expect(plan.readyAt.max_s).toBe(n);
    expect(plan.criticalPath).toHaveLength(n);
  });

  it('restores assumptions that are missing or not numbers', () => {
    expect(restoreAssumptions({ containerStart_s: -1, oneShotRun_s: Number.NaN, healthcheck: 'x' as never })).toEqual({
      containerStart_s: 1,
      oneShotRun_s: 10,
      healthcheck: 'first-probe',
    });
  });
});
