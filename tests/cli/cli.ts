import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../corpus';

export const cliPath = path.join(repoRoot, 'bin', 'stackmap.mjs');

/** Runs the built CLI as a user would: a separate process, in a folder of the caller's choice. */
export function runCli(args: string[], cwd = repoRoot, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
