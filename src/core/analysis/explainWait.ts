// One wait of the startup timeline in plain words: what is waited for, the numbers, and the lines.
import type { Dependency, Service, SourceRef, StartupAssumptions } from '../types';
import { formatRange, formatSeconds } from './formatTime';
import { DEFAULT_HEALTHCHECK, explainHealthTiming } from './healthTiming';
import type { Range, StartupEntry } from './startupTypes';

export interface WaitFacts {
  dep: Dependency;
  /** The timeline entry of the service waited for. */
  target: StartupEntry;
  /** The service waited for. */
  service: Service;
  assumptions: StartupAssumptions;
}

const where = (ref: SourceRef | null | undefined) => (ref ? ` (${ref.file}:${ref.line})` : '');

export function explainWait(facts: WaitFacts & { metAt: Range }): { text: string; related: SourceRef[] } {
  const { dep, target, service, assumptions, metAt } = facts;
  const name = dep.service;
  const related: SourceRef[] = [];
  const starts = `${name} starts at ${formatRange(target.startAt)}`;
  let text: string;
  if (dep.condition === 'service_healthy') {
    const hc = service.healthcheck;
    if (hc?.disable) {
      text =
        `waits for ${name} healthy${where(dep.source)}, but ${name}'s healthcheck is disabled${where(hc.source)}: ` +
        `compose will fail here; the timeline counts ${name} as ready once it starts, at ${formatRange(metAt)}`;
      if (hc.source) related.push(hc.source);
    } else {
      const timing = explainHealthTiming(hc ?? DEFAULT_HEALTHCHECK);
      const basis = hc
        ? `healthcheck${hc.source ? ` at ${hc.source.file}:${hc.source.line}` : ' in the files'}`
        : `no healthcheck in the files: the image may define one; assuming Docker's defaults`;
      text =
        `waits for ${name} healthy${where(dep.source)}: first probe at ${timing.firstProbeText}, ` +
        `worst case ${timing.worstText} after ${starts} → healthy at ${formatRange(metAt)} (${basis})`;
      if (hc?.source) related.push(hc.source);
    }
  } else if (dep.condition === 'service_completed_successfully') {
    const keepsRunning = service.restart === 'always' || service.restart === 'unless-stopped';
    text =
      `waits for ${name} to complete${where(dep.source)}: ${starts} and runs about ` +
      `${formatSeconds(assumptions.oneShotRun_s)} (assumed) → done at ${formatRange(metAt)}` +
      (keepsRunning ? `; but ${name} has restart: ${service.restart}, so it may never exit` : '');
  } else {
    text =
      `waits for ${name} to start${where(dep.source)}: ${name} is created at ${formatRange(target.createdAt)} ` +
      `and running ${formatSeconds(assumptions.containerStart_s)} later (assumed) → ${formatRange(metAt)}`;
  }
  if (!dep.required) text += `; required: false, so compose carries on without ${name} if it fails`;
  if (dep.restart) text += `; restart: true, so this service restarts when ${name} does`;
  return { text, related };
}
