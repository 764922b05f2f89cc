import type { ViewState, WorkspaceFile } from '../types';

/** What a permalink or a workspace file carries: the files' text and what the user was looking at. */
export interface ShareState {
  version: 1;
  files: WorkspaceFile[];
  view: ViewState;
}

/** One value `maskSecrets` replaced, so the share dialog can say what stayed home. */
export interface MaskedSecret {
  file: string;
  /** 1-based position of the value that was replaced. */
  line: number;
  column: number;
  /** The variable's name, or for a connection string the URL without its password (`postgres://shop@db`). */
  variable: string;
  kind: 'variable' | 'url';
}
