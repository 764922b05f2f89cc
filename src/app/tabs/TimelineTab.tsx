import { useRef, useState } from 'react';
import { TimelineView } from '../timeline/TimelineView';
import { selectShown, useAppStore } from '../store';

export default function TimelineTab() {
  const shown = useAppStore(selectShown);
  const assumptions = useAppStore((s) => s.view.assumptions);
  const selected = useAppStore((s) => s.view.selected);
  const setView = useAppStore((s) => s.setView);
  const select = useAppStore((s) => s.select);
  const openSource = useAppStore((s) => s.openSource);
  const toast = useAppStore((s) => s.toast);
  const host = useRef<HTMLDivElement>(null);
  const [exporting, setExporting] = useState(false);
  if (!shown) return <p className="muted pad">No stack loaded yet.</p>;

  const onExport = async () => {
    const element = host.current?.querySelector<HTMLElement>('.timeline');
    if (!element) return;
    setExporting(true);
    try {
      // html-to-image is only needed here: load it on the first export.
      const { exportElementAsPng } = await import('../export/exportImage');
      await exportElementAsPng(element, `${shown.model.name ?? 'stack'}-timeline.png`);
    } catch (error) {
      toast('error', `Could not export the timeline: ${(error as Error).message}`);
    } finally {
      setExporting(false);
    }
  };

  return (
    <div ref={host} className="timeline-tab">
      <div className="tab-actions">
        <button type="button" className="button small" onClick={onExport} disabled={exporting}>
          {exporting ? 'Exporting…' : 'Export PNG'}
        </button>
      </div>
      <TimelineView
        model={shown.model}
        assumptions={assumptions}
        onAssumptionsChange={(a) => setView({ assumptions: a })}
        selected={selected}
        onSelect={select}
        onOpenSource={openSource}
      />
    </div>
  );
}
