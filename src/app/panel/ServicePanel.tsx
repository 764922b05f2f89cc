import { useEffect, useRef, type ReactNode } from 'react';
import { useReturnFocus } from '../a11y/focus';
import type { Dependency, Note, Service } from '../../core/types';
import { EDGE_STYLES, edgeKind, onShownNetwork } from '../../graph/toFlowElements';
import { FactSourceLinks, SourceLink } from '../source/SourceLink';
import { selectShown, useAppStore } from '../store';

/** Everything known about the selected service, each fact with where it came from. */
export function ServicePanel() {
  const selected = useAppStore((s) => s.view.selected);
  const shown = useAppStore(selectShown);
  const select = useAppStore((s) => s.select);
  const service = shown?.model.services.find((s) => s.name === selected);
  const root = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const open = Boolean(selected && service);
  // On a tablet the panel unmounts when the Docs or Timeline tab opens: that is not a close.
  useReturnFocus(open, root, { whenUnmounted: false, subject: selected });
  useEffect(() => {
    // Opened from a service focused with the keyboard (Enter on a node): the panel is read next,
    // so the focus moves to it instead of leaving the reader to Tab past every other node.
    const active = document.activeElement;
    if (open && active?.classList.contains('react-flow__node') && active.matches(':focus-visible')) heading.current?.focus();
  }, [open, selected]);
  if (!selected || !service) return null;
  const problems = shown!.model.diagnostics.filter((d) => d.service === service.name);
  const neededBy = shown!.model.services.filter((s) => s.dependsOn.some((d) => d.service === service.name));

  return (
    <aside ref={root} className="service-panel" aria-label={`Service ${service.name}`}>
      <header className="service-panel-head">
        <h2 ref={heading} tabIndex={-1}>
          {service.name}
        </h2>
        <button type="button" className="icon-button" onClick={() => select(null)} aria-label="Close service panel">
          ×
        </button>
      </header>
      {service.role && <p className="service-role">{service.role}</p>}
      <p className="muted small">
        {service.origin.includes('compose') ? 'Defined in ' : 'Described in the docs only: '}
        {service.sources.slice(0, 1).map((s, i) => (
          <SourceLink key={i} source={s} />
        ))}
        {service.oneShot && <span className="pill">one-shot: {service.oneShotReason}</span>}
        {!service.active && <span className="pill">inactive profile: {service.profiles.join(', ')}</span>}
      </p>
      <HiddenByProfile service={service} />
      <HiddenByNetworks service={service} />
      <FocusButton name={service.name} />

      <Facts title="Image">
        {service.image ? (
          <Fact value={<code>{service.image}</code>} source={<FactSourceLinks fact={service.facts.image} />} />
        ) : (
          <p className="muted">none {service.facts.build ? '(built from source)' : ''}</p>
        )}
      </Facts>

      <Facts title="Ports" empty={!service.ports.length}>
        {service.ports.map((p, i) => (
          <Fact
            key={i}
            value={
              <code>
                {p.host_ip ? `${p.host_ip}:` : ''}
                {p.published ?? '–'} → {p.target}/{p.protocol}
              </code>
            }
            source={<FactSourceLinks fact={service.facts[`ports.${i}`]} />}
          />
        ))}
      </Facts>

      <Facts title="Depends on" empty={!service.dependsOn.length}>
        {groupDependencies(service.dependsOn).map(([target, deps]) => (
          <DependencyRow key={target} deps={deps} onSelect={select} />
        ))}
      </Facts>

      <Facts title="Needed by" empty={!neededBy.length}>
        <div className="chips">
          {neededBy.map((s) => (
            <button key={s.name} type="button" className="chip" onClick={() => select(s.name)}>
              {s.name}
            </button>
          ))}
        </div>
      </Facts>

      <Facts title="Healthcheck" empty={!service.healthcheck}>
        {service.healthcheck && (
          <Fact
            value={
              service.healthcheck.disable ? (
                <span>disabled</span>
              ) : (
                <span>
                  <code>{service.healthcheck.test?.join(' ') ?? '(from the image)'}</code>
                  <br />
                  every {service.healthcheck.interval_s}s, timeout {service.healthcheck.timeout_s}s, {service.healthcheck.retries}{' '}
                  retries, start period {service.healthcheck.start_period_s}s
                </span>
              )
            }
            source={<FactSourceLinks fact={service.facts.healthcheck} />}
          />
        )}
      </Facts>

      <Facts title="Networks" empty={!service.networks.length}>
        {service.networks.map((n) => (
          <Fact key={n} value={<code>{n}</code>} source={<FactSourceLinks fact={service.facts[`networks.${n}`]} />} />
        ))}
      </Facts>

      <Facts title="Volumes" empty={!service.volumes.length}>
        {service.volumes.map((v, i) => (
          <Fact
            key={i}
            value={
              <code>
                {v.source ?? '(anonymous)'} → {v.target}
                {v.read_only ? ' (ro)' : ''}
              </code>
            }
            source={<FactSourceLinks fact={service.facts[`volumes.${i}`]} />}
          />
        ))}
      </Facts>

      <Facts title="Notes from the docs" empty={!service.notes.length}>
        {service.notes.map((note, i) => (
          <NoteRow key={i} note={note} />
        ))}
      </Facts>

      {problems.length > 0 && (
        <Facts title="Problems">
          {problems.map((d, i) => (
            <Fact key={i} value={<span className={`sev sev-${d.severity}`}>{d.message}</span>} source={<SourceLink source={d.source} />} />
          ))}
        </Facts>
      )}
    </aside>
  );
}

const ORIGIN_RANK: Record<Dependency['origin'], number> = { compose: 0, inferred: 1, docs: 2, mermaid: 3 };

/** One row per service depended on, whatever number of sources state it; compose's word first. */
function groupDependencies(deps: Dependency[]): [string, Dependency[]][] {
  const byTarget = new Map<string, Dependency[]>();
  for (const d of deps) byTarget.set(d.service, [...(byTarget.get(d.service) ?? []), d]);
  return [...byTarget].map(([target, list]) => [target, [...list].sort((a, b) => ORIGIN_RANK[a.origin] - ORIGIN_RANK[b.origin])]);
}

function DependencyRow({ deps, onSelect }: { deps: Dependency[]; onSelect(name: string): void }) {
  const [main, ...also] = deps;
  const label = (d: Dependency) => (d.origin === 'inferred' ? `inferred from ${d.reason}` : d.condition);
  return (
    <div className="fact">
      <div className="fact-value">
        <button type="button" className="chip" onClick={() => onSelect(main.service)}>
          {main.service}
        </button>{' '}
        <span className={`cond ${EDGE_STYLES[edgeKind(main)].className}`}>{label(main)}</span>
        {main.origin !== 'compose' && main.origin !== 'inferred' && <span className="muted"> (docs only)</span>}
        {!main.required && <span className="muted"> optional</span>}
        {also.length > 0 && (
          <div className="muted small dep-also">
            also stated in the docs:{' '}
            {also.map((d, i) => (
              <span key={i}>
                {d.condition !== main.condition && d.origin !== 'inferred' && <span className="cond edge-docs">{d.condition} </span>}
                <SourceLink source={d.source} />
              </span>
            ))}
          </div>
        )}
      </div>
      <div className="fact-source-cell">
        <SourceLink source={main.source} />
      </div>
    </div>
  );
}

/** A service of a profile not active is not in the graph unless inactive services are shown: say so. */
function HiddenByProfile({ service }: { service: Service }) {
  const showInactive = useAppStore((s) => s.view.filters.showInactive);
  const setFilters = useAppStore((s) => s.setFilters);
  if (service.active || showInactive) return null;
  const several = service.profiles.length > 1;
  return (
    <NotDrawn action="Show inactive services" onAction={() => setFilters({ showInactive: true })}>
      compose starts it only with {several ? 'one of the profiles' : 'the profile'} <Names names={service.profiles} />, which{' '}
      {several ? 'are' : 'is'} not active.
    </NotDrawn>
  );
}

/** A service found by search whose networks are all hidden is not in the graph: say so, and offer them back. */
function HiddenByNetworks({ service }: { service: Service }) {
  const hidden = useAppStore((s) => s.view.filters.hiddenNetworks);
  const setFilters = useAppStore((s) => s.setFilters);
  if (onShownNetwork(service, new Set(hidden))) return null;
  const own = service.networks;
  const several = own.length > 1;
  return (
    <NotDrawn
      action={several ? 'Show these networks' : 'Show this network'}
      onAction={() => setFilters({ hiddenNetworks: hidden.filter((n) => !own.includes(n)) })}
    >
      {several ? 'networks' : 'network'} <Names names={own} /> {several ? 'are' : 'is'} hidden.
    </NotDrawn>
  );
}

/** Why the selected service is not in the graph, with the one action that draws it. */
function NotDrawn({ children, action, onAction }: { children: ReactNode; action: string; onAction: () => void }) {
  return (
    <p className="panel-notice" role="note">
      <span>Not in the graph: {children}</span>
      <button type="button" className="button small" onClick={onAction}>
        {action}
      </button>
    </p>
  );
}

/** Names (of networks, profiles) as code, separated by commas. */
function Names({ names }: { names: string[] }) {
  return names.map((name, i) => (
    <span key={name}>
      {i > 0 && ', '}
      <code>{name}</code>
    </span>
  ));
}

function FocusButton({ name }: { name: string }) {
  const focus = useAppStore((s) => s.view.filters.focus);
  const setFilters = useAppStore((s) => s.setFilters);
  const on = focus === name;
  return (
    <button type="button" className="button small" aria-pressed={on} onClick={() => setFilters({ focus: on ? null : name })}>
      {on ? 'Show the whole stack' : 'Focus on its neighbourhood'}
    </button>
  );
}

function NoteRow({ note }: { note: Note }) {
  const openDocs = useAppStore((s) => s.openDocs);
  return (
    <div className="fact note">
      <button type="button" className="note-link" onClick={() => openDocs(note.source, `${note.file}#${note.anchor}`)} title={`Open ${note.file} at “${note.section}”`}>
        <span className="note-kind">{note.kind}</span> {note.text}
      </button>
      <span className="muted small">
        {note.section} · {note.file}:{note.source.line}
      </span>
    </div>
  );
}

function Facts({ title, empty, children }: { title: string; empty?: boolean; children?: ReactNode }) {
  return (
    <section className="facts">
      <h3>{title}</h3>
      {empty ? <p className="muted">none</p> : children}
    </section>
  );
}

function Fact({ value, source }: { value: ReactNode; source: ReactNode }) {
  return (
    <div className="fact">
      <div className="fact-value">{value}</div>
      <div className="fact-source-cell">{source}</div>
    </div>
  );
}

export type { Service };
