import { classifyFile } from '../core/model/classifyFile';
import type { WorkspaceFile } from '../core/types';
import { useAppStore } from './store';

const OVERRIDE = /(override|\.prod|\.dev|\.test|\.local)/i;

/**
 * A drop that brings a main compose file starts a new workspace (the user is looking at another
 * stack now); anything else (docs, .env, override files) is added to what is open.
 */
export function receiveFiles(files: WorkspaceFile[], errors: string[]): void {
  const store = useAppStore.getState();
  for (const error of errors) store.toast('error', error);
  if (!files.length) return;
  const bringsMainCompose = files.some((f) => classifyFile(f.path) === 'compose' && !OVERRIDE.test(f.path));
  if (bringsMainCompose || store.origin === 'sample') {
    store.setFiles(files, 'dropped');
    store.setView({ selected: null, fileOrder: [], profiles: [], docsAnchor: null });
    store.setFilters({ focus: null, search: '' });
  } else {
    store.addFiles(files);
  }
  store.toast('info', `Loaded ${files.map((f) => f.path).join(', ')}`);
}
