import type { DocsModel } from '../core/markdown/types';
import type { ShareLink } from '../core/share/makeShareLink';
import type { LayoutDirection, LoadOptions, ViewState, WorkspaceFile } from '../core/types';
import type { GraphPlan } from '../graph/types';
import type { PackedModel } from './packModel';

/** Messages from the app to the core worker. Every request carries an id; replies echo it. */
export type WorkerRequest =
  /** With `graph`, the worker goes on to place the graph that plan gives (a 'placed' message), ahead of the page. */
  | { type: 'load'; id: number; files: WorkspaceFile[]; options: LoadOptions; graph?: GraphPlan }
  /** `graph` is a LayoutGraph as JSON text (see graphPlan's layoutText). */
  | { type: 'layout'; id: number; graph: string; direction: LayoutDirection }
  | { type: 'share'; id: number; files: WorkspaceFile[]; view: ViewState; base: string; includeSecrets: boolean };

export type WorkerResponse =
  /** The model travels as JSON texts (see packModel). */
  /** `direction`: the one chosen for the plan's graph, when the plan asked (`fitTo`). */
  | { type: 'loaded'; id: number; model: PackedModel; docs: DocsModel; elapsed_ms: number; direction?: LayoutDirection }
  /**
   * Layouts travel as JSON text (a LayoutResult), like the model: at a thousand services the page
   * parsed the text in 4-11 ms where structured clone took 12-64 ms to rebuild the same objects.
   */
  | { type: 'laid-out'; id: number; layoutText: string; elapsed_ms: number }
  /** After a load with a graph plan, unasked: the quick placement of that graph, under its layout key. */
  | { type: 'placed'; id: number; key: string; quickText: string }
  | { type: 'shared'; id: number; share: ShareLink; elapsed_ms: number }
  | { type: 'failed'; id: number; message: string };
