import { describe, expect, it } from 'vitest';
import { findMentions, serviceKeys } from './findMentions';

const named = (text: string, services: string[]) =>
  findMentions(text, serviceKeys(services)).map((m) => `${text.slice(m.start, m.end)}→${m.service}`);

describe('findMentions', () => {
  it('finds whole words in any case', () => {
    expect(named('Kibana reads from Elasticsearch; the worker polls it.', ['kibana', 'elasticsearch', 'worker'])).toEqual([
      'Kibana→kibana',
      'Elasticsearch→elasticsearch',
      'worker→worker',
    ]);
  });

  it('takes no plural for a name: it is the thing, not the service', () => {
    // From example-voting-app's README, where vote and result are services.
    expect(named('a Python web app which collects new votes', ['vote', 'result'])).toEqual([]);
    expect(named('a Node.js web app which shows the results of the voting', ['vote', 'result'])).toEqual([]);
  });

  it('joins words into a name made of as many parts', () => {
    expect(named('Then celery beat schedules the jobs.', ['celery-beat'])).toEqual(['celery beat→celery-beat']);
    expect(named('The auth service and the auth-service agree.', ['auth-service'])).toEqual(['auth service→auth-service', 'auth-service→auth-service']);
  });

  it('does not run separate words together into a one-word name', () => {
    // From a real README: "we recommend users to set up their host".
    expect(named('we recommend users to set up their host', ['setup'])).toEqual([]);
    expect(named('the setup container creates the users', ['setup'])).toEqual(['setup→setup']);
  });

  it('does not join words across a sentence, nor match inside a longer word', () => {
    expect(named('It ends with celery. Beat goes on.', ['celery-beat'])).toEqual([]);
    expect(named('postgresql and postgres', ['postgres'])).toEqual(['postgres→postgres']);
  });

  it('does not take a segment of an image or page qualified by its host for a service', () => {
    // The sample's worker runs the api's image: that names the image, not the api service.
    expect(named('ghcr.io/shopfront/api:1.9.0', ['api', 'worker'])).toEqual([]);
    expect(named('see `docs.example.com/guides/worker` for the worker', ['worker'])).toEqual(['worker→worker']);
    // Plain slashes and host:port in prose still name services.
    expect(named('Postgres/Redis hold the state; nginx proxies to api:8000.', ['postgres', 'redis', 'nginx', 'api'])).toEqual([
      'Postgres→postgres',
      'Redis→redis',
      'nginx→nginx',
      'api→api',
    ]);
  });
});
