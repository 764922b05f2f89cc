import type { Diagnostic, Severity, SourceRef } from '../types';

/** Builds a diagnostic; `extra` adds path, related places or the service. */
export function diag(
  severity: Severity,
  code: string,
  message: string,
  source: SourceRef | null,
  extra: Omit<Diagnostic, 'severity' | 'code' | 'message' | 'source'> = {},
): Diagnostic {
  return { severity, code, message, source, ...extra };
}

export const at = (file: string, line = 1, column = 1): SourceRef => ({ file, line, column });
