import type { FactSource, SourceRef } from '../../core/types';
import { useAppStore } from '../store';

export const formatRef = (ref: SourceRef) => `${ref.file}:${ref.line}`;

/** `compose.yaml:12` as a button that opens the file at that line. */
export function SourceLink({ source }: { source: SourceRef | null | undefined }) {
  const openSource = useAppStore((s) => s.openSource);
  if (!source) return null;
  return (
    <button type="button" className="source-link" onClick={() => openSource(source)} title={`Open ${source.file} at line ${source.line}`}>
      {formatRef(source)}
    </button>
  );
}

/** Where a fact was set, and what it overrode ("compose.override.yaml:14, overrides compose.yaml:3"). */
export function FactSourceLinks({ fact }: { fact: FactSource | undefined }) {
  if (!fact) return null;
  return (
    <span className="fact-source">
      <SourceLink source={fact.source} />
      {fact.overrides.length > 0 && (
        <>
          {/* Real spaces, not padding: the text must read the same when copied or spoken. */}
          <span className="overrides">, overrides </span>
          {fact.overrides.map((o, i) => (
            <span key={i}>
              {i > 0 && ', '}
              <SourceLink source={o} />
            </span>
          ))}
        </>
      )}
    </span>
  );
}
