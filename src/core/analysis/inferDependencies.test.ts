import { describe, expect, it } from 'vitest';
import { hostsInCommand, hostsInValue, inferDependencies } from './inferDependencies';
import { at, dep, service } from './testing';

describe('inferDependencies', () => {
  it('finds hosts in URLs and host variables, with the variable as reason and its line as source', () => {
    const services = [
      service('api', {
        environment: {
          DATABASE_URL: 'postgres://shop:secret@db:5432/shop',
          REDIS_HOST: 'cache',
          SEARCH: 'see http://search:9200/_cluster',
        },
        facts: { 'environment.DATABASE_URL': { source: at(6), overrides: [] } },
        sources: [at(35)],
      }),
      service('db'),
      service('cache'),
      service('search'),
    ];
    const inferred = inferDependencies(services).get('api')!;
    expect(inferred).toEqual([
      { service: 'db', condition: 'service_started', required: false, origin: 'inferred', source: at(6), reason: 'DATABASE_URL' },
      { service: 'cache', condition: 'service_started', required: false, origin: 'inferred', source: at(35), reason: 'REDIS_HOST' },
      { service: 'search', condition: 'service_started', required: false, origin: 'inferred', source: at(35), reason: 'SEARCH' },
    ]);
  });

  it('skips services already depended on, itself, docs-only services and near misses', () => {
    const services = [
      service('web', {
        dependsOn: [dep('api')],
        environment: {
          API_BASE_URL: 'http://api:8000',
          HOSTNAME: 'web',
          LOG_LEVEL: 'worker',
          OTHER: 'db',
          DB_HOST: 'db2',
          CACHE_URL: 'redis://cache.example.com:6379',
          DOCS_URL: 'https://search/x',
        },
        command: ['celery', '-A', 'shop', 'worker'],
      }),
      service('api'),
      service('db'),
      service('worker'),
      service('cache'),
      service('search', { origin: ['docs'] }),
    ];
    expect(inferDependencies(services).get('web')).toBeUndefined();
  });

  it('matches container names and host:port arguments of commands', () => {
    const services = [
      service('app', { command: ['sh', '-c', 'wait-for-it shop-db:5432 -- ./run --broker=queue:5672'] }),
      service('db', { containerName: 'shop-db' }),
      service('queue'),
    ];
    expect(inferDependencies(services).get('app')!.map((d) => [d.service, d.reason])).toEqual([
      ['db', 'command'],
      ['queue', 'command'],
    ]);
  });

  it('does not infer twice when the model already holds the inferred dependency', () => {
    const services = [
      service('api', { environment: { REDIS_URL: 'redis://cache:6379' }, dependsOn: [dep('cache', 'service_started', { origin: 'inferred' })] }),
      service('cache'),
    ];
    expect(inferDependencies(services).size).toBe(0);
  });
});

describe('host extraction', () => {
  it('reads multi-host URLs and lists', () => {
    expect(hostsInValue('MONGO_URL', 'mongodb://u:p@m1:27017,m2:27017/db?replicaSet=rs')).toEqual(['m1', 'm2']);
    expect(hostsInValue('KAFKA_BROKERS', 'kafka1:9092,kafka2:9092')).toEqual(['kafka1', 'kafka2']);
    expect(hostsInValue('ES_HOSTS', 'http://es:9200')).toEqual(['es']);
  });

  it('ignores image-like words and bare words in commands', () => {
    expect(hostsInCommand(['redis-server', '--appendonly', 'yes'])).toEqual([]);
    expect(hostsInCommand(['--port=8000:99999'])).toEqual([]);
  });
});
