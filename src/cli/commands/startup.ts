import path from 'node:path';
import { analyzeStartup, restoreAssumptions, type StartupPlan } from '../../core/analysis/startup';
import { formatRange, formatSeconds } from '../../core/analysis/formatTime';
import type { Command } from '../io';
import { formatCheckLine } from './check';
import { loadFromArgs } from '../loadFromArgs';

const FLAGS = {
  'container-start': { type: 'string' },
  'one-shot-run': { type: 'string' },
  healthcheck: { type: 'string' },
} as const;

/**
 * `stackmap startup FILES… [--format json|text] [--profile P]… [--container-start S]
 * [--one-shot-run S] [--healthcheck first-probe|last-probe]`: waves, timing and the critical path.
 */
export const startup: Command = async (args, io) => {
  const loaded = loadFromArgs(args, io, FLAGS);
  if (typeof loaded === 'string') {
    io.stderr(`stackmap startup: ${loaded}\n`);
    return 2;
  }
  const { values, read, workspace } = loaded;
  const format = (values.format as string | undefined) ?? 'text';
  if (format !== 'json' && format !== 'text') {
    io.stderr(`stackmap startup: --format must be json or text, not "${format}"\n`);
    return 2;
  }
  const healthcheck = values.healthcheck as string | undefined;
  if (healthcheck !== undefined && healthcheck !== 'first-probe' && healthcheck !== 'last-probe') {
    io.stderr(`stackmap startup: --healthcheck must be first-probe or last-probe, not "${healthcheck}"\n`);
    return 2;
  }
  const seconds = (flag: string): number | undefined | string => {
    const raw = values[flag] as string | undefined;
    if (raw === undefined) return undefined;
    const n = Number(raw.replace(/s$/, ''));
    return Number.isFinite(n) && n >= 0 ? n : `--${flag} takes a number of seconds, not "${raw}"`;
  };
  const containerStart = seconds('container-start');
  const oneShotRun = seconds('one-shot-run');
  for (const v of [containerStart, oneShotRun]) {
    if (typeof v === 'string') {
      io.stderr(`stackmap startup: ${v}\n`);
      return 2;
    }
  }
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
  io.stdout(format === 'json' ? `${JSON.stringify(plan, null, 2)}\n` : formatStartupText(plan, workspace.model.name, shownRoot, workspace.model.files.map((f) => f.path)));
  // The plan is printed either way (it shows what can start); errors still fail the command, as check does.
  return read.errors.length || errors.length ? 1 : 0;
};

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
