import type { Diagnostic, Service, Severity, SourceRef } from '../types';

/** Builds a diagnostic, leaving out `related` when there is nothing to relate. */
export function diagnostic(
  severity: Severity,
  code: string,
  message: string,
  source: SourceRef | null,
  service: string,
  related: (SourceRef | null | undefined)[] = [],
): Diagnostic {
  const d: Diagnostic = { severity, code, message, source, service };
  const others = related.filter((r): r is SourceRef => Boolean(r) && !sameRef(r!, source));
  if (others.length) d.related = others;
  return d;
}

/** Where a fact of a service was set, trying fact keys in order, else the service's own line. */
export function factSource(service: Service, ...keys: string[]): SourceRef | null {
  for (const key of keys) {
    const fact = service.facts[key];
    if (fact) return fact.source;
  }
  return service.sources[0] ?? null;
}

export const where = (ref: SourceRef | null | undefined): string => (ref ? `${ref.file}:${ref.line}` : 'an unknown line');

const sameRef = (a: SourceRef, b: SourceRef | null) =>
  b !== null && a.file === b.file && a.line === b.line && a.column === b.column;
