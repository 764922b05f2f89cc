// One wording for a depends_on target compose will not start, shared by the profiles stage
// (what `stackmap config` prints) and the analysis checks (what the model carries), so the
// CLI and the app say the same thing about the same line.

/** `service` depends on `dep`, which no compose file defines. `docsNote` adds what the docs know. */
export function missingDependencyMessage(service: string, dep: string, required: boolean, docsNote = ''): string {
  return required
    ? `${service} depends on ${dep}, but no compose file defines a service called ${dep}: compose will refuse to start. ` +
        `Fix the name, add the service, or mark the dependency required: false.${docsNote}`
    : `${service} depends on ${dep}, which no compose file defines; with required: false compose starts ${service} without it.${docsNote}`;
}

/** `service` depends on `dep`, which only runs in profiles that are not active. */
export function inactiveDependencyMessage(service: string, dep: string, profiles: string[], required: boolean): string {
  const which = profiles.length ? ` (profiles: ${profiles.join(', ')})` : '';
  return required
    ? `${service} depends on ${dep}, which is only in a profile that is not active${which}: compose will not start ${service}. ` +
        `Activate the profile, give ${service} the same profile, or mark the dependency required: false.`
    : `${service} depends on ${dep}, which is only in a profile that is not active${which}; with required: false compose starts ${service} without it.`;
}
