import { parseArgs } from 'node:util';
import path from 'node:path';
import { referencedFiles } from '../core/compose/referencedFiles';
import { classifyFile, loadWorkspace, type Workspace } from '../core/model/buildModel';
import type { LoadOptions } from '../core/types';
import type { CliIO } from './io';
import { addFromDisk, readWorkspace, type ReadResult } from './readWorkspace';

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
  read: ReadResult;
  values: Record<string, unknown>;
}

/**
 * Parses the shared flags, reads the named files (and the `.env` and referenced files compose
 * would read) and builds the workspace. Returns a message instead when the arguments are unusable.
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

  const read = readWorkspace(named, io.cwd, values['project-directory'] as string | undefined);
  const composeFiles = read.named.filter((p) => classifyFile(p) === 'compose');
  const envFiles = ((values['env-file'] as string[]) ?? []).map((f) =>
    path.relative(read.root, path.resolve(io.cwd, f)).split(path.sep).join('/'),
  );
  for (const env of envFiles) if (!addFromDisk(read, env)) read.errors.push(`${env}: no such env file`);
  if (!envFiles.length) addFromDisk(read, '.env');

  const options: LoadOptions = {
    composeFiles,
    envFiles: envFiles.length ? envFiles : undefined,
    profiles: values.profile as string[] | undefined,
    environment: Object.fromEntries(Object.entries(io.env).filter((e): e is [string, string] => e[1] !== undefined)),
    missingFiles: 'error',
  };
  // Referenced files (env_file, extends, include) are read from disk until no new one appears.
  for (let round = 0; round < 20; round++) {
    const wanted = referencedFiles(read.files, options).filter((p) => addFromDisk(read, p));
    if (!wanted.length) break;
  }
  return { workspace: loadWorkspace(read.files, options), read, values };
}
