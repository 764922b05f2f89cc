import { lazy, Suspense, useEffect } from 'react';
import { GraphView } from './graph/GraphView';
import { ServicePanel } from './panel/ServicePanel';
import { ShareController } from './ShareController';
import { DiagnosticsStrip } from './shell/DiagnosticsStrip';
import { EmptyState } from './shell/EmptyState';
import { Notices } from './shell/Notices';
import { TopBar } from './shell/TopBar';
import { useDropZone } from './shell/useDropZone';
import { useMediaQuery } from './shell/useMediaQuery';
import { WorkspaceBar } from './shell/WorkspaceBar';
import { SourceViewer } from './source/SourceViewer';
import { selectShown, useAppStore } from './store';
import { useCoreSync } from './useCoreSync';
import { usePrefetchMermaid } from './usePrefetchMermaid';
import { useHistoryNavigation } from './useHistoryNavigation';
import { openInitialWorkspace, usePermalinkSync } from './usePermalink';

// Views other than the graph load when first opened: the first paint needs only the graph.
const TimelineTab = lazy(() => import('./tabs/TimelineTab'));
const DocsTab = lazy(() => import('./tabs/DocsTab'));
const ProblemsTab = lazy(() => import('./tabs/ProblemsTab'));

export function App() {
  const tab = useAppStore((s) => s.view.tab);
  // The width below which styles.css draws the service panel as a drawer over the view.
  const drawer = useMediaQuery('(max-width: 820px)');
  const hasModel = useAppStore((s) => selectShown(s) !== null);
  const empty = useAppStore((s) => s.files.length === 0 && s.origin !== 'starting');
  const dragging = useDropZone();
  useCoreSync();
  usePermalinkSync();
  useHistoryNavigation();
  usePrefetchMermaid();
  useKeyboardShortcuts();

  useEffect(() => {
    // A chunk that fails to load (a redeploy, a dropped connection) must say so, not leave an empty page.
    openInitialWorkspace().catch((error: Error) =>
      useAppStore.getState().toast('error', `Stackmap could not open the workspace: ${error.message}. Reload the page to try again.`),
    );
  }, []);

  return (
    <div className="app" data-ready={hasModel ? 'true' : 'false'}>
      <TopBar />
      <Notices />
      <WorkspaceBar />
      <main className="main">
        <div className="view" id="view-panel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
          {empty && <EmptyState />}
          {!empty && tab === 'graph' && <GraphView />}
          <Suspense fallback={<p className="muted pad">Loading view…</p>}>
            {!empty && tab === 'timeline' && <TimelineTab />}
            {!empty && tab === 'docs' && <DocsTab />}
            {!empty && tab === 'problems' && <ProblemsTab />}
          </Suspense>
        </div>
        {/* Where the panel is a drawer over the view (a tablet), it would cover the docs being
            read and half the timeline (which explains the selected service itself): there it
            waits on the graph. */}
        {(tab === 'graph' || (tab !== 'problems' && !drawer)) && <ServicePanel />}
        <SourceViewer />
      </main>
      <DiagnosticsStrip />
      <ShareController />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <div>Drop compose files, .env files and Markdown pages to map them</div>
        </div>
      )}
    </div>
  );
}

function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName);
      if (e.key === '/' && !typing) {
        e.preventDefault();
        document.querySelector<HTMLInputElement>('.search input')?.focus();
      } else if (e.key === 'Escape' && !typing) {
        const store = useAppStore.getState();
        if (store.viewer) store.openSource(null);
        else if (store.shareOpen) store.setShareOpen(false);
        else store.select(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
