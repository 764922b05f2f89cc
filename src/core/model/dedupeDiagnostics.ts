import type { Diagnostic } from '../types';

/** Drops repeats of the same finding at the same place (stages may report one fact twice). */
export function dedupeDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.code}|${d.message}|${d.source?.file}:${d.source?.line}:${d.source?.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
