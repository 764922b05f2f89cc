import fs from 'node:fs';
import path from 'node:path';
import type { WorkspaceFile } from '../core/types';

/** Size cap for one file, the same order as the app's: the core reports larger files as a diagnostic. */
const MAX_READ_BYTES = 64 * 1024 * 1024;

export interface ReadResult {
  files: WorkspaceFile[];
  /** Workspace root on disk: relative paths in the workspace are relative to it. */
  root: string;
  /** Workspace paths of the files named on the command line, in order. */
  named: string[];
  errors: string[];
}

const toPosix = (p: string) => p.split(path.sep).join('/');

/**
 * Reads the files named on the command line. Paths in the workspace are relative to the
 * folder of the first file (compose's project directory), so diagnostics read `compose.yaml:12:3`.
 */
export function readWorkspace(args: string[], cwd: string, root?: string): ReadResult {
  const absolute = args.map((a) => path.resolve(cwd, a));
  const base = root ? path.resolve(cwd, root) : absolute.length ? path.dirname(absolute[0]) : cwd;
  const result: ReadResult = { files: [], root: base, named: [], errors: [] };
  for (const file of absolute) {
    const rel = toPosix(path.relative(base, file));
    const text = readText(file, result.errors);
    if (text === null) continue;
    result.files.push({ path: rel, text });
    result.named.push(rel);
  }
  return result;
}

/** Adds a file from disk to the workspace if it exists and is not there yet. Returns whether it was added. */
export function addFromDisk(result: ReadResult, workspacePath: string): boolean {
  if (result.files.some((f) => f.path === workspacePath)) return false;
  const file = path.resolve(result.root, workspacePath);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return false;
  const text = readText(file, result.errors);
  if (text === null) return false;
  result.files.push({ path: workspacePath, text });
  return true;
}

function readText(file: string, errors: string[]): string | null {
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) {
      errors.push(`${file}: is a folder; name the files in it`);
      return null;
    }
    if (stat.size > MAX_READ_BYTES) {
      errors.push(`${file}: ${Math.round(stat.size / 1e6)} MB is too large to read (limit ${MAX_READ_BYTES / 1e6} MB)`);
      return null;
    }
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    errors.push(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error)}`);
    return null;
  }
}
