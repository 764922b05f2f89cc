import { SourceLink } from '../source/SourceLink';
import { useAppStore } from '../store';

/** The newest load's errors and warnings under the graph: always visible, never in the way. */
export function DiagnosticsStrip() {
  const result = useAppStore((s) => s.result);
  const setView = useAppStore((s) => s.setView);
  const diagnostics = (result?.model.diagnostics ?? []).filter((d) => d.severity !== 'info');
  if (!diagnostics.length) return null;
  const order = { error: 0, warning: 1, info: 2 };
  const top = [...diagnostics].sort((a, b) => order[a.severity] - order[b.severity]).slice(0, 3);
  return (
    <section className="diagnostics-strip" aria-label="Diagnostics">
      {/* First, and held at the top while the strip scrolls: long messages pushed it out of view. */}
      {diagnostics.length > top.length && (
        <button type="button" className="button small diag-all" onClick={() => setView({ tab: 'problems' })}>
          All {diagnostics.length} problems
        </button>
      )}
      {top.map((d, i) => (
        <div key={i} className={`diagnostic sev-${d.severity}`}>
          <span className="sev-label">{d.severity}</span>
          {d.source && (
            <span className="diag-where">
              <SourceLink source={d.source} />
              <span className="diag-col">:{d.source.column}</span>
            </span>
          )}
          <span className="diag-message">{d.message}</span>
        </div>
      ))}
    </section>
  );
}
