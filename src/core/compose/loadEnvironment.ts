// The variables compose interpolates with: the env files (the `.env` in the project
// directory unless `--env-file` names others, later files win), then the process
// environment, which wins over every file.
import type { Diagnostic, LoadOptions, WorkspaceFile } from '../types';
import { diag } from './diagnostics';
import type { Lookup } from './interpolate';
import { parseDotenv } from './parseDotenv';
import { joinPath, normalizePath } from './paths';

export interface Environment {
  lookup: Lookup;
  /** Every variable from the env files and the process environment. */
  vars: Record<string, string>;
  /** The env files read, in order. */
  envFiles: string[];
}

export function loadEnvironment(files: Map<string, WorkspaceFile>, options: LoadOptions, projectDir: string, diagnostics: Diagnostic[]): Environment {
  const processEnv = options.environment ?? {};
  const explicit = options.envFiles !== undefined;
  const paths = explicit ? options.envFiles!.map(normalizePath) : [joinPath(projectDir, '.env')];
  const fromFiles: Record<string, string> = Object.create(null);
  const read: string[] = [];
  const lookupForFiles: Lookup = (n) => (Object.hasOwn(processEnv, n) ? processEnv[n] : Object.hasOwn(fromFiles, n) ? fromFiles[n] : undefined);
  for (const p of paths) {
    const f = files.get(p);
    if (!f) {
      if (explicit) diagnostics.push(diag(options.missingFiles ?? 'warning', 'missing-file', `The env file ${p} is not in the workspace; add the file.`, null));
      continue;
    }
    const parsed = parseDotenv(f, lookupForFiles);
    diagnostics.push(...parsed.diagnostics);
    Object.assign(fromFiles, parsed.value);
    read.push(p);
  }
  const vars: Record<string, string> = Object.assign(Object.create(null), fromFiles);
  for (const [k, v] of Object.entries(processEnv)) if (typeof v === 'string') vars[k] = v;
  return { lookup: (n) => (Object.hasOwn(vars, n) ? vars[n] : undefined), vars, envFiles: read };
}
