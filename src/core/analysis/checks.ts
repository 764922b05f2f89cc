// Every check Stackmap runs on a model, in one list. Codes are stable: the UI, CI logs and
// scripts key on them.
import type { Diagnostic, Model } from '../types';
import { checkDependencies } from './checkDependencies';
import { checkDrift } from './checkDrift';
import { checkInferred } from './checkInferred';
import { checkPorts, checkResources } from './checkResources';

/**
 * The lint of a workspace: broken or risky depends_on, cycles, healthchecks that cannot pass,
 * host ports published twice, undefined networks and volumes, and docs that disagree with compose.
 * Never throws; each diagnostic names its service and cites its source (and the other end in `related`).
 */
export function analyzeChecks(model: Model): Diagnostic[] {
  return [
    ...checkDependencies(model),
    ...checkInferred(model),
    ...checkPorts(model),
    ...checkResources(model),
    ...checkDrift(model),
  ];
}
