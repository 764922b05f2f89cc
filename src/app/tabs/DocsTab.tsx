import { DocsView } from '../docs/DocsView';
import { selectShown, useAppStore } from '../store';

export default function DocsTab() {
  const shown = useAppStore(selectShown);
  const focus = useAppStore((s) => s.docsFocus);
  const select = useAppStore((s) => s.select);
  const setView = useAppStore((s) => s.setView);
  if (!shown || !shown.docs.pages.length) {
    return (
      <div className="empty-state">
        <h2>No architecture pages yet</h2>
        <p>Drop a Markdown page (an architecture overview, a README) beside your compose files to see it here, linked to the graph.</p>
      </div>
    );
  }
  return (
    <DocsView
      pages={shown.docs.pages}
      knownServices={shown.model.services.map((s) => s.name)}
      focus={focus}
      onSelectService={(name) => {
        select(name);
        setView({ tab: 'graph' });
      }}
      onAnchorChange={(anchor) => setView({ docsAnchor: anchor })}
    />
  );
}
