// `stackmap config`: compose's `config` command. Reads the compose files (and .env, env files,
// and every file they reference) from disk, runs the core pipeline, prints the canonical project.
import fs from 'node:fs';
import path from 'node:path';
import type { CliIO, Command } from '../io';
import type { Diagnostic, LoadOptions, WorkspaceFile } from '../../core/types';
import { DEFAULT_FILE_NAMES } from '../../core/compose/composeFiles';
import { formatConfig } from '../../core/compose/formatConfig';
import { loadComposeProject } from '../../core/compose/loadComposeProject';

export interface ConfigArgs {
  files: string[];
  envFiles: string[];
  profiles: string[];
  projectDirectory?: string;
  projectName?: string;
  format: 'json' | 'yaml';
}

const USAGE = 'usage: stackmap config [-f FILE]... [--env-file FILE]... [--profile NAME]... [--project-directory DIR] [-p NAME] [--format json|yaml]';

export function parseConfigArgs(args: string[]): ConfigArgs | string {
  const out: ConfigArgs = { files: [], envFiles: [], profiles: [], format: 'yaml' };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const eq = a.indexOf('=');
    const [flag, inline] = a.startsWith('--') && eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
    const value = () => inline ?? args[++i];
    switch (flag) {
      case '-f':
      case '--file':
        out.files.push(value());
        break;
      case '--env-file':
        out.envFiles.push(value());
        break;
      case '--profile':
        out.profiles.push(value());
        break;
      case '--project-directory':
        out.projectDirectory = value();
        break;
      case '-p':
      case '--project-name':
        out.projectName = value();
        break;
      case '--format': {
        const f = value();
        if (f !== 'json' && f !== 'yaml') return `--format must be json or yaml, not "${f}"`;
        out.format = f;
        break;
      }
      default:
        return `unknown argument "${a}"`;
    }
    if (out.files.includes(undefined as unknown as string) || out.envFiles.includes(undefined as unknown as string)) return `${flag} needs a value`;
  }
  return out;
}

/** Reads a file as UTF-8, bad bytes becoming U+FFFD (the core reports them). */
function readText(abs: string): string | undefined {
  try {
    if (!fs.statSync(abs).isFile()) return undefined;
    return new TextDecoder('utf-8').decode(fs.readFileSync(abs));
  } catch {
    return undefined;
  }
}

const toPosix = (p: string) => p.split(path.sep).join('/');

export const config: Command = async (args: string[], io: CliIO) => {
  const parsed = parseConfigArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`stackmap config: ${parsed}\n${USAGE}\n`);
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
  for (const d of result.diagnostics.filter((x) => x.severity !== 'info')) io.stderr(`${formatDiagnostic(d, shownRoot)}\n`);
  if (errors.length > 0) return 1;
  io.stdout(formatConfig(result.value, parsed.format));
  return 0;
};

/**
 * The workspace compose would read for these flags: the compose files, the env files and every
 * file they reference, as paths relative to the project directory. `read` is the disk by default.
 */
export function readComposeWorkspace(
  parsed: ConfigArgs,
  io: Pick<CliIO, 'cwd' | 'env'>,
  read: (abs: string) => string | undefined = readText,
): { files: WorkspaceFile[]; options: LoadOptions; root: string } | string {
  // Workspace paths are relative to the project directory: compose's default is the first file's folder.
  const firstAbs = parsed.files.length > 0 ? path.resolve(io.cwd, parsed.files[0]) : undefined;
  const projectAbs = path.resolve(io.cwd, parsed.projectDirectory ?? (firstAbs ? path.dirname(firstAbs) : '.'));
  const rel = (p: string) => toPosix(path.relative(projectAbs, path.resolve(io.cwd, p))) || '.';
  let composeFiles = parsed.files.map(rel);
  if (composeFiles.length === 0) {
    const main = DEFAULT_FILE_NAMES.find((n) => read(path.join(projectAbs, n)) !== undefined);
    if (!main) return `no configuration file provided: not found (looked for ${DEFAULT_FILE_NAMES.join(', ')} in ${projectAbs})`;
    const stem = main.replace(/\.ya?ml$/, '.override');
    const override = [`${stem}${main.slice(main.lastIndexOf('.'))}`, `${stem}${main.endsWith('.yml') ? '.yaml' : '.yml'}`].find((n) => read(path.join(projectAbs, n)) !== undefined);
    composeFiles = override ? [main, override] : [main];
  }
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(io.env)) if (typeof v === 'string') env[k] = v;
  const options: LoadOptions = {
    composeFiles,
    envFiles: parsed.envFiles.length > 0 ? parsed.envFiles.map(rel) : undefined,
    profiles: parsed.profiles.length > 0 ? parsed.profiles : undefined,
    environment: env,
    projectDirectory: '',
    missingFiles: 'error',
    projectName: parsed.projectName ?? normalizeName(path.basename(projectAbs)),
  };
  const files = new Map<string, WorkspaceFile>();
  const load = (p: string) => {
    if (files.has(p)) return;
    const text = read(path.resolve(projectAbs, p));
    if (text !== undefined) files.set(p, { path: p, text });
  };
  for (const p of [...composeFiles, ...(options.envFiles ?? ['.env'])]) load(p);
  // Referenced files (env_file, include, extends) are read when the pipeline asks for them.
  options.readFile = (p) => read(path.resolve(projectAbs, p));
  return { files: [...files.values()], options, root: projectAbs };
}

function normalizeName(dir: string): string | undefined {
  return dir.toLowerCase().replace(/[^a-z0-9_-]/g, '') || undefined;
}

/** `file:line:col: message`, the file as seen from `root` (where the command ran) so it opens from there. */
export function formatDiagnostic(d: Diagnostic, root = ''): string {
  const where = d.source ? `${root ? path.join(root, d.source.file) : d.source.file}:${d.source.line}:${d.source.column}: ` : '';
  return `${where}${d.severity === 'error' ? '' : `${d.severity}: `}${d.message}`;
}
