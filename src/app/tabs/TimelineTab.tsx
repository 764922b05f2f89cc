import { TimelineView } from '../timeline/TimelineView';
import { selectShown, useAppStore } from '../store';

export default function TimelineTab() {
  const shown = useAppStore(selectShown);
  const assumptions = useAppStore((s) => s.view.assumptions);
  const selected = useAppStore((s) => s.view.selected);
  const setView = useAppStore((s) => s.setView);
  const select = useAppStore((s) => s.select);
  const openSource = useAppStore((s) => s.openSource);
  if (!shown) return <p className="muted pad">No stack loaded yet.</p>;
  return (
    <TimelineView
      model={shown.model}
      assumptions={assumptions}
      onAssumptionsChange={(a) => setView({ assumptions: a })}
      selected={selected}
      onSelect={select}
      onOpenSource={openSource}
    />
  );
}
