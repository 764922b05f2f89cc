import { describe, expect, it } from 'vitest';
import { matchService, type ServiceIdentity } from './matchService';

const ids: ServiceIdentity[] = [
  { name: 'db', image: 'postgres:16-alpine', containerName: 'shop-db' },
  { name: 'cache', image: 'redis:7', aliases: ['redis-primary'] },
  { name: 'cartservice' },
  { name: 'valkey-cart', image: 'valkey/valkey:8' },
  { name: 'identity-service' },
  { name: 'identity-migrate' },
  { name: 'worker-backtest' },
  { name: 'worker-strategy' },
];

describe('matchService', () => {
  it('matches names, container names, aliases and images, ignoring case and punctuation', () => {
    expect(matchService('DB', ids)).toBe('db');
    expect(matchService('shop_db', ids)).toBe('db');
    expect(matchService('Redis Primary', ids)).toBe('cache');
    expect(matchService('postgres', ids)).toBe('db');
    expect(matchService('PostgreSQL', ids)).toBe('db');
    expect(matchService('Redis', ids)).toBe('cache');
  });
  it('tolerates generic words and names inside short labels', () => {
    expect(matchService('Cart Service', ids)).toBe('cartservice');
    expect(matchService('Identity', ids)).toBe('identity-service');
    expect(matchService('📦 db', ids)).toBe('db');
    expect(matchService('ValKey', ids)).toBe('valkey-cart');
  });
  it('does not guess between two services, nor match unrelated words', () => {
    expect(matchService('worker', ids)).toBeNull();
    expect(matchService('Broker APIs', ids)).toBeNull();
    expect(matchService('', ids)).toBeNull();
  });
  it('strips a prefix the services share', () => {
    const lf: ServiceIdentity[] = [{ name: 'langfuse-web' }, { name: 'langfuse-worker' }, { name: 'redis' }];
    expect(matchService('web', lf)).toBe('langfuse-web');
    expect(matchService('Worker', lf)).toBe('langfuse-worker');
  });
});
