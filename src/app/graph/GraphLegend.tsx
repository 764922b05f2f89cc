import type { Edge } from '@xyflow/react';
import { EDGE_STYLES } from './toFlowElements';

/** Explains every edge style that is on screen, and only those. */
export function GraphLegend({ edges }: { edges: Edge[] }) {
  const used = new Set(edges.map((e) => e.className));
  const entries = Object.values(EDGE_STYLES).filter((s) => used.has(s.className));
  return (
    <aside className="graph-legend" aria-label="Legend">
      {entries.map((s) => (
        <div key={s.className} className="legend-row" title={s.description}>
          <svg width="36" height="10" aria-hidden="true">
            <line x1="2" y1="5" x2="34" y2="5" className={`legend-line ${s.className}`} />
          </svg>
          <span>{s.label}</span>
          <span className="legend-desc">{s.description}</span>
        </div>
      ))}
      <div className="legend-row"><span className="badge badge-oneshot">1×</span><span>one-shot service</span></div>
      <div className="legend-row"><span className="badge badge-docs">docs</span><span>known from the docs only</span></div>
    </aside>
  );
}
