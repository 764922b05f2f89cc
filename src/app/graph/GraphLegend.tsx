import type { Edge } from '@xyflow/react';
import { memo, useMemo, useState } from 'react';
import type { GraphNode } from '../../graph/buildGraph';
import { EDGE_STYLES } from '../../graph/toFlowElements';

// Below this width the legend would cover a good part of the graph: it starts folded, one click away.
export const LEGEND_OPEN = '(min-width: 1100px)';

/** Which styles a graph uses: what its legend explains. One pass, so a big graph's costs little. */
/** Which styles a graph uses: what its legend explains. `bulk`: its edges are drawn in bulk (BulkEdges). */
export function legendFeatures(nodes: GraphNode[], edges: Edge[], bulk = false) {
  const classNames = new Set<string>();
  for (const e of edges) classNames.add(e.className ?? '');
  // A thousand edges share a handful of class strings: split each distinct one once.
  const classes = new Set([...classNames].flatMap((c) => c.split(' ')));
  const has = {
    lines: Object.values(EDGE_STYLES).filter((s) => classes.has(s.className)),
    groups: false,
    collapsed: false,
    volumes: false,
    oneShot: false,
    docsOnly: false,
    inactive: false,
    badges: false,
    edgeErrors: classes.has('is-error'),
    edgeWarnings: classes.has('is-warning'),
    // Drawn faint only in bulk (BulkEdges).
    faintAcross: bulk && classes.has('is-across'),
  };
  for (const n of nodes) {
    if (n.type === 'serviceGroup') {
      has.groups = true;
      has.collapsed ||= n.data.collapsed;
    } else if (n.type === 'volume') {
      has.volumes = true;
    } else {
      const { service, problems } = n.data;
      has.oneShot ||= service.oneShot;
      has.docsOnly ||= !service.origin.includes('compose');
      has.inactive ||= !service.active;
      has.badges ||= problems.errors + problems.warnings > 0;
    }
  }
  return has;
}

/** Explains every style that is on screen, and only those. */
function GraphLegendView({ nodes, edges, bulk }: { nodes: GraphNode[]; edges: Edge[]; bulk: boolean }) {
  const [open, setOpen] = useState(() => globalThis.matchMedia?.(LEGEND_OPEN).matches ?? true);
  const has = useMemo(() => legendFeatures(nodes, edges, bulk), [nodes, edges, bulk]);
  return (
    <aside className="graph-legend" aria-label="Legend">
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary className="legend-summary">Legend</summary>
        {has.lines.map((s) => (
          <LineRow key={s.className} className={s.className} label={s.label} description={s.description} />
        ))}
        {has.volumes && <LineRow className="edge-volume" label="mounts" description="a named volume the service mounts" />}
        {has.edgeErrors && <LineRow className="is-error" label="problem" description="this dependency has an error (hover it)" />}
        {has.edgeWarnings && <LineRow className="is-warning" label="warning" description="this dependency has a warning (hover it)" />}
        {has.groups && (
          <Row swatch={<span className="legend-group" />} label="group" description="services of one network, profile or docs diagram; click its header to collapse" />
        )}
        {has.faintAcross && (
          <LineRow className="edge-started is-across" label="faint" description="an edge between groups; hover a service to see its own in full" />
        )}
        {has.collapsed && <Row swatch={<span className="legend-group is-collapsed" />} label="collapsed" description="a group folded into one box; edges lead to it" />}
        {has.volumes && <Row swatch={<span className="legend-volume" />} label="volume" description="shared storage" />}
        {has.oneShot && <Row swatch={<span className="badge badge-oneshot">1×</span>} label="one-shot" description="runs once and exits" />}
        {has.docsOnly && <Row swatch={<span className="badge badge-docs">docs</span>} label="docs only" description="known from the docs, not in compose" />}
        {has.inactive && <Row swatch={<span className="legend-inactive" />} label="inactive" description="its profile is not active: compose will not start it" />}
        {has.badges && <Row swatch={<span className="badge badge-error">2</span>} label="problems" description="errors (red) or warnings (amber) about the service" />}
      </details>
    </aside>
  );
}

function LineRow({ className, label, description }: { className: string; label: string; description: string }) {
  return (
    <Row
      swatch={
        <svg width="36" height="10" aria-hidden="true">
          <line x1="2" y1="5" x2="34" y2="5" className={`legend-line ${className}`} />
        </svg>
      }
      label={label}
      description={description}
    />
  );
}

function Row({ swatch, label, description }: { swatch: React.ReactNode; label: string; description: string }) {
  return (
    <div className="legend-row" title={description}>
      <span className="legend-swatch">{swatch}</span>
      <span>{label}</span>
      <span className="legend-desc">{description}</span>
    </div>
  );
}

export const GraphLegend = memo(GraphLegendView);
