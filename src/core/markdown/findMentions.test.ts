import { describe, expect, it } from 'vitest';
import { findMentions, serviceKeys } from './findMentions';

const named = (text: string, services: string[]) =>
  findMentions(text, serviceKeys(services)).map((m) => `${text.slice(m.start, m.end)}→${m.service}`);

describe('findMentions', () => {
  it('finds whole words in any case, and the plural of a name', () => {
    expect(named('Kibana reads from Elasticsearch; the workers poll it.', ['kibana', 'elasticsearch', 'worker'])).toEqual([
      'Kibana→kibana',
      'Elasticsearch→elasticsearch',
      'workers→worker',
    ]);
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
});
