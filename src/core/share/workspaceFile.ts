import type { Diagnostic, Parsed } from '../types';
import { isRecord } from './restoreView';
import { restoreShareState } from './restoreShareState';
import type { ShareState } from './types';

export const WORKSPACE_FORMAT = 'stackmap-workspace';
/** The name the app offers when saving; any name opens. */
export const WORKSPACE_FILE_NAME = 'workspace.stackmap.json';
// Far above any real stack (the largest corpus project is ~120 KB), low enough to parse at once.
export const MAX_WORKSPACE_FILE_CHARS = 32 * 1024 * 1024;

/**
 * A workspace file (`.stackmap.json`): the permalink's fallback when a link would be too long.
 * Readable JSON, so it diffs and can be written by hand.
 */
export function encodeWorkspaceFile(state: ShareState): string {
  const files = state.files.map((f) => ({ path: f.path, text: f.text }));
  return `${JSON.stringify({ format: WORKSPACE_FORMAT, version: 1, files, view: state.view }, null, 2)}\n`;
}

const failure = (code: string, message: string, line = 0, column = 0): Diagnostic => ({
  severity: 'error',
  code,
  message,
  source: line > 0 ? { file: WORKSPACE_FILE_NAME, line, column } : null,
});

/** Decodes and validates a workspace file with the same restore rules as a permalink. Never throws. */
export function decodeWorkspaceFile(text: string): Parsed<ShareState | null> {
  if (typeof text !== 'string' || text.length > MAX_WORKSPACE_FILE_CHARS) {
    return { value: null, diagnostics: [failure('workspace-too-large', `This workspace file is larger than ${MAX_WORKSPACE_FILE_CHARS / 1024 / 1024} MB, so it was not opened.`)] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const at = jsonErrorPosition(text, error);
    return { value: null, diagnostics: [failure('workspace-damaged', 'This workspace file is damaged: it is not valid JSON. Save it again from Stackmap.', at?.line, at?.column)] };
  }
  if (!isRecord(json) || json.format !== WORKSPACE_FORMAT) {
    return { value: null, diagnostics: [failure('workspace-not-stackmap', `This is not a Stackmap workspace file: it should be JSON with "format": "${WORKSPACE_FORMAT}".`)] };
  }
  if (json.version !== 1) {
    const newer = typeof json.version === 'number' && json.version > 1;
    const message = newer
      ? 'This workspace file was made by a newer version of Stackmap. Open it with the version that made it.'
      : 'This workspace file has no version Stackmap knows ("version" should be 1).';
    return { value: null, diagnostics: [failure('workspace-unsupported-version', message)] };
  }
  return restoreShareState({ files: json.files, view: json.view }, 'workspace file');
}

/** Engines name the offending offset in different words, or not at all; find it if they do. */
function jsonErrorPosition(text: string, error: unknown): { line: number; column: number } | null {
  const message = String((error as Error)?.message ?? '');
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  const at = /position (\d+)/.exec(message);
  if (!at) return null;
  const before = text.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  return { line, column: before.length - before.lastIndexOf('\n') };
}
