import type { Edge } from '@xyflow/react';
import { memo, useState } from 'react';
import type { GraphNode } from './buildGraph';
import { EDGE_STYLES } from './toFlowElements';

// Below this width the legend would cover a good part of the graph: it starts folded, one click away.
const OPEN_FROM = '(min-width: 1100px)';

/** Explains every style that is on screen, and only those. */
function GraphLegendView({ nodes, edges }: { nodes: GraphNode[]; edges: Edge[] }) {
  const [open, setOpen] = useState(() => globalThis.matchMedia?.(OPEN_FROM).matches ?? true);
  // A thousand edges share a handful of class strings: split each distinct one once.
  const classes = new Set([...new Set(edges.map((e) => e.className ?? ''))].flatMap((c) => c.split(' ')));
  const entries = Object.values(EDGE_STYLES).filter((s) => classes.has(s.className));
  const services = nodes.flatMap((n) => (n.type === 'service' ? [n.data.service] : []));
  const has = {
    groups: nodes.some((n) => n.type === 'serviceGroup'),
    collapsed: nodes.some((n) => n.type === 'serviceGroup' && n.data.collapsed),
    volumes: nodes.some((n) => n.type === 'volume'),
    oneShot: services.some((s) => s.oneShot),
    docsOnly: services.some((s) => !s.origin.includes('compose')),
    inactive: services.some((s) => !s.active),
    badges: nodes.some((n) => n.type === 'service' && n.data.problems.errors + n.data.problems.warnings > 0),
    edgeErrors: classes.has('is-error'),
    edgeWarnings: classes.has('is-warning'),
  };
  return (
    <aside className="graph-legend" aria-label="Legend">
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary className="legend-summary">Legend</summary>
        {entries.map((s) => (
          <LineRow key={s.className} className={s.className} label={s.label} description={s.description} />
        ))}
        {has.volumes && <LineRow className="edge-volume" label="mounts" description="a named volume the service mounts" />}
        {has.edgeErrors && <LineRow className="is-error" label="problem" description="this dependency has an error (hover it)" />}
        {has.edgeWarnings && <LineRow className="is-warning" label="warning" description="this dependency has a warning (hover it)" />}
        {has.groups && (
          <Row swatch={<span className="legend-group" />} label="group" description="services of one network, profile or docs diagram; click its header to collapse" />
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
