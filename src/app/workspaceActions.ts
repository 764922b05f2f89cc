import { classifyFile } from '../core/model/classifyFile';
import { decodeWorkspaceFile } from '../core/share/workspaceFile';
import type { WorkspaceFile } from '../core/types';
import { useAppStore } from './store';

const WORKSPACE_FILE = /\.stackmap\.json$/i;

const OVERRIDE = /(override|\.prod|\.dev|\.test|\.local)/i;

/**
 * Another stack replaces the one open (a drop, a sample): what the view says about the last one
 * (its selection, file order, profiles, place in the docs, focus, search, hidden networks)
 * means nothing in it. How it is drawn (direction, grouping) stays.
 */
export function openStack(files: WorkspaceFile[], origin: string): void {
  const store = useAppStore.getState();
  store.setFiles(files, origin);
  store.setView({ selected: null, fileOrder: [], profiles: [], docsAnchor: null });
  // An empty list stays the same list: a new one would rebuild the graph on screen for nothing.
  store.setFilters({ focus: null, search: '', ...(store.view.filters.hiddenNetworks.length ? { hiddenNetworks: [] } : {}) });
}

/**
 * A drop that brings a main compose file starts a new workspace (the user is looking at another
 * stack now); anything else (docs, .env, override files) is added to what is open.
 */
export function receiveFiles(files: WorkspaceFile[], errors: string[]): void {
  const store = useAppStore.getState();
  for (const error of errors) store.toast('error', error);
  const workspace = files.find((f) => WORKSPACE_FILE.test(f.path));
  if (workspace) return openWorkspaceFile(workspace);
  if (!files.length) return;
  const bringsMainCompose = files.some((f) => classifyFile(f.path) === 'compose' && !OVERRIDE.test(f.path));
  if (bringsMainCompose || store.origin === 'sample') {
    openStack(files, 'dropped');
  } else {
    store.addFiles(files);
  }
  // Said once the files are read: "loaded" next to a file that yielded nothing would contradict the errors.
  store.setAnnounce(files.map((f) => f.path).join(', '));
}

/** A downloaded workspace file dropped back: its files and view replace what is open. */
function openWorkspaceFile(file: WorkspaceFile): void {
  const store = useAppStore.getState();
  const decoded = decodeWorkspaceFile(file.text);
  const problem = decoded.diagnostics.find((d) => d.severity === 'error');
  if (!decoded.value) {
    store.toast('error', `${file.path}: ${problem?.message ?? 'not a Stackmap workspace file'}`);
    return;
  }
  if (problem) store.toast('error', `${file.path}: ${problem.message}`);
  store.setFiles(decoded.value.files, 'workspace');
  store.showSharedView(decoded.value.view);
  store.toast('info', `Opened ${file.path}: ${decoded.value.files.length} files`);
}
