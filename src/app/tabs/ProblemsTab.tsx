import { ProblemsView } from '../problems/ProblemsView';
import { useAppStore } from '../store';

export default function ProblemsTab() {
  const result = useAppStore((s) => s.result);
  const openSource = useAppStore((s) => s.openSource);
  const select = useAppStore((s) => s.select);
  const setView = useAppStore((s) => s.setView);
  return (
    <ProblemsView
      diagnostics={result?.model.diagnostics ?? []}
      onOpenSource={openSource}
      onSelectService={(name) => {
        select(name);
        setView({ tab: 'graph' });
      }}
    />
  );
}
