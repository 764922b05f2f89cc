import type { Diagnostic, Parsed, WorkspaceFile } from '../types';
import { isRecord, restoreView } from './restoreView';
import type { ShareState } from './types';

// A stack worth sharing has tens of files; hundreds means a folder was dropped by mistake
// or the payload is hostile.
export const MAX_SHARED_FILES = 500;
const MAX_PATH = 1024;

/** The raw parts of a payload, every field still `unknown`: a link's and a workspace file's alike. */
export interface RawShare {
  files: unknown;
  view: unknown;
}

const warning = (code: string, message: string): Diagnostic => ({ severity: 'warning', code, message, source: null });

/**
 * A workspace path as the rest of the core expects it: relative, posix, no `..`. Returns
 * null for a path that could escape the workspace or is not a path at all.
 */
export function normalizeSharedPath(input: string): string | null {
  if (input.length === 0 || input.length > MAX_PATH || /[\u0000-\u001f]/.test(input)) return null;
  const parts = input.replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.');
  if (/^[a-zA-Z]:/.test(input) || input.startsWith('/') || input.startsWith('\\')) return null;
  if (parts.length === 0 || parts.includes('..')) return null;
  return parts.join('/');
}

function restoreFile(entry: unknown): WorkspaceFile | null {
  // Links carry `[path, text]` pairs; workspace files carry `{ path, text }` objects.
  const [path, text] = Array.isArray(entry) ? entry : isRecord(entry) ? [entry.path, entry.text] : [];
  if (typeof path !== 'string' || typeof text !== 'string') return null;
  const normalized = normalizeSharedPath(path);
  return normalized === null ? null : { path: normalized, text };
}

/** Keeps the files that are well formed, with a warning for each one dropped. */
export function restoreFiles(input: unknown, what: string): Parsed<WorkspaceFile[]> {
  const diagnostics: Diagnostic[] = [];
  if (!Array.isArray(input)) {
    if (input !== undefined) diagnostics.push(warning('share-bad-files', `The files in this ${what} are unreadable, so it opens without them.`));
    return { value: [], diagnostics };
  }
  const files: WorkspaceFile[] = [];
  const seen = new Set<string>();
  for (const entry of input.slice(0, MAX_SHARED_FILES * 2)) {
    const file = restoreFile(entry);
    if (!file || seen.has(file.path) || files.length >= MAX_SHARED_FILES) continue;
    seen.add(file.path);
    files.push(file);
  }
  const dropped = input.length - files.length;
  if (dropped > 0) {
    diagnostics.push(
      warning('share-bad-files', `${dropped} of the ${input.length} files in this ${what} were left out: a path was missing, repeated or pointed outside the workspace, or there were more than ${MAX_SHARED_FILES} files.`),
    );
  }
  return { value: files, diagnostics };
}

/**
 * Turns untrusted parts into a `ShareState`: bad files are dropped (with a warning), bad view
 * fields take their defaults. `fileOrder` keeps only files that are present.
 */
export function restoreShareState(raw: RawShare, what: string): Parsed<ShareState> {
  const files = restoreFiles(raw.files, what);
  const view = restoreView(raw.view);
  const present = new Set(files.value.map((f) => f.path));
  view.fileOrder = view.fileOrder.filter((p) => present.has(p));
  return { value: { version: 1, files: files.value, view }, diagnostics: files.diagnostics };
}
