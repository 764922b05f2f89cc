import type { DocsModel } from '../core/markdown/types';
import type { LayoutDirection, LoadOptions, Model, WorkspaceFile } from '../core/types';

/** Messages from the app to the core worker. Every request carries an id; replies echo it. */
export type WorkerRequest =
  | { type: 'load'; id: number; files: WorkspaceFile[]; options: LoadOptions }
  | { type: 'layout'; id: number; graph: LayoutGraph; direction: LayoutDirection };

export type WorkerResponse =
  | { type: 'loaded'; id: number; model: Model; docs: DocsModel; elapsed_ms: number }
  | { type: 'laid-out'; id: number; positions: Record<string, { x: number; y: number }>; elapsed_ms: number }
  | { type: 'failed'; id: number; message: string };

/** What the layout engine needs: boxes and the edges between them. */
export interface LayoutGraph {
  nodes: { id: string; width: number; height: number }[];
  edges: { id: string; source: string; target: string }[];
}
