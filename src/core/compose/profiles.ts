// Profiles stage: which services compose would run. Services without `profiles` always run;
// `*` activates every profile. An active service that depends on a service that is not
// active is an error, worded as compose-go reports it ("depends on undefined service").
import type { Diagnostic } from '../types';
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

/** Reports dependencies of active services on services that are not part of the project. */
export function checkDependencies(split: ProfileSplit, diagnostics: Diagnostic[]): void {
  for (const [name, e] of split.active) {
    const deps = e.value.kind === 'map' ? e.value.entries.get('depends_on')?.value : undefined;
    if (deps?.kind !== 'map') continue;
    for (const [dep, d] of deps.entries) {
      if (split.active.has(dep)) continue;
      const required = d.value.kind === 'map' ? d.value.entries.get('required')?.value : undefined;
      const optional = required?.kind === 'scalar' && required.value === false;
      const why = split.inactive.has(dep)
        ? ` (${dep} is only in profile${serviceProfiles(split.inactive.get(dep)!.value).length > 1 ? 's' : ''} ${serviceProfiles(split.inactive.get(dep)!.value).join(', ')}, which ${serviceProfiles(split.inactive.get(dep)!.value).length > 1 ? 'are' : 'is'} not active)`
        : '';
      if (optional) {
        diagnostics.push(diag('warning', 'missing-dependency', `Service "${name}" depends on undefined service "${dep}"${why}; it is optional (required: false), so compose ignores it.`, d.keySrc, { service: name }));
      } else {
        diagnostics.push(diag('error', 'missing-dependency', `Service "${name}" depends on undefined service "${dep}"${why}: invalid compose project.`, d.keySrc, { service: name }));
      }
    }
  }
}
