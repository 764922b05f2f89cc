import path from 'node:path';
import { analyzeStartup, restoreAssumptions, type StartupEntry, type StartupPlan } from '../../core/analysis/startup';
import { formatRange, formatSeconds } from '../../core/analysis/formatTime';
import { stringFlag } from '../args';
import type { CliIO, Command } from '../io';
import { formatCheckLine } from './check';
import { loadFromArgs, parseWorkspaceArgs, WITHOUT_FILES } from '../loadFromArgs';

const FLAGS = {
  'container-start': { type: 'string' },
  'one-shot-run': { type: 'string' },
  healthcheck: { type: 'string' },
} as const;

const USAGE = `usage: stackmap startup [FILES…] [-f FILE]… [--env-file FILE]… [--profile NAME]… [--project-directory DIR] [-p NAME]
                       [--format json|text] [--container-start S] [--one-shot-run S] [--healthcheck first-probe|last-probe]

Prints the startup waves, each service's created/started/ready times (best–worst case) and the critical path.
${WITHOUT_FILES}
`;

/**
 * `stackmap startup FILES… [--format json|text] [--profile P]… [--container-start S]
 * [--one-shot-run S] [--healthcheck first-probe|last-probe]`: waves, timing and the critical path.
 */
export const startup: Command = async (args, io) => {
  const parsed = parseWorkspaceArgs(args, FLAGS);
  if (typeof parsed === 'string') return usageError(io, parsed);
  if (parsed.help) {
    io.stdout(USAGE);
    return 0;
  }
  const { values } = parsed;
  const format = stringFlag(values.format) ?? 'text';
  if (format !== 'json' && format !== 'text') return usageError(io, `--format must be json or text, not "${format}"`);
  const healthcheck = stringFlag(values.healthcheck);
  if (healthcheck !== undefined && healthcheck !== 'first-probe' && healthcheck !== 'last-probe') {
    return usageError(io, `--healthcheck must be first-probe or last-probe, not "${healthcheck}"`);
  }
  const seconds = (flag: string): number | undefined | string => {
    const raw = stringFlag(values[flag]);
    if (raw === undefined) return undefined;
    const n = Number(raw.replace(/s$/, ''));
    return Number.isFinite(n) && n >= 0 ? n : `--${flag} takes a number of seconds, not "${raw}"`;
  };
  const containerStart = seconds('container-start');
  const oneShotRun = seconds('one-shot-run');
  for (const v of [containerStart, oneShotRun]) if (typeof v === 'string') return usageError(io, v);
  const loaded = loadFromArgs(parsed, io);
  if (typeof loaded === 'string') return usageError(io, loaded);
  const { read, workspace } = loaded;
  for (const error of read.errors) io.stderr(`${error}\n`);
  const shownRoot = path.relative(io.cwd, read.root);
  const errors = workspace.model.diagnostics.filter((d) => d.severity === 'error');
  // Paths as seen from where the command ran, so they open from the terminal.
  for (const d of errors) io.stderr(`${formatCheckLine(d, shownRoot)}\n`);
  const assumptions = restoreAssumptions({
    containerStart_s: containerStart as number | undefined,
    oneShotRun_s: oneShotRun as number | undefined,
    healthcheck: healthcheck as 'first-probe' | 'last-probe' | undefined,
  });
  const plan = analyzeStartup(workspace.model, assumptions);
  io.stdout(format === 'json' ? `${JSON.stringify(toStartupJson(plan), null, 2)}\n` : formatStartupText(plan, workspace.model.name, shownRoot, workspace.model.files.map((f) => f.path)));
  // The plan is printed either way (it shows what can start); errors still fail the command, as check does.
  return read.errors.length || errors.length ? 1 : 0;
};

function usageError(io: CliIO, message: string): number {
  io.stderr(`stackmap startup: ${message}\n${USAGE}`);
  return 2;
}

/** A service of `stackmap startup --format json`: its entry, with its critical path as one link. */
export type StartupJsonEntry = Omit<StartupEntry, 'criticalPath'> & {
  /**
   * The service whose wait decided when this one was created: its predecessor on its own critical
   * path (follow these back to get the whole chain); null when it waits for nothing.
   */
  criticalPredecessor: string | null;
};

/**
 * The plan as printed: the stack's critical path once at the top, and per service only the
 * link to its predecessor. Each entry's whole path made the output quadratic on deep chains.
 */
export function toStartupJson(plan: StartupPlan): Omit<StartupPlan, 'services'> & { services: StartupJsonEntry[] } {
  const services = plan.services.map(({ criticalPath, ...entry }) => ({
    ...entry,
    criticalPredecessor: criticalPath.length > 1 ? criticalPath[criticalPath.length - 2] : null,
  }));
  return { ...plan, services };
}

/** The plan as an aligned table for a terminal or a CI log, then the reasons for each wait. */
export function formatStartupText(plan: StartupPlan, name: string | null, root = '', files: string[] = []): string {
  const lines: string[] = [];
  const count = plan.services.length;
  if (!count) return 'No services to start (no compose file, or every service is in an inactive profile).\n';
  lines.push(
    `Startup of ${name ?? 'the stack'}: ${count} service${count === 1 ? '' : 's'} in ${plan.waves.length} wave${plan.waves.length === 1 ? '' : 's'}, ` +
      `ready at ${formatRange(plan.readyAt)} (best–worst case), ${formatSeconds(plan.readyAt.assumed_s)} assuming ${describe(plan)}.`,
    '',
  );
  const rows = [
    ['wave', 'service', 'waits for', 'created', 'started', 'ready'],
    ...plan.services.map((e) => [
      String(e.wave),
      (plan.criticalPath.includes(e.name) ? '* ' : '  ') + e.name,
      e.waitsFor.map((w) => `${w.service} ${CONDITION_WORD[w.condition]}`).join(', ') || '–',
      formatRange(e.createdAt),
      formatRange(e.startAt),
      `${formatRange(e.readyAt)} (${e.readyMeans})`,
    ]),
  ];
  lines.push(...table(rows), '');
  lines.push(`Critical path (*): ${plan.criticalPath.join(' → ')}`);
  lines.push(plan.cycles.length ? `Cycles (compose refuses to start these): ${plan.cycles.map((c) => [...c, c[0]].join(' → ')).join('; ')}` : 'Cycles: none');
  const waits = plan.services.filter((e) => e.waitsFor.length);
  if (waits.length) {
    const relocate = pathRelocator(files, root);
    lines.push('', 'Why:');
    for (const e of waits) for (const w of e.waitsFor) lines.push(`  ${e.name} ${relocate(w.explanation)}`);
  }
  return `${lines.join('\n')}\n`;
}

const CONDITION_WORD = {
  service_started: 'started',
  service_healthy: 'healthy',
  service_completed_successfully: 'completed',
} as const;

function describe(plan: StartupPlan): string {
  const a = plan.assumptions;
  return (
    `containers start in ${formatSeconds(a.containerStart_s)}, one-shot tasks run ${formatSeconds(a.oneShotRun_s)}, ` +
    `healthchecks pass on the ${a.healthcheck === 'first-probe' ? 'first' : 'last'} probe`
  );
}

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]))).join('  ').trimEnd());
}

/** Explanations cite workspace paths; print them relative to where the command ran. */
function pathRelocator(files: string[], root: string): (text: string) => string {
  if (!root || !files.length) return (text) => text;
  const escaped = [...files].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const cited = new RegExp(`(?<![\\w./-])(${escaped.join('|')}):(\\d+)`, 'g');
  return (text) => text.replace(cited, (_, file: string, line: string) => `${path.join(root, file)}:${line}`);
}
