import { create } from 'zustand';
import type { DocsModel } from '../core/markdown/types';
import { DEFAULT_VIEW } from '../core/share/restoreView';
import type { Model, SourceRef, ViewState, WorkspaceFile } from '../core/types';

export interface Toast {
  id: number;
  kind: 'error' | 'info';
  message: string;
}

/** The latest model the worker derived from `files`, and how long it took. */
export interface CoreResult {
  model: Model;
  docs: DocsModel;
  elapsed_ms: number;
  /** Identity of the files it was derived from, to drop stale replies. */
  revision: number;
}

export interface AppState {
  /** Inputs: the raw files, in the user's order, and the view. Everything else is derived. */
  files: WorkspaceFile[];
  /** Where the files came from ("sample", "dropped", "link", "url"), shown in the header. */
  origin: string;
  revision: number;
  view: ViewState;
  /**
   * Whether the layout direction was chosen, by the user or by the link or workspace file the
   * view came from. Until then each new stack is laid out in the direction that suits it there.
   */
  directionChosen: boolean;
  /** The last worker result, and the last one that had services (shown when the latest is broken). */
  result: CoreResult | null;
  lastGood: CoreResult | null;
  loading: boolean;
  /** The file text viewer: which file, scrolled to which line. */
  viewer: SourceRef | null;
  /** The docs line to scroll to and highlight (a note followed from the service panel). */
  docsFocus: SourceRef | null;
  toasts: Toast[];
  shareOpen: boolean;
  /** Share secrets in links: off unless the user says otherwise, knowingly. */
  includeSecrets: boolean;
  /** A message that stays until dismissed (a damaged link). */
  banner: string | null;
  /** Progress text for work that takes a while (fetching ?src= files). */
  progress: string | null;
  /** What the next load's result is announced as, once it is known whether it read anything (the dropped files' names). */
  announce: string | null;

  setFiles(files: WorkspaceFile[], origin: string): void;
  addFiles(files: WorkspaceFile[]): void;
  removeFile(path: string): void;
  /** `direction`: the one the worker chose for a new stack, taken with the model unless one was chosen. */
  setResult(result: CoreResult, direction?: ViewState['direction']): void;
  setLoading(loading: boolean): void;
  setView(patch: Partial<ViewState>): void;
  /** A whole view from a link or a workspace file, shown as it was made, direction included. */
  showSharedView(view: ViewState): void;
  /** The user's choice of direction, kept from then on. */
  chooseDirection(direction: ViewState['direction']): void;
  setFilters(patch: Partial<ViewState['filters']>): void;
  select(name: string | null): void;
  openSource(ref: SourceRef | null): void;
  openDocs(ref: SourceRef, anchor: string | null): void;
  toast(kind: Toast['kind'], message: string): void;
  dismissToast(id: number): void;
  setShareOpen(open: boolean): void;
  setIncludeSecrets(include: boolean): void;
  setBanner(message: string | null): void;
  setProgress(message: string | null): void;
  setAnnounce(what: string | null): void;
}

let toastId = 0;

export const useAppStore = create<AppState>()((set, get) => ({
  files: [],
  // 'starting' until the first workspace opens, so the page does not flash its empty state.
  origin: 'starting',
  revision: 0,
  view: DEFAULT_VIEW,
  directionChosen: false,
  result: null,
  lastGood: null,
  loading: false,
  viewer: null,
  docsFocus: null,
  toasts: [],
  shareOpen: false,
  includeSecrets: false,
  banner: null,
  progress: null,
  announce: null,

  setFiles: (files, origin) => set((s) => ({ files, origin, revision: s.revision + 1 })),
  addFiles: (added) =>
    set((s) => {
      const byPath = new Map(s.files.map((f) => [f.path, f]));
      for (const f of added) byPath.set(f.path, f);
      return { files: [...byPath.values()], revision: s.revision + 1 };
    }),
  removeFile: (path) => set((s) => ({ files: s.files.filter((f) => f.path !== path), revision: s.revision + 1 })),
  setResult: (result, direction) => {
    if (result.revision !== get().revision) return;
    const good = result.model.services.length > 0;
    // One update, so that no render draws the old graph in the new direction (or the new in the old).
    set((s) => ({
      result,
      lastGood: good ? result : s.lastGood,
      loading: false,
      ...(direction && !s.directionChosen && direction !== s.view.direction ? { view: { ...s.view, direction } } : {}),
    }));
  },
  setLoading: (loading) => set({ loading }),
  setView: (patch) => set((s) => ({ view: { ...s.view, ...patch } })),
  showSharedView: (view) => set({ view, directionChosen: true }),
  chooseDirection: (direction) => set((s) => ({ view: { ...s.view, direction }, directionChosen: true })),
  setFilters: (patch) => set((s) => ({ view: { ...s.view, filters: { ...s.view.filters, ...patch } } })),
  select: (name) => set((s) => ({ view: { ...s.view, selected: name } })),
  openSource: (ref) => set({ viewer: ref }),
  openDocs: (ref, anchor) => set((s) => ({ docsFocus: ref, view: { ...s.view, tab: 'docs', docsAnchor: anchor } })),
  toast: (kind, message) => set((s) => ({ toasts: [...s.toasts.slice(-3), { id: ++toastId, kind, message }] })),
  dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
  setShareOpen: (open) => set({ shareOpen: open }),
  setIncludeSecrets: (include) => set({ includeSecrets: include }),
  setBanner: (message) => set({ banner: message }),
  setProgress: (message) => set({ progress: message }),
  setAnnounce: (what) => set({ announce: what }),
}));

/** The result to draw: the latest when it has services, else the last one that had. */
export const selectShown = (s: AppState): CoreResult | null =>
  s.result && (s.result.model.services.length > 0 || !s.lastGood) ? s.result : s.lastGood;

/** True when the graph on screen is older than the files (the latest load found no services). */
export const selectShowingStale = (s: AppState): boolean =>
  s.result !== null && s.lastGood !== null && s.result !== s.lastGood && s.result.model.services.length === 0;
