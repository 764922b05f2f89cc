import path from 'node:path';
import { loadWorkspace, type Workspace } from '../core/model/buildModel';
import { classifyFile } from '../core/model/classifyFile';
import type { LoadOptions, WorkspaceFile } from '../core/types';
import { readComposeWorkspace } from './commands/config';
import { COMPOSE_FLAGS, listFlag, parseCommandArgs, stringFlag, type FlagSpec, type ParsedArgs } from './args';
import type { CliIO } from './io';
import { diskReader, toPosix } from './readFile';

export interface CliWorkspace {
  workspace: Workspace;
  files: WorkspaceFile[];
  values: ParsedArgs['values'];
  /** Files that could not be read: named on the command line, or referenced by the project. */
  errors: string[];
  /** Where the workspace lives on disk (workspace paths are relative to it), and the read errors. */
  read: { root: string; errors: string[] };
}

/** Compose's flags plus the command's own; FILES may also be given as positionals. */
export function parseWorkspaceArgs(args: string[], extra: FlagSpec = {}): ParsedArgs | string {
  return parseCommandArgs(args, { ...COMPOSE_FLAGS, ...extra }, true);
}

/**
 * Reads the named compose files the way `stackmap config` does (with their `.env` and referenced
 * files) plus any Markdown pages, and builds the workspace; with no file named, compose's default
 * files in the project folder. Returns a message instead when there is nothing to read.
 */
export function loadFromArgs(parsed: ParsedArgs, io: CliIO): CliWorkspace | string {
  const { values } = parsed;
  const named = [...listFlag(values.file), ...parsed.positionals];
  // Named nothing: compose's own default files in the project folder, as `docker compose` reads.
  const byDefault = named.length === 0;

  const reader = diskReader(io.cwd);
  const errors: string[] = [];
  const present = named.filter((p) => {
    const outcome = reader.outcome(path.resolve(io.cwd, p));
    if ('error' in outcome) errors.push(outcome.error);
    return 'text' in outcome;
  });
  const compose = present.filter((p) => classifyFile(p) === 'compose');
  const pages = present.filter((p) => classifyFile(p) === 'markdown');
  const envNamed = present.filter((p) => classifyFile(p) === 'env');

  // Workspace paths are relative to the project directory: the first compose file's folder.
  const first = compose[0] ?? present[0];
  const projectAbs = path.resolve(io.cwd, stringFlag(values['project-directory']) ?? (first ? path.dirname(first) : '.'));
  const rel = (p: string) => toPosix(path.relative(projectAbs, path.resolve(io.cwd, p)));

  let files: WorkspaceFile[] = [];
  let options: LoadOptions = {};
  if (compose.length || byDefault) {
    const read = readComposeWorkspace(
      {
        files: compose,
        envFiles: [...listFlag(values['env-file']), ...envNamed],
        profiles: listFlag(values.profile),
        projectDirectory: stringFlag(values['project-directory']),
        projectName: stringFlag(values['project-name']),
        format: 'json',
      },
      io,
      reader,
    );
    if (typeof read === 'string') return read;
    files = read.files;
    // The model reports depends_on problems in its checks, and keeps every fact's provenance.
    options = { ...read.options, purpose: 'model' };
  }
  for (const page of pages) files.push({ path: rel(page), text: reader.read(path.resolve(io.cwd, page))! });
  const workspace = loadWorkspace(files, options);
  // Referenced files are read while the workspace loads; add what went wrong with them.
  for (const error of reader.errors) if (!errors.includes(error)) errors.push(error);
  return { workspace, files, values, errors, read: { root: projectAbs, errors } };
}

/** For each workspace command's usage: what it reads when no file is named. */
export const WITHOUT_FILES = "Without FILES: compose's default file (compose.yaml, …) and its .override file in the project folder.";
