import { useMemo, useState } from 'react';
import { analyzeStartup, type StartupEntry, type StartupPlan } from '../../core/analysis/startup';
import { formatRange, formatSeconds } from '../../core/analysis/formatTime';
import type { Model, SourceRef, StartupAssumptions } from '../../core/types';
import { TimelineAssumptions } from './TimelineAssumptions';
import { TimelineExplain } from './TimelineExplain';
import { timeScale, type TimeScale } from './timelineScale';
import './timeline.css';

export interface TimelineViewProps {
  model: Model;
  assumptions: StartupAssumptions;
  onAssumptionsChange(a: StartupAssumptions): void;
  selected: string | null;
  onSelect(name: string): void;
  onOpenSource(ref: SourceRef): void;
}

// Rows have a fixed height so the SVG of waits can place its links without measuring the DOM.
const ROW_PX = 30;

/** One row per service in start order: when it starts and when it is ready, best to worst case. */
export function TimelineView(props: TimelineViewProps) {
  const { model, assumptions, selected } = props;
  const plan = useMemo(() => analyzeStartup(model, assumptions), [model, assumptions]);
  const [focused, setFocused] = useState<string | null>(null);
  const scale = useMemo(() => timeScale(plan.readyAt.max_s), [plan]);
  const onPath = useMemo(() => new Set(plan.criticalPath), [plan]);
  const explained = plan.services.find((e) => e.name === (focused ?? selected)) ?? null;

  return (
    <section className="timeline" aria-label="Startup timeline">
      <header className="timeline-header">
        <TimelineSummary plan={plan} />
        <TimelineAssumptions value={assumptions} onChange={props.onAssumptionsChange} />
      </header>
      {plan.services.length === 0 ? (
        <p className="timeline-empty">No services to start: load a compose file, or turn on a profile.</p>
      ) : (
        <div className="timeline-chart">
          <TimelineAxis scale={scale} />
          <div className="timeline-body">
            <TimelineLinks plan={plan} scale={scale} onPath={onPath} />
            <ol className="timeline-rows">
              {plan.services.map((entry) => (
                <TimelineRow
                  key={entry.name}
                  entry={entry}
                  scale={scale}
                  critical={onPath.has(entry.name)}
                  selected={entry.name === selected}
                  onSelect={props.onSelect}
                  onFocus={setFocused}
                />
              ))}
            </ol>
          </div>
        </div>
      )}
      {explained && <TimelineExplain entry={explained} onOpenSource={props.onOpenSource} />}
    </section>
  );
}

function TimelineSummary({ plan }: { plan: StartupPlan }) {
  if (!plan.services.length) return <p className="timeline-total">Nothing to start.</p>;
  return (
    <div className="timeline-summary">
      <p className="timeline-total">
        Ready in <strong>{formatSeconds(plan.readyAt.assumed_s)}</strong> with these assumptions; {formatRange(plan.readyAt)} from best to
        worst case. {plan.services.length} services in {plan.waves.length} waves.
      </p>
      <p className="timeline-path">Critical path: {plan.criticalPath.join(' → ')}</p>
      <p className="timeline-legend">
        <span className="timeline-key timeline-bar-start" /> starts
        <span className="timeline-key timeline-ready-healthy" /> healthy
        <span className="timeline-key timeline-ready-completed" /> completed
        <span className="timeline-key timeline-ready-running" /> running; each bar spans best to worst case, the tick marks these assumptions.
      </p>
      {plan.cycles.length > 0 && (
        <p className="timeline-cycle" role="alert">
          Dependency cycle{plan.cycles.length > 1 ? 's' : ''}: {plan.cycles.map((c) => [...c, c[0]].join(' → ')).join('; ')}. Compose
          refuses to start these services.
        </p>
      )}
    </div>
  );
}

function TimelineAxis({ scale }: { scale: TimeScale }) {
  return (
    <div className="timeline-axis" aria-hidden="true">
      {scale.ticks.map((t) => (
        <span key={t} className="timeline-tick" style={{ left: `${scale.at(t)}%` }}>
          {formatSeconds(t)}
        </span>
      ))}
    </div>
  );
}

interface RowProps {
  entry: StartupEntry;
  scale: TimeScale;
  critical: boolean;
  selected: boolean;
  onSelect(name: string): void;
  onFocus(name: string | null): void;
}

function TimelineRow({ entry, scale, critical, selected, onSelect, onFocus }: RowProps) {
  const className = ['timeline-row', critical && 'timeline-row-critical', selected && 'timeline-row-selected', entry.cycle && 'timeline-row-cycle']
    .filter(Boolean)
    .join(' ');
  const span = (from: number, to: number) => ({ left: `${scale.at(from)}%`, width: `${Math.max(scale.at(to) - scale.at(from), 0)}%` });
  const hover = { onMouseEnter: () => onFocus(entry.name), onMouseLeave: () => onFocus(null), onFocus: () => onFocus(entry.name), onBlur: () => onFocus(null) };
  return (
    <li className={className} style={{ height: ROW_PX }} onClick={() => onSelect(entry.name)} aria-current={selected ? 'true' : undefined}>
      <button type="button" className="timeline-name" onClick={(e) => {
          e.stopPropagation(); // the row's own click would select a second time
          onSelect(entry.name);
        }} {...hover}>
        <span className="timeline-wave">{entry.wave}</span> {entry.name}
      </button>
      <div className="timeline-track">
        <span className="timeline-run" style={span(entry.startAt.min_s, entry.readyAt.min_s)} />
        <span
          className="timeline-bar timeline-bar-start"
          style={span(entry.startAt.min_s, entry.startAt.max_s)}
          tabIndex={0}
          role="img"
          aria-label={`${entry.name} starts at ${formatRange(entry.startAt)}`}
          {...hover}
        />
        <span
          className={`timeline-bar timeline-bar-ready timeline-ready-${entry.readyMeans}`}
          style={span(entry.readyAt.min_s, entry.readyAt.max_s)}
          tabIndex={0}
          role="img"
          aria-label={`${entry.name} ${entry.readyMeans} at ${formatRange(entry.readyAt)}`}
          {...hover}
        />
        <span className="timeline-assumed" style={{ left: `${scale.at(entry.readyAt.assumed_s)}%` }} aria-hidden="true" />
      </div>
    </li>
  );
}

/** Each wait as a link from the moment the dependency meets its condition to the row it holds back. */
function TimelineLinks({ plan, scale, onPath }: { plan: StartupPlan; scale: TimeScale; onPath: Set<string> }) {
  const row = new Map(plan.services.map((e, i) => [e.name, i]));
  const height = plan.services.length * ROW_PX;
  const paths: { d: string; key: string; critical: boolean }[] = [];
  plan.services.forEach((entry, i) => {
    for (const w of entry.waitsFor) {
      const j = row.get(w.service);
      if (j === undefined) continue;
      const x1 = scale.at(w.metAt.assumed_s);
      const x2 = scale.at(entry.createdAt.assumed_s);
      const [y1, y2] = [(j + 0.5) * ROW_PX, (i + 0.5) * ROW_PX];
      const bend = (y2 - y1) / 2;
      paths.push({
        d: `M ${x1} ${y1} C ${x1} ${y1 + bend}, ${x2} ${y2 - bend}, ${x2} ${y2}`,
        key: `${entry.name}<${w.service}`,
        critical: w.decisive && onPath.has(entry.name) && onPath.has(w.service),
      });
    }
  });
  return (
    <svg className="timeline-links" viewBox={`0 0 100 ${height}`} preserveAspectRatio="none" style={{ height }} aria-hidden="true">
      {paths.map((p) => (
        <path key={p.key} d={p.d} className={p.critical ? 'timeline-link timeline-link-critical' : 'timeline-link'} vectorEffect="non-scaling-stroke" />
      ))}
    </svg>
  );
}
