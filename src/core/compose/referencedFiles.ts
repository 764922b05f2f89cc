// The core cannot read the disk: the CLI asks which files the project references
// (env files, env_file, include and extends targets), reads them, and asks again
// until no new file appears.
import type { LoadOptions, WorkspaceFile } from '../types';
import { requestedPaths } from './loadComposeProject';

/** Workspace paths the project refers to that are not in `files` yet. */
export function referencedFiles(files: WorkspaceFile[], options: LoadOptions = {}): string[] {
  const have = new Set(files.map((f) => f.path));
  return requestedPaths(files, options).filter((p) => !have.has(p));
}
