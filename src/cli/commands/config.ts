// `stackmap config`: compose's `config` command. Reads the compose files (and .env, env files,
// and every file they reference) from disk, runs the core pipeline, prints the canonical project.
import path from 'node:path';
import type { CliIO, Command } from '../io';
import type { Diagnostic, LoadOptions, WorkspaceFile } from '../../core/types';
import { composeDefaults, DEFAULT_FILE_NAMES } from '../../core/compose/composeFiles';
import { formatConfig } from '../../core/compose/formatConfig';
import { loadComposeProject } from '../../core/compose/loadComposeProject';
import { COMPOSE_FLAGS, listFlag, parseCommandArgs, stringFlag } from '../args';
import { diskReader, toPosix, type DiskReader } from '../readFile';

export interface ConfigArgs {
  files: string[];
  envFiles: string[];
  profiles: string[];
  projectDirectory?: string;
  projectName?: string;
  format: 'json' | 'yaml';
}

export const CONFIG_USAGE =
  'usage: stackmap config [-f FILE]... [--env-file FILE]... [--profile NAME]... [--project-directory DIR] [-p NAME] [--format json|yaml]';

/** compose's `config` flags. No positionals: compose's are service names, which Stackmap does not filter by. */
export function parseConfigArgs(args: string[]): ConfigArgs | string | 'help' {
  const parsed = parseCommandArgs(args, COMPOSE_FLAGS, false);
  if (typeof parsed === 'string') return parsed;
  if (parsed.help) return 'help';
  const { values } = parsed;
  const format = stringFlag(values.format) ?? 'yaml';
  if (format !== 'json' && format !== 'yaml') return `--format must be json or yaml, not "${format}"`;
  return {
    files: listFlag(values.file),
    envFiles: listFlag(values['env-file']),
    profiles: listFlag(values.profile),
    projectDirectory: stringFlag(values['project-directory']),
    projectName: stringFlag(values['project-name']),
    format,
  };
}

export const config: Command = async (args: string[], io: CliIO) => {
  const parsed = parseConfigArgs(args);
  if (parsed === 'help') {
    io.stdout(`${CONFIG_USAGE}\n`);
    return 0;
  }
  if (typeof parsed === 'string') {
    io.stderr(`stackmap config: ${parsed}\n${CONFIG_USAGE}\n`);
    return 2;
  }
  const ws = readComposeWorkspace(parsed, io);
  if (typeof ws === 'string') {
    io.stderr(`stackmap config: ${ws}\n`);
    return 1;
  }
  const result = loadComposeProject(ws.files, ws.options);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  const shownRoot = path.relative(io.cwd, ws.root);
  for (const e of ws.errors) io.stderr(`stackmap config: ${e}\n`);
  for (const d of result.diagnostics.filter((x) => x.severity !== 'info')) io.stderr(`${formatDiagnostic(d, shownRoot)}\n`);
  if (errors.length > 0 || ws.errors.length > 0) return 1;
  io.stdout(formatConfig(result.value, parsed.format));
  return 0;
};

export interface ComposeWorkspace {
  files: WorkspaceFile[];
  options: LoadOptions;
  /** The project directory on disk: workspace paths are relative to it. */
  root: string;
  /**
   * Files that exist but could not be read (a folder, too large, no permission). Filled while the
   * pipeline runs too, as it reads referenced files; a file that is simply absent is the core's to report.
   */
  errors: string[];
}

/**
 * The workspace compose would read for these flags: the compose files, the env files and every
 * file they reference, as paths relative to the project directory, with options for `config`
 * (the model's commands change `purpose`). `reader` is the disk by default; a function stands
 * in for it in tests.
 */
export function readComposeWorkspace(
  parsed: ConfigArgs,
  io: Pick<CliIO, 'cwd' | 'env'>,
  source: DiskReader | ((abs: string) => string | undefined) = diskReader(io.cwd),
): ComposeWorkspace | string {
  const reader = typeof source === 'function' ? { read: source, errors: [] } : source;
  // Workspace paths are relative to the project directory: compose's default is the first file's folder.
  const firstAbs = parsed.files.length > 0 ? path.resolve(io.cwd, parsed.files[0]) : undefined;
  const projectAbs = path.resolve(io.cwd, parsed.projectDirectory ?? (firstAbs ? path.dirname(firstAbs) : '.'));
  const rel = (p: string) => toPosix(path.relative(projectAbs, path.resolve(io.cwd, p))) || '.';
  const read = (p: string) => reader.read(path.resolve(projectAbs, p));
  let composeFiles = parsed.files.map(rel);
  if (composeFiles.length === 0) {
    composeFiles = composeDefaults((name) => read(name) !== undefined);
    if (composeFiles.length === 0) return `no configuration file provided: not found (looked for ${DEFAULT_FILE_NAMES.join(', ')} in ${projectAbs})`;
  }
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(io.env)) if (typeof v === 'string') env[k] = v;
  const options: LoadOptions = {
    composeFiles,
    envFiles: parsed.envFiles.length > 0 ? parsed.envFiles.map(rel) : undefined,
    profiles: parsed.profiles.length > 0 ? parsed.profiles : undefined,
    environment: env,
    projectDirectory: '',
    // Only the last fallback for the name: -p, COMPOSE_PROJECT_NAME and `name:` come first.
    projectDirectoryName: path.basename(projectAbs),
    missingFiles: 'error',
    projectName: parsed.projectName,
    purpose: 'config',
  };
  const files = new Map<string, WorkspaceFile>();
  for (const p of [...composeFiles, ...(options.envFiles ?? ['.env'])]) {
    const text = files.has(p) ? undefined : read(p);
    if (text !== undefined) files.set(p, { path: p, text });
  }
  // Referenced files (env_file, include, extends) are read when the pipeline asks for them.
  options.readFile = read;
  return { files: [...files.values()], options, root: projectAbs, errors: reader.errors };
}

/** `file:line:col: message`, the file as seen from `root` (where the command ran) so it opens from there. */
export function formatDiagnostic(d: Diagnostic, root = ''): string {
  const where = d.source ? `${root ? path.join(root, d.source.file) : d.source.file}:${d.source.line}:${d.source.column}: ` : '';
  return `${where}${d.severity === 'error' ? '' : `${d.severity}: `}${d.message}`;
}
