import { parseArgs } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import { loadWorkspace, type Workspace } from '../core/model/buildModel';
import { classifyFile } from '../core/model/classifyFile';
import type { WorkspaceFile } from '../core/types';
import { readComposeWorkspace } from './commands/config';
import type { CliIO } from './io';

/** Flags every workspace-reading command shares, named as compose names them. */
export const WORKSPACE_FLAGS = {
  file: { type: 'string', short: 'f', multiple: true },
  'env-file': { type: 'string', multiple: true },
  profile: { type: 'string', multiple: true },
  'project-directory': { type: 'string' },
  format: { type: 'string' },
} as const;

export interface CliWorkspace {
  workspace: Workspace;
  files: WorkspaceFile[];
  values: Record<string, unknown>;
  /** Files named on the command line that could not be read. */
  errors: string[];
  /** Where the workspace lives on disk (workspace paths are relative to it), and the read errors. */
  read: { root: string; errors: string[] };
}

/**
 * Parses the shared flags, reads the named compose files the way `stackmap config` does (with
 * their `.env` and referenced files) plus any Markdown pages, and builds the workspace.
 * Returns a message instead when the arguments are unusable.
 */
export function loadFromArgs(
  args: string[],
  io: CliIO,
  extra: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = {},
): CliWorkspace | string {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...WORKSPACE_FLAGS, ...extra }, allowPositionals: true, strict: true });
  } catch (error) {
    return (error as Error).message;
  }
  const values = parsed.values as Record<string, unknown>;
  const named = [...((values.file as string[]) ?? []), ...parsed.positionals];
  if (!named.length) return 'name at least one compose file or Markdown page';

  const errors: string[] = [];
  const present = named.filter((p) => {
    const ok = fs.existsSync(path.resolve(io.cwd, p)) && fs.statSync(path.resolve(io.cwd, p)).isFile();
    if (!ok) errors.push(`${p}: no such file`);
    return ok;
  });
  const compose = present.filter((p) => classifyFile(p) === 'compose');
  const pages = present.filter((p) => classifyFile(p) === 'markdown');
  const envNamed = present.filter((p) => classifyFile(p) === 'env');

  // Workspace paths are relative to the project directory: the first compose file's folder.
  const first = compose[0] ?? present[0];
  const projectAbs = path.resolve(io.cwd, (values['project-directory'] as string) ?? (first ? path.dirname(first) : '.'));
  const rel = (p: string) => path.relative(projectAbs, path.resolve(io.cwd, p)).split(path.sep).join('/');

  let files: WorkspaceFile[] = [];
  let options = {};
  if (compose.length) {
    const read = readComposeWorkspace(
      {
        files: compose,
        envFiles: [...((values['env-file'] as string[]) ?? []), ...envNamed],
        profiles: (values.profile as string[]) ?? [],
        projectDirectory: values['project-directory'] as string | undefined,
        format: 'json',
      },
      io,
    );
    if (typeof read === 'string') return read;
    files = read.files;
    options = read.options;
  }
  for (const page of pages) files.push({ path: rel(page), text: fs.readFileSync(path.resolve(io.cwd, page), 'utf8') });
  return { workspace: loadWorkspace(files, options), files, values, errors, read: { root: projectAbs, errors } };
}
