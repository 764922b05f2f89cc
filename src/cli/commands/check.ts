import path from 'node:path';
import type { Diagnostic, Severity, SourceRef } from '../../core/types';
import type { Command } from '../io';
import { stringFlag } from '../args';
import { loadFromArgs, parseWorkspaceArgs, WITHOUT_FILES } from '../loadFromArgs';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const USAGE = `usage: stackmap check [FILES…] [-f FILE]… [--env-file FILE]… [--profile NAME]… [--project-directory DIR] [-p NAME] [--format json|text]

Prints every diagnostic as file:line:col: severity: message [code]; exits 1 when any is an error.
${WITHOUT_FILES}
`;

/** `stackmap check FILES… [--format json|text]`: every diagnostic; exit 1 when any is an error. */
export const check: Command = async (args, io) => {
  const parsed = parseWorkspaceArgs(args);
  if (typeof parsed !== 'string' && parsed.help) {
    io.stdout(USAGE);
    return 0;
  }
  const format = typeof parsed === 'string' ? 'text' : (stringFlag(parsed.values.format) ?? 'text');
  if (format !== 'json' && format !== 'text') {
    io.stderr(`stackmap check: --format must be json or text, not "${format}"\n${USAGE}`);
    return 2;
  }
  const loaded = typeof parsed === 'string' ? parsed : loadFromArgs(parsed, io);
  if (typeof loaded === 'string') {
    io.stderr(`stackmap check: ${loaded}\n${USAGE}`);
    return 2;
  }
  const { read, workspace } = loaded;
  for (const error of read.errors) io.stderr(`${error}\n`);
  // The model carries every diagnostic: the pipeline's and the checks' (buildModel runs them).
  const diagnostics = sortDiagnostics(workspace.model.diagnostics);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  if (format === 'json') io.stdout(`${JSON.stringify({ diagnostics, counts }, null, 2)}\n`);
  else io.stdout(formatCheckText(diagnostics, path.relative(io.cwd, read.root)));
  return counts.error || read.errors.length ? 1 : 0;
};

/** One diagnostic as `file:line:col: severity: message [code]`, the file as seen from `root`. */
export function formatCheckLine(d: Diagnostic, root = ''): string {
  const at = (ref: SourceRef) => `${root ? path.join(root, ref.file) : ref.file}:${ref.line}:${ref.column}`;
  return [`${d.source ? `${at(d.source)}: ` : ''}${d.severity}: ${d.message} [${d.code}]`, ...(d.related ?? []).map((r) => `    see ${at(r)}`)].join('\n');
}

/** `file:line:col: severity: message [code]`, one per line, related places indented under it. */
export function formatCheckText(diagnostics: Diagnostic[], root = ''): string {
  const lines = diagnostics.map((d) => formatCheckLine(d, root));
  const n = (k: Severity, word: string) => {
    const c = diagnostics.filter((d) => d.severity === k).length;
    return `${c} ${word}${c === 1 ? '' : 's'}`;
  };
  lines.push(diagnostics.length ? `\n${n('error', 'error')}, ${n('warning', 'warning')}, ${n('info', 'note')}` : 'No problems found.');
  return `${lines.join('\n')}\n`;
}

function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic) => [d.source?.file ?? '', d.source?.line ?? 0, d.source?.column ?? 0] as const;
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((x, y) => {
      const [a, b] = [key(x.d), key(y.d)];
      return a[0].localeCompare(b[0]) || a[1] - b[1] || a[2] - b[2] || RANK[x.d.severity] - RANK[y.d.severity] || x.i - y.i;
    })
    .map(({ d }) => d);
}
