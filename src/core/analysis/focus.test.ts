import { describe, expect, it } from 'vitest';
import { focusSet } from './focus';
import { dep, model, service } from './testing';

const m = model([
  service('proxy', { dependsOn: [dep('web'), dep('api', 'service_healthy')] }),
  service('web', { dependsOn: [dep('api')] }),
  service('api', { dependsOn: [dep('db'), dep('cache', 'service_started', { origin: 'inferred' })] }),
  service('db'),
  service('cache'),
  service('loop', { dependsOn: [dep('loop2')] }),
  service('loop2', { dependsOn: [dep('loop'), dep('ghost')] }),
]);

describe('focusSet', () => {
  it('follows dependencies both ways, transitively', () => {
    expect(focusSet(m, 'api')).toEqual({ needs: ['db', 'cache'], neededBy: ['proxy', 'web'] });
    expect(focusSet(m, 'db')).toEqual({ needs: [], neededBy: ['api', 'proxy', 'web'] });
  });

  it('can follow only some origins', () => {
    expect(focusSet(m, 'api', { origins: ['compose'] }).needs).toEqual(['db']);
  });

  it('survives cycles and missing services, and never lists the service itself', () => {
    expect(focusSet(m, 'loop')).toEqual({ needs: ['loop2'], neededBy: ['loop2'] });
    expect(focusSet(m, 'nope')).toEqual({ needs: [], neededBy: [] });
  });
});
