import { useEffect } from 'react';
import { decodePermalink } from '../core/share/codec';
import type { ShareLink } from '../core/share/makeShareLink';
import { coreClient } from './coreClient';
import { fetchSources } from './share/fetchSources';
import { SAMPLES } from './samples';
import { useAppStore } from './store';
import { withoutHistory } from './useHistoryNavigation';

/** Builds the link for what is on screen (in the worker), secrets masked unless the user chose otherwise. */
export function currentShareState(includeSecrets: boolean): Promise<ShareLink> {
  const { files, view } = useAppStore.getState();
  return coreClient.share(files, view, `${location.origin}${location.pathname}${location.search}`, includeSecrets);
}

async function loadSample(): Promise<void> {
  const files = await SAMPLES[0].load();
  withoutHistory(() => useAppStore.getState().setFiles(files, 'sample'));
}

/** What the page opens with: a permalink, `?src=` files, or the bundled sample. */
export async function openInitialWorkspace(): Promise<void> {
  const store = useAppStore.getState();
  const fragment = location.hash.replace(/^#/, '');
  const sources = new URLSearchParams(location.search).getAll('src');
  let view = null;
  if (fragment) {
    const decoded = decodePermalink(fragment);
    const problem = decoded.diagnostics.find((d) => d.severity === 'error');
    if (problem) store.setBanner(problem.message);
    if (decoded.value) {
      view = decoded.value.view;
      if (decoded.value.files.length && !sources.length) {
        const { files, view: shared } = decoded.value;
        withoutHistory(() => {
          store.setFiles(files, 'link');
          store.showSharedView(shared);
        });
        return;
      }
    }
  }
  if (sources.length) {
    store.setLoading(true);
    const fetched = await fetchSources(sources, (done, total) => store.setProgress(`Fetching files: ${done} of ${total}`));
    store.setProgress(null);
    for (const e of fetched.errors) store.toast('error', `${e.url}: ${e.message}`);
    if (fetched.files.length) {
      withoutHistory(() => {
        // Without a view of their own, the files are laid out in the direction that suits them here (see useCoreSync).
        if (view) store.showSharedView(view);
        store.setFiles(fetched.files, 'url');
      });
      return;
    }
  }
  await loadSample();
}

/** History entries of shared views carry this in `history.state`, so later edits do not overwrite them. */
export function markSharedEntry(fragment: string): void {
  if (isSharedEntry() && location.hash.slice(1) !== fragment) history.pushState({ shared: true }, '', `#${fragment}`);
  else history.replaceState({ ...(history.state as object | null), shared: true }, '', `#${fragment}`);
}

function isSharedEntry(): boolean {
  const state: unknown = history.state;
  return typeof state === 'object' && state !== null && (state as { shared?: unknown }).shared === true;
}

/** Keeps the fragment in step with the view, so a reload shows exactly what is on screen. */
export function usePermalinkSync(): void {
  const files = useAppStore((s) => s.files);
  const view = useAppStore((s) => s.view);
  useEffect(() => {
    if (!files.length) return;
    const timer = setTimeout(async () => {
      await coreClient.idle();
      if (useAppStore.getState().files !== files || useAppStore.getState().view !== view) return;
      const { fragment, tooLong } = await currentShareState(useAppStore.getState().includeSecrets);
      const now = useAppStore.getState();
      // The user moved on while the link was built: the next run writes the newer view.
      if (now.files !== files || now.view !== view) return;
      if (tooLong || location.hash.slice(1) === fragment) return;
      // A view the user shared keeps its history entry: what changes after it goes in a new one.
      if (isSharedEntry()) history.pushState(null, '', `#${fragment}`);
      else history.replaceState(history.state, '', `#${fragment}`);
    }, 300);
    return () => clearTimeout(timer);
  }, [files, view]);

  // Back and forward move between the views the user shared (each Copy link pushes one). Entries
  // for links followed within the app (a docs note, a file opened) are useHistoryNavigation's.
  useEffect(() => {
    const onPop = () => {
      const state = history.state as { place?: unknown; shared?: boolean } | null;
      if (state?.place && !state.shared) return;
      const decoded = decodePermalink(location.hash.replace(/^#/, ''));
      if (!decoded.value) return;
      const store = useAppStore.getState();
      const { files, view } = decoded.value;
      withoutHistory(() => {
        store.setFiles(files, 'link');
        store.showSharedView(view);
      });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
}
