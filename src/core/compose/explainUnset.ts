// An unset variable makes a value empty; the schema or a stage then rejects the empty value at
// the same spot. Reported apart, the error shows the symptom ("" is not a duration) and a
// warning lower down holds the cause. Folded together, the error says both. Compose warns once
// per variable, and so do we: a second empty value from the same variable keeps its plain error.
import type { Diagnostic } from '../types';
import { unsetVariableIn } from './interpolate';

/** Errors at the spot of an unset variable say it is the cause; those warnings are folded into them. */
export function explainUnsetVariables(diagnostics: Diagnostic[]): Diagnostic[] {
  const unsetAt = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (d.code !== 'unset-variable' || !d.source) continue;
    const key = spot(d);
    unsetAt.set(key, [...(unsetAt.get(key) ?? []), d]);
  }
  if (!unsetAt.size) return diagnostics;
  const folded = new Set<Diagnostic>();
  const out = diagnostics.map((d) => {
    const causes = d.severity === 'error' && d.source ? unsetAt.get(spot(d)) : undefined;
    if (!causes) return d;
    const names = causes.map((c) => unsetVariableIn(c.message)).filter((n): n is string => !!n);
    if (!names.length) return d;
    causes.forEach((c) => folded.add(c));
    const list = names.join(' and ');
    const one = names.length === 1;
    return {
      ...d,
      message: `${d.message} It is empty because ${list} ${one ? 'is' : 'are'} not set: set ${one ? 'it' : 'them'} in .env, or give a default with \${${names[0]}:-value}.`,
    };
  });
  return out.filter((d) => !folded.has(d));
}

const spot = (d: Diagnostic) => `${d.source!.file}:${d.source!.line}:${d.source!.column}`;
