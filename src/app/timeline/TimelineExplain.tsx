import type { StartupEntry } from '../../core/analysis/startup';
import { formatRange } from '../../core/analysis/formatTime';
import type { SourceRef } from '../../core/types';

const at = (ref: SourceRef) => `${ref.file}:${ref.line}`;

/** Why a service starts and becomes ready when it does: its waits in words, each line a button. */
export function TimelineExplain(props: { entry: StartupEntry; onOpenSource(ref: SourceRef): void }) {
  const { entry, onOpenSource } = props;
  return (
    <div className="timeline-explain" aria-live="polite">
      <h3>
        {entry.name}: starts at {formatRange(entry.startAt)}, {entry.readyMeans} at {formatRange(entry.readyAt)}
      </h3>
      {entry.cycle && <p className="timeline-cycle">On a dependency cycle ({entry.cycle.join(' → ')}): compose refuses to start it.</p>}
      {entry.waitsFor.length === 0 ? (
        <p>Waits for nothing: compose starts it in the first wave.</p>
      ) : (
        <ul>
          {entry.waitsFor.map((w) => (
            <li key={w.service} className={w.decisive ? 'timeline-wait-decisive' : undefined}>
              {w.decisive && <strong>Decides when it starts. </strong>}
              {w.explanation}
              {[w.source, ...w.related].filter((r): r is SourceRef => r !== null).map((ref, i) => (
                <button key={i} type="button" className="timeline-source" onClick={() => onOpenSource(ref)} title={`Open ${ref.file} at line ${ref.line}`}>
                  {at(ref)}
                </button>
              ))}
            </li>
          ))}
        </ul>
      )}
      {entry.criticalPath.length > 1 && <p className="timeline-path">Critical path: {entry.criticalPath.join(' → ')}</p>}
    </div>
  );
}
