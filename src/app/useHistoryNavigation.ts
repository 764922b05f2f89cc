import { useEffect } from 'react';
import type { SourceRef, Tab } from '../core/types';
import { useAppStore, type AppState } from './store';

/**
 * Where the user is, as far as Back and Forward go: the tab, the docs position, the note
 * followed into the docs and the file open in the source viewer.
 */
export interface Place {
  tab: Tab;
  docsAnchor: string | null;
  docsFocus: SourceRef | null;
  viewer: SourceRef | null;
}

/** History entries this module wrote carry the place they stand for (beside the permalink's own marks). */
interface EntryState {
  place?: Place;
  /** Pushed here (not the page's first entry): closing the viewer it opened can go Back to it. */
  pushed?: boolean;
  /** How many entries in a row, ending with this one, have had the viewer open (one file, then another). */
  viewerRun?: number;
  shared?: boolean;
}

export function placeOf(state: Pick<AppState, 'view' | 'docsFocus' | 'viewer'>): Place {
  return { tab: state.view.tab, docsAnchor: state.view.docsAnchor, docsFocus: state.docsFocus, viewer: state.viewer };
}

/**
 * Whether going from `before` to `after` follows a link Back should lead back from: a note
 * followed into the docs, a fact's source opened in the viewer (or the viewer closed again).
 * Switching tabs, selecting and filtering are edits of the view, which the permalink keeps in
 * the current entry: Back steps over them to the previous link followed or view shared.
 */
export function isNavigation(before: Place, after: Place): boolean {
  return before.docsFocus !== after.docsFocus || before.viewer !== after.viewer;
}

function entry(): EntryState {
  const state: unknown = history.state;
  return typeof state === 'object' && state !== null ? (state as EntryState) : {};
}

let quiet = 0;

/**
 * Runs `change` without it counting as a move: opening a link's workspace and view, or restoring
 * one from history, is not something Back should undo.
 */
export function withoutHistory(change: () => void): void {
  quiet++;
  try {
    change();
  } finally {
    quiet--;
  }
}

/**
 * Gives the links followed within the app history entries, so the browser's Back returns from
 * the docs note or closes the file just opened, instead of leaving Stackmap. The entries keep
 * the page's URL: the permalink (usePermalinkSync) rewrites the current entry's fragment as the
 * view changes, and leaves these entries' places alone.
 */
export function useHistoryNavigation(): void {
  useEffect(() => {
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (quiet) return;
      const before = placeOf(previous);
      const after = placeOf(state);
      if (!isNavigation(before, after)) {
        // Another tab, the docs scrolled: the entry remembers, for when Back or Forward comes to it.
        const moved = before.tab !== after.tab || before.docsAnchor !== after.docsAnchor;
        if (moved && entry().place) history.replaceState({ ...entry(), place: after }, '');
        return;
      }
      const current = entry();
      // Closing the file this entry opened: step Back to the entry the viewer was first opened
      // from (over any files opened from within it), rather than stack a new one on top.
      if (before.viewer && !after.viewer && current.pushed && current.place?.viewer === before.viewer && before.tab === after.tab) {
        history.go(-(current.viewerRun ?? 1));
        return;
      }
      const viewerRun = after.viewer ? (before.viewer ? (current.viewerRun ?? 0) : 0) + 1 : undefined;
      history.replaceState({ ...current, place: before }, '');
      history.pushState({ place: after, pushed: true, ...(viewerRun ? { viewerRun } : {}) } satisfies EntryState, '');
    });
    const onPop = (event: PopStateEvent) => {
      const state = (event.state ?? {}) as EntryState;
      // Entries the user shared are restored whole from their link (usePermalinkSync).
      if (!state.place || state.shared) return;
      const place = state.place;
      withoutHistory(() =>
        useAppStore.setState((s) => ({
          view: { ...s.view, tab: place.tab, docsAnchor: place.docsAnchor },
          docsFocus: place.docsFocus,
          viewer: place.viewer,
        })),
      );
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, []);
}
