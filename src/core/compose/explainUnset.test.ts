import { describe, expect, it } from 'vitest';
import { loadComposeProject } from './loadComposeProject';

const compose = `services:
  db:
    image: postgres:16
    healthcheck:
      test: ["CMD", "pg_isready"]
      interval: "$HEALTHCHECK_INTERVAL"
      retries: 5
    environment:
      PASSWORD: $DB_PASSWORD
`;

describe('an empty value from an unset variable', () => {
  it('is one error that names the variable as the cause, not an error and a warning apart', () => {
    const { diagnostics } = loadComposeProject([{ path: 'compose.yaml', text: compose }], { environment: {} });
    const atInterval = diagnostics.filter((d) => d.source?.line === 6);
    expect(atInterval).toHaveLength(1);
    expect(atInterval[0].severity).toBe('error');
    expect(atInterval[0].message).toMatch(/is not a duration/);
    expect(atInterval[0].message).toMatch(/It is empty because HEALTHCHECK_INTERVAL is not set: set it in \.env, or give a default with \$\{HEALTHCHECK_INTERVAL:-value\}\./);
    // An unset variable that breaks nothing stays a warning of its own.
    expect(diagnostics.find((d) => d.source?.line === 9)).toMatchObject({ severity: 'warning', code: 'unset-variable' });
  });

  it('leaves the error alone when the variable is set', () => {
    const { diagnostics } = loadComposeProject([{ path: 'compose.yaml', text: compose }], { environment: { HEALTHCHECK_INTERVAL: 'often', DB_PASSWORD: 'x' } });
    const error = diagnostics.find((d) => d.severity === 'error');
    expect(error?.message).toMatch(/"often" is not a duration/);
    expect(error?.message).not.toMatch(/is empty because/);
  });
});
