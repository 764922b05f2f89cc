// Profiles stage: which services compose would run. Services without `profiles` always run;
// `*` activates every profile. An active service that depends on a service that is not
// active is an error, as compose-go reports it ("depends on undefined service").
import type { Diagnostic } from '../types';
import { inactiveDependencyMessage, missingDependencyMessage } from './dependencyMessages';
import { diag } from './diagnostics';
import { scalarText } from './node';
import type { YEntry, YNode } from './node';

export interface ProfileSplit {
  active: Map<string, YEntry>;
  inactive: Map<string, YEntry>;
}

export function serviceProfiles(svc: YNode): string[] {
  const p = svc.kind === 'map' ? svc.entries.get('profiles')?.value : undefined;
  if (!p) return [];
  if (p.kind === 'seq') return p.items.map((i) => scalarText(i)).filter((x): x is string => x !== undefined);
  const t = scalarText(p);
  return t ? [t] : [];
}

/** Splits services by the active profiles. */
export function applyProfiles(services: Map<string, YEntry>, profiles: string[]): ProfileSplit {
  const all = profiles.includes('*');
  const active = new Map<string, YEntry>();
  const inactive = new Map<string, YEntry>();
  for (const [name, e] of services) {
    const own = serviceProfiles(e.value);
    const on = own.length === 0 || all || own.some((p) => profiles.includes(p));
    (on ? active : inactive).set(name, e);
  }
  return { active, inactive };
}

/**
 * Reports dependencies of active services on services that are not part of the project, as
 * `docker compose config` refuses them. Only for `purpose: 'config'`: the model leaves this to
 * the analysis checks, which say the same with the docs in view (one report, not two).
 */
export function checkDependencies(split: ProfileSplit, diagnostics: Diagnostic[]): void {
  for (const [name, e] of split.active) {
    const deps = e.value.kind === 'map' ? e.value.entries.get('depends_on')?.value : undefined;
    if (deps?.kind !== 'map') continue;
    for (const [dep, d] of deps.entries) {
      if (split.active.has(dep)) continue;
      const required = d.value.kind === 'map' ? d.value.entries.get('required')?.value : undefined;
      const optional = required?.kind === 'scalar' && required.value === false;
      // compose ignores an optional one; say so without failing, as compose only logs it.
      const severity = optional ? 'warning' : 'error';
      const target = split.inactive.get(dep);
      if (target) {
        const message = inactiveDependencyMessage(name, dep, serviceProfiles(target.value), !optional);
        diagnostics.push(diag(severity, 'inactive-dependency', message, d.keySrc, { service: name, related: [target.keySrc] }));
      } else {
        diagnostics.push(diag(severity, 'missing-dependency', missingDependencyMessage(name, dep, !optional), d.keySrc, { service: name }));
      }
    }
  }
}
